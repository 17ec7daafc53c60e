import { createSignal, createUniqueId, Show } from 'solid-js';
import { readPastedHash } from '../../domain/verify';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';

export interface FingerprintFormProps {
  readonly onVerify: (file: File, pasted: string) => void;
}

/** One file plus a typed or pasted hash; the hash is read as it is typed so a slip shows at once. */
export function FingerprintForm(props: FingerprintFormProps) {
  const [file, setFile] = createSignal<File | undefined>();
  const [hash, setHash] = createSignal('');
  const [tried, setTried] = createSignal(false);
  const fileId = createUniqueId();
  const hashProblem = () => {
    if (!tried() && hash().trim() === '') return null;
    const read = readPastedHash(hash());
    return read.kind === 'invalid' ? read.reason : null;
  };
  const fileProblem = () => (tried() && !file() ? t('verify.single.needFile') : null);
  return (
    <form
      class="verify-single"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        const f = file();
        if (f && readPastedHash(hash()).kind !== 'invalid') props.onVerify(f, hash());
      }}
    >
      <div class="field">
        <label for={fileId}>{t('verify.single.file')}</label>
        <input
          id={fileId}
          type="file"
          data-testid="single-file-input"
          aria-invalid={fileProblem() ? true : undefined}
          onChange={(e) => setFile(e.currentTarget.files?.[0])}
        />
        <Show when={fileProblem()}>
          <p class="field-error" role="alert">
            {fileProblem()}
          </p>
        </Show>
      </div>
      <TextField
        label={t('verify.single.hash')}
        hint={t('verify.single.hashHint')}
        class="mono"
        autocomplete="off"
        spellcheck={false}
        value={hash()}
        error={hashProblem()}
        onInput={(e) => setHash(e.currentTarget.value)}
      />
      <button type="submit" class="button primary">
        {t('verify.single.submit')}
      </button>
    </form>
  );
}
