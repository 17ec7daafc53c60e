import { createSignal, For, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { downloadBlob } from '../../ui/download';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { damagedOriginalFile, type DamagedOriginal } from './damagedOriginals';

type Entry = Pick<DamagedOriginal, 'path' | 'reason' | 'address' | 'sha256'>;

/** Damaged originals kept in the vault, each with its reason and its exact bytes on request. */
export function DamagedOriginalsList(props: { entries: readonly Entry[] }) {
  const [failure, setFailure] = createSignal<string | undefined>();
  const download = async (entry: Entry) => {
    setFailure(undefined);
    try {
      const file = await damagedOriginalFile(entry);
      downloadBlob(file, file.name);
    } catch (error) {
      setFailure(t('import.summary.damagedFailed', { path: entry.path, reason: errorMessage(error) }));
    }
  };
  return (
    <>
      <p class="muted">{t('import.summary.damagedIntro')}</p>
      <Show when={failure()}>{(f) => <Alert tone="error">{f()}</Alert>}</Show>
      <ul class="problem-list" data-testid="damaged-list">
        <For each={props.entries}>
          {(entry) => (
            <li>
              <span class="paths">{entry.path}</span>
              <span class="reason">{entry.reason}</span>
              <button type="button" class="button" onClick={() => void download(entry)}>
                {t('import.summary.damagedDownload')}
              </button>
            </li>
          )}
        </For>
      </ul>
    </>
  );
}
