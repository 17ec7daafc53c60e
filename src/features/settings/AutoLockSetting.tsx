import { createResource, createSignal, createUniqueId, For, Show } from 'solid-js';
import { appendAudit } from '../../storage/auditRepository';
import { getSetting, putSetting } from '../../storage/settingsRepository';
import { t } from '../../ui/i18n/catalog';
import { AUTO_LOCK_CHOICES, AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES } from '../vault/createAutoLock';
import { useVault } from '../vault/VaultContext';

export function AutoLockSetting() {
  const { settingsChanged } = useVault();
  const id = createUniqueId();
  const [minutes, { mutate }] = createResource(() =>
    getSetting(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES),
  );
  const [saved, setSaved] = createSignal(false);

  const change = async (value: number) => {
    mutate(value);
    await putSetting(AUTO_LOCK_SETTING, value);
    await appendAudit('settings.changed', 'auto-lock', { minutes: value });
    settingsChanged();
    setSaved(true);
  };

  return (
    <div class="field">
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
