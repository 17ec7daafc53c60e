import { useSearchParams } from '@solidjs/router';
import { createEffect, For, Match, Show, Switch } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { PageHeader } from '../../ui/PageHeader';
import { DamagedRecords } from '../library';
import { BloatView } from './BloatView';
import { ChecklistView } from './ChecklistView';
import { CorrectionsView } from './CorrectionsView';
import { FhirImportView } from './FhirImportView';
import { PharmacyView } from './PharmacyView';
import { RecordsProvider, createRecordsState } from './recordsState';
import { RemindersPanel } from './RemindersPanel';
import { RetentionView } from './RetentionView';
import { ScanLogView } from './ScanLogView';
import { TimelineView } from './TimelineView';
import './records.css';

const TABS = [
  'checklist',
  'import',
  'pharmacy',
  'bloat',
  'corrections',
  'scans',
  'timeline',
  'retention',
] as const;
type Tab = (typeof TABS)[number];

const TAB_LABEL: Record<Tab, MessageKey> = {
  checklist: 'records.tab.checklist',
  import: 'records.tab.import',
  pharmacy: 'records.tab.pharmacy',
  bloat: 'records.tab.bloat',
  corrections: 'records.tab.corrections',
  scans: 'records.tab.scans',
  timeline: 'records.tab.timeline',
  retention: 'records.tab.retention',
};

/** Care records: the EHR audit, its corrections, and the log, timeline and retention of every scan. */
export function RecordsPage() {
  const state = createRecordsState();
  const [params, setParams] = useSearchParams<{ tab?: string }>();
  const tab = (): Tab =>
    (TABS as readonly string[]).includes(params.tab ?? '') ? (params.tab as Tab) : 'checklist';
  const select = (next: Tab) => setParams({ tab: next });
  // On a phone the tabs scroll sideways: keep the chosen one in view (a reminder's link may choose it).
  createEffect(() => {
    const id = `tab-${tab()}`;
    queueMicrotask(() =>
      document.getElementById(id)?.scrollIntoView({ block: 'nearest', inline: 'nearest' }),
    );
  });
  const onKey = (event: KeyboardEvent) => {
    const i = TABS.indexOf(tab());
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next =
      event.key === 'Home'
        ? TABS[0]
        : event.key === 'End'
          ? TABS[TABS.length - 1]
          : TABS[(i + step + TABS.length) % TABS.length];
    if (step === 0 && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (next) {
      select(next);
      queueMicrotask(() => document.getElementById(`tab-${next}`)?.focus());
    }
  };

  return (
    <section class="page records-page" aria-labelledby="page-title">
      <PageHeader title={t('place.records.title')} summary={t('records.summary')} />
      <Show when={state.snapshot.error}>
        <Alert tone="error">{t('records.error.load', { reason: errorMessage(state.snapshot.error) })}</Alert>
      </Show>
      <Show when={state.snapshot()} fallback={<p class="muted">{t('records.loading')}</p>}>
        {(snapshot) => (
          <RecordsProvider state={state}>
            <DamagedRecords notices={snapshot().damaged ?? []} />
            <RemindersPanel snapshot={snapshot()} />
            <div
              class="records-tabs no-print"
              role="tablist"
              aria-label={t('records.tabs')}
              onKeyDown={onKey}
            >
              <For each={TABS}>
                {(x) => (
                  <button
                    type="button"
                    role="tab"
                    id={`tab-${x}`}
                    aria-selected={tab() === x}
                    aria-controls="records-panel"
                    tabIndex={tab() === x ? 0 : -1}
                    onClick={() => select(x)}
                  >
                    {t(TAB_LABEL[x])}
                  </button>
                )}
              </For>
            </div>
            <div id="records-panel" role="tabpanel" aria-labelledby={`tab-${tab()}`} class="records-panel">
              <Switch>
                <Match when={tab() === 'checklist'}>
                  <ChecklistView snapshot={snapshot()} />
                </Match>
                <Match when={tab() === 'import'}>
                  <FhirImportView snapshot={snapshot()} />
                </Match>
                <Match when={tab() === 'pharmacy'}>
                  <PharmacyView snapshot={snapshot()} />
                </Match>
                <Match when={tab() === 'bloat'}>
                  <BloatView snapshot={snapshot()} />
                </Match>
                <Match when={tab() === 'corrections'}>
                  <CorrectionsView snapshot={snapshot()} />
                </Match>
                <Match when={tab() === 'scans'}>
                  <ScanLogView snapshot={snapshot()} />
                </Match>
                <Match when={tab() === 'timeline'}>
                  <TimelineView snapshot={snapshot()} />
                </Match>
                <Match when={tab() === 'retention'}>
                  <RetentionView snapshot={snapshot()} />
                </Match>
              </Switch>
            </div>
          </RecordsProvider>
        )}
      </Show>
    </section>
  );
}
