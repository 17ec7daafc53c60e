import { Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';
import { ProblemList } from '../../ui/ProblemList';

export interface ReportFacts {
  readonly restored: number;
  readonly skipped: number;
  readonly backupDate: string;
  readonly where: string;
  readonly auditDivergedAfter: number | null;
  readonly problems: readonly { what: string; reason: string }[];
}

/** What a restore brought back, and what it could not, named. */
export function RestoreReportView(props: { report: ReportFacts }) {
  return (
    <div data-testid="restore-report">
      <Alert tone={props.report.problems.length ? 'warning' : 'success'}>
        {t('stewardship.restore.done', {
          restored: props.report.restored,
          skipped: props.report.skipped,
          date: props.report.backupDate.slice(0, 10),
          where: props.report.where,
        })}
      </Alert>
      <Show when={props.report.auditDivergedAfter !== null}>
        <Alert tone="warning">
          {t('stewardship.restore.auditDiverged', { n: props.report.auditDivergedAfter ?? 0 })}
        </Alert>
      </Show>
      <Show when={props.report.problems.length > 0}>
        <h3>{t('stewardship.restore.problems', { n: props.report.problems.length })}</h3>
        <ProblemList items={props.report.problems} testId="restore-problems" />
      </Show>
    </div>
  );
}
