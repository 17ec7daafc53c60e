import { createMemo, createSignal, For, Show } from 'solid-js';
import { retentionDates, scanLogRows, type Facility } from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { FacilityForm } from './FacilityForm';
import type { RecordsSnapshot } from './recordsData';
import { newId, useRecords } from './recordsState';

/** Facilities and their retention rules, and the date each study's facility may destroy its copy. */
export function RetentionView(props: { snapshot: RecordsSnapshot }) {
  const records = useRecords();
  const [editing, setEditing] = createSignal<Facility | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const rows = createMemo(() => scanLogRows(props.snapshot.studies, props.snapshot.scanLog));
  const results = createMemo(() => {
    const list = rows().map((r) => ({
      id: r.id,
      date: r.date,
      facilityId: r.facilityId,
      label: [r.date, r.modality, r.bodyPart].filter(Boolean).join(' ') || t('records.retention.thisStudy'),
    }));
    return new Map(
      retentionDates(list, props.snapshot.facilities, { birthDate: props.snapshot.profile.dateOfBirth }).map(
        (x) => [x.id, x],
      ),
    );
  });
  const run = async (work: () => Promise<void>) => {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };
  const blank = (): Facility => ({
    id: newId(),
    name: '',
    jurisdiction: '',
    retentionYears: null,
    minorRule: null,
    confirmed: false,
  });

  return (
    <>
      <section class="card" aria-labelledby="facilities-title">
        <div class="records-section-head">
          <h2 id="facilities-title">{t('records.retention.facilities')}</h2>
          <button type="button" class="button" onClick={() => setEditing(blank())}>
            {t('records.retention.add')}
          </button>
        </div>
        <p>{t('records.retention.intro')}</p>
        <Show when={!props.snapshot.profile.dateOfBirth}>
          <p class="muted">{t('records.retention.noBirthDate')}</p>
        </Show>
        <Show when={failure()}>
          <Alert tone="error">{failure()}</Alert>
        </Show>
        <Show when={editing() && !props.snapshot.facilities.some((f) => f.id === editing()?.id)}>
          <FacilityForm
            facility={editing()!}
            onSave={async (f) => {
              await records.saveFacility(f);
              setEditing(null);
            }}
            onCancel={() => setEditing(null)}
          />
        </Show>
        <ul class="records-items">
          <For
            each={props.snapshot.facilities}
            fallback={<li class="muted">{t('records.retention.noFacilities')}</li>}
          >
            {(f) => (
              <li class="records-item" data-testid="facility">
                <Show
                  when={editing()?.id === f.id}
                  fallback={
                    <>
                      <div class="records-item-main">
                        <strong>{f.name}</strong>
                        <span class="muted">
                          {t('records.retention.facts', {
                            jurisdiction: f.jurisdiction || '—',
                            years: f.retentionYears ?? '—',
                            minors: f.minorRule
                              ? t('records.retention.minorFacts', {
                                  age: f.minorRule.ageOfMajority,
                                  years: f.minorRule.yearsAfterMajority,
                                })
                              : t('records.retention.noMinorRule'),
                          })}
                        </span>
                        <Show when={!f.confirmed}>
                          <span class="flag">{t('records.retention.unconfirmed')}</span>
                        </Show>
                      </div>
                      <div class="records-item-actions">
                        <button type="button" class="button" onClick={() => setEditing(f)}>
                          {t('records.edit')}
                          <span class="records-sr"> {f.name}</span>
                        </button>
                        <button
                          type="button"
                          class="button"
                          onClick={() => {
                            if (confirm(t('records.confirmDelete', { name: f.name })))
                              void run(() => records.deleteFacility(f));
                          }}
                        >
                          {t('records.delete')}
                          <span class="records-sr"> {f.name}</span>
                        </button>
                      </div>
                    </>
                  }
                >
                  <FacilityForm
                    facility={f}
                    onSave={async (x) => {
                      await records.saveFacility(x);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
      </section>
      <section class="card" aria-labelledby="retention-title">
        <h2 id="retention-title">{t('records.retention.dates')}</h2>
        <Show when={rows().length > 0} fallback={<p class="muted">{t('records.scan.empty')}</p>}>
          <table class="studies" data-testid="retention-table">
            <thead>
              <tr>
                <th scope="col">{t('records.scan.date')}</th>
                <th scope="col">{t('records.retention.study')}</th>
                <th scope="col">{t('records.retention.facility')}</th>
                <th scope="col">{t('records.retention.destroyFrom')}</th>
                <th scope="col">{t('records.retention.how')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(row) => {
                  const r = () => results().get(row.id);
                  const selectId = `retention-facility-${row.id}`;
                  return (
                    <tr>
                      <td data-label={t('records.scan.date')} class="records-nowrap">
                        {row.date || t('records.scan.noDate')}
                      </td>
                      <td data-label={t('records.retention.study')}>
                        {[row.modality, row.bodyPart].filter(Boolean).join(' · ')}
                      </td>
                      <td data-label={t('records.retention.facility')}>
                        <label class="records-sr" for={selectId}>
                          {t('records.retention.facilityFor', {
                            study: [row.date, row.modality].filter(Boolean).join(' '),
                          })}
                        </label>
                        <select
                          id={selectId}
                          class="records-table-select"
                          value={row.facilityId ?? ''}
                          onChange={(e) => {
                            const f = props.snapshot.facilities.find((x) => x.id === e.currentTarget.value);
                            void run(() =>
                              records.saveScanRow({
                                ...row,
                                facilityId: f?.id ?? null,
                                facility: row.facility || (f?.name ?? ''),
                              }),
                            );
                          }}
                        >
                          <option value="">{t('records.scan.noFacility')}</option>
                          <For each={props.snapshot.facilities}>
                            {(f) => <option value={f.id}>{f.name}</option>}
                          </For>
                        </select>
                      </td>
                      <td data-label={t('records.retention.destroyFrom')}>
                        {(() => {
                          const x = r();
                          return x?.known ? x.destructionDate : '—';
                        })()}
                      </td>
                      <td data-label={t('records.retention.how')} class="muted">
                        {(() => {
                          const x = r();
                          if (!x) return '';
                          return x.known
                            ? t('records.retention.remindFrom', { date: x.reminderDate, how: x.explanation })
                            : x.reason;
                        })()}
                      </td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </Show>
      </section>
    </>
  );
}
