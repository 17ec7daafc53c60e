import { createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { appendAudit } from '../../storage/auditRepository';
import { readSetting, putSetting } from '../../storage/settingsRepository';
import { rowDamageNotice } from '../../catalog';
import { DamagedRecords } from '../library';
import { t } from '../../ui/i18n/catalog';
import { AUTO_LOCK_CHOICES, AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES, useVault } from '../vault';

export function AutoLockSetting() {
  const { settingsChanged } = useVault();
  const id = createUniqueId();
  // A damaged setting row is named and the default shown; choosing a value writes a sound row again.
  const [stored] = createResource(() => readSetting(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES));
  const [chosen, setChosen] = createSignal<number | null>(null);
  const minutes = () => chosen() ?? stored()?.value;
  const damaged = () => {
    const problem = chosen() === null ? stored()?.damaged : null;
    return problem ? [rowDamageNotice('settings', AUTO_LOCK_SETTING, problem)] : [];
  };
  const [saved, setSaved] = createSignal(false);

  const change = async (value: number) => {
    setChosen(value);
    await putSetting(AUTO_LOCK_SETTING, value);
    await appendAudit('settings.changed', 'auto-lock', { minutes: value });
    settingsChanged();
    setSaved(true);
  };

  return (
    <div class="field">
      <DamagedRecords notices={damaged()} />
      <label for={id}>{t('settings.autoLock')}</label>
      <select
        id={id}
        value={minutes() ?? DEFAULT_AUTO_LOCK_MINUTES}
        onChange={(e) => void change(Number(e.currentTarget.value))}
      >
        <For each={AUTO_LOCK_CHOICES}>
          {(n) => <option value={n}>{t('settings.autoLock.minutes', { n })}</option>}
        </For>
      </select>
      <Show when={saved()}>
        <p class="field-hint" role="status">
          {t('settings.autoLock.saved')}
        </p>
      </Show>
    </div>
  );
}
