import { PageHeader } from '../ui/PageHeader';
import { t } from '../ui/i18n/catalog';

export function NotFoundPage() {
  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader title={t('notFound.title')} summary={t('notFound.body')} />
    </section>
  );
}
