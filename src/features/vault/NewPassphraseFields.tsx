import { TextField } from '../../ui/TextField';
import { t } from '../../ui/i18n/catalog';
import { confirmationDiffers } from './newPassphrase';
import { StrengthMeter } from './StrengthMeter';

export interface NewPassphraseFieldsProps {
  readonly passphraseLabel: string;
  readonly confirmLabel: string;
  readonly passphrase: string;
  readonly confirm: string;
  readonly onPassphraseInput: (value: string) => void;
  readonly onConfirmInput: (value: string) => void;
  readonly disabled: boolean;
  /** Whether a differing confirmation is pointed out yet (default: at once, as it is typed). */
  readonly revealMismatch?: boolean;
  readonly onConfirmBlur?: () => void;
}

/**
 * Choosing a passphrase, when a vault is created and when its passphrase is changed: the new
 * passphrase with live strength feedback, then the same again. Shared so both places give the same
 * feedback and refuse the same mistakes; the surrounding form, its wording and when it complains
 * stay with each screen.
 */
export function NewPassphraseFields(props: NewPassphraseFieldsProps) {
  const mismatch = () =>
    (props.revealMismatch ?? true) && confirmationDiffers(props.passphrase, props.confirm);
  return (
    <>
      <TextField
        label={props.passphraseLabel}
        type="password"
        autocomplete="new-password"
        value={props.passphrase}
        onInput={(e) => props.onPassphraseInput(e.currentTarget.value)}
        disabled={props.disabled}
      />
      <StrengthMeter passphrase={props.passphrase} />
      <TextField
        label={props.confirmLabel}
        type="password"
        autocomplete="new-password"
        value={props.confirm}
        onInput={(e) => props.onConfirmInput(e.currentTarget.value)}
        onBlur={() => props.onConfirmBlur?.()}
        error={mismatch() ? t('create.mismatch') : null}
        disabled={props.disabled}
      />
    </>
  );
}
