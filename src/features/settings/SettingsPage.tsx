import { PageHeader } from '../../ui/PageHeader';
import { BackupSection, IntegritySection, OpenCopySection, RestoreSection } from '../backup';
import { t } from '../../ui/i18n/catalog';
import { useVault } from '../vault';
import { AutoLockSetting } from './AutoLockSetting';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { ProtectionSection } from './ProtectionSection';
import { StorageSection } from './StorageSection';

export function SettingsPage() {
  const { session } = useVault();
  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader title={t('place.settings.title')} summary={t('place.settings.summary')} />
      <section class="card" aria-labelledby="security-title">
        <h2 id="security-title">{t('settings.security')}</h2>
        <div class="settings-row">
          <AutoLockSetting />
          <button type="button" class="button" onClick={() => session.lock('manual')}>
            {t('settings.lockNow')}
          </button>
        </div>
        <ChangePassphraseForm />
      </section>
      <ProtectionSection />
      <BackupSection />
      <RestoreSection />
      <OpenCopySection />
      <IntegritySection />
      <StorageSection />
    </section>
  );
}
