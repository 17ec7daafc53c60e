import { A } from '@solidjs/router';
import { createMemo, For, Show } from 'solid-js';
import { correctionReminders, retentionDates, retentionReminders, scanLogRows } from '../../domain/records';
import { t } from '../../ui/i18n/catalog';
import type { RecordsSnapshot } from './recordsData';
import { todayIso } from './recordsState';

/** Correction answers coming due and records a facility may soon destroy, at the top of Records. */
export function RemindersPanel(props: { snapshot: RecordsSnapshot }) {
  const reminders = createMemo(() => {
    const today = todayIso();
    const rows = scanLogRows(props.snapshot.studies, props.snapshot.scanLog);
    const retention = retentionDates(
      rows.map((r) => ({
        id: r.id,
        date: r.date,
        facilityId: r.facilityId,
        label: [r.date, r.modality, r.bodyPart].filter(Boolean).join(' '),
      })),
      props.snapshot.facilities,
      { birthDate: props.snapshot.profile.dateOfBirth },
    );
    return [
      ...correctionReminders(props.snapshot.corrections, today),
      ...retentionReminders(retention, today),
    ].sort((a, b) => a.daysLeft - b.daysLeft);
  });
  return (
    <Show when={reminders().length > 0}>
      <section class="records-reminders" aria-labelledby="reminders-title" data-testid="reminders">
        <h2 id="reminders-title">{t('records.reminders.heading', { n: reminders().length })}</h2>
        <ul>
          <For each={reminders()}>
            {(r) => (
              <li classList={{ overdue: r.overdue }}>
                <span>{r.message}</span>{' '}
                <A href={`/records?tab=${r.kind === 'retention' ? 'retention' : 'corrections'}`}>
                  {r.kind === 'retention'
                    ? t('records.reminders.openRetention')
                    : t('records.reminders.openCorrections')}
                </A>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  );
}
