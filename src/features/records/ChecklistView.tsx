import { createMemo, createSignal, For } from 'solid-js';
import {
  flagAllergies,
  flagProblems,
  REVIEW_STATES,
  summarizeChecklist,
  type RecordItemKind,
} from '../../domain/records';
import { t } from '../../ui/i18n/catalog';
import { STATE_LABEL, ItemSection } from './ItemSection';
import type { RecordsSnapshot } from './recordsData';
import { todayIso } from './recordsState';
import { StoredNumberField } from './StoredNumberField';

const KINDS: ReadonlyArray<[RecordItemKind, keyof RecordsSnapshot['record']]> = [
  ['allergy', 'allergies'],
  ['medication', 'medications'],
  ['problem', 'problems'],
  ['note', 'notes'],
];

/** The EHR audit checklist: every item of the record with its review state and the app's flags. */
export function ChecklistView(props: { snapshot: RecordsSnapshot }) {
  const [years, setYears] = createSignal(2);
  const flags = createMemo(() => [
    ...flagAllergies(props.snapshot.record.allergies, todayIso(), { reviewYears: years() }),
    ...flagProblems(props.snapshot.record.problems, todayIso(), { staleYears: years() }),
  ]);
  const totals = createMemo(() => {
    const summary = summarizeChecklist(props.snapshot.record, props.snapshot.checklist);
    return REVIEW_STATES.map((s) => ({
      state: s,
      count: KINDS.reduce((n, [kind]) => n + summary[kind][s], 0),
    }));
  });
  return (
    <>
      <section class="card" aria-labelledby="checklist-title">
        <h2 id="checklist-title">{t('records.checklist.heading')}</h2>
        <p>{t('records.checklist.intro')}</p>
        <ul class="records-totals" data-testid="checklist-totals">
          <For each={totals()}>
            {(x) => (
              <li data-state={x.state}>
                <strong>{x.count}</strong> {t(STATE_LABEL[x.state])}
              </li>
            )}
          </For>
        </ul>
        <StoredNumberField
          id="stale-years"
          label={t('records.checklist.years')}
          setting="records.flagAfterYears"
          fallback={2}
          min={1}
          max={20}
          onValue={setYears}
        />
        <p class="muted">{t('records.checklist.flagsCount', { n: flags().length })}</p>
      </section>
      <For each={KINDS}>
        {([kind, list]) => (
          <ItemSection
            kind={kind}
            items={props.snapshot.record[list]}
            checklist={props.snapshot.checklist}
            flags={flags()}
          />
        )}
      </For>
    </>
  );
}
