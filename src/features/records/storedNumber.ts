import { createSignal, onMount, type Accessor } from 'solid-js';
import { getSetting, putSetting } from '../../storage/settingsRepository';

/**
 * A number the person tunes on a records screen (years before a flag, words in a repeated passage),
 * kept sealed in the vault's settings so the checklist looks the same next time and on a restored
 * vault. Values outside [min, max] or not numbers fall back to `fallback`.
 */
export function createStoredNumber(
  key: string,
  fallback: number,
  min: number,
  max: number,
): [Accessor<number>, (value: number) => void] {
  const clamp = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value)
      ? Math.max(min, Math.min(max, Math.round(value)))
      : fallback;
  const [value, setValue] = createSignal(fallback);
  let touched = false;
  onMount(() => {
    void getSetting<unknown>(key, fallback)
      .then((stored) => {
        if (!touched) setValue(clamp(stored));
      })
      .catch(() => undefined);
  });
  const set = (next: number) => {
    touched = true;
    const clamped = clamp(next);
    setValue(clamped);
    // A failed save leaves the screen as chosen; only the next visit falls back to the default.
    void putSetting(key, clamped).catch(() => undefined);
  };
  return [value, set];
}
