import { createSignal, onMount } from 'solid-js';
import { getSetting, putSetting } from '../../storage/settingsRepository';

export interface StoredNumberFieldProps {
  readonly id: string;
  readonly label: string;
  /** The vault setting it is kept under. */
  readonly setting: string;
  readonly fallback: number;
  readonly min: number;
  readonly max: number;
  /** Told the value at once (the fallback), again when the stored one is read, and on every change. */
  readonly onValue: (value: number) => void;
}

/**
 * A number the person tunes on a records screen (years before a flag, words in a repeated passage),
 * kept sealed in the vault's settings so the screen looks the same next time and on a restored vault.
 * Values outside [min, max] are clamped; anything not a number falls back.
 */
export function StoredNumberField(props: StoredNumberFieldProps) {
  const clamp = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value)
      ? Math.max(props.min, Math.min(props.max, Math.round(value)))
      : props.fallback;
  const [value, setValue] = createSignal(props.fallback);
  const show = (next: number) => {
    setValue(next);
    props.onValue(next);
  };
  let touched = false;
  onMount(() => {
    props.onValue(props.fallback);
    void getSetting<unknown>(props.setting, props.fallback)
      .then((stored) => {
        if (!touched) show(clamp(stored));
      })
      .catch(() => undefined);
  });
  return (
    <div class="field records-years">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        min={props.min}
        max={props.max}
        value={value()}
        onChange={(e) => {
          touched = true;
          const next = clamp(Number(e.currentTarget.value) || props.fallback);
          show(next);
          // The signal may not change (typed 50, clamped to the 20 it already was): show the clamp anyway.
          e.currentTarget.value = String(next);
          // A failed save leaves the screen as chosen; only the next visit falls back to the default.
          void putSetting(props.setting, next).catch(() => undefined);
        }}
      />
    </div>
  );
}
