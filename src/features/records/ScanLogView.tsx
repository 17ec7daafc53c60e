import { A } from '@solidjs/router';
import { createMemo, createSignal, For, Show } from 'solid-js';
import { scanLogRows, scanLogToCsv, type ScanLogRow } from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { downloadBlob } from '../../ui/download';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import type { RecordsSnapshot } from './recordsData';
import { newId, todayIso, useRecords } from './recordsState';
import { ScanLogRowForm } from './ScanLogRowForm';

/** The scan log: one row per study, editable, exported as CSV and printable. */
export function ScanLogView(props: { snapshot: RecordsSnapshot }) {
  const records = useRecords();
  const [editing, setEditing] = createSignal<ScanLogRow | null>(null);
  const [failure, setFailure] = createSignal<string | null>(null);
  const rows = createMemo(() => scanLogRows(props.snapshot.studies, props.snapshot.scanLog));
  const inVault = createMemo(() => new Set(props.snapshot.studies.map((s) => s.id)));

  const save = async (row: ScanLogRow) => {
    await records.saveScanRow(row);
    setEditing(null);
  };
  const exportCsv = () => {
    // The CSV text begins with U+FEFF; encoded as UTF-8 that is the BOM spreadsheet apps look for.
    const blob = new Blob([new TextEncoder().encode(scanLogToCsv(rows()))], {
      type: 'text/csv;charset=utf-8',
    });
    downloadBlob(blob, `scan-log-${todayIso()}.csv`);
  };
  const blank = (): ScanLogRow => ({
    id: newId(),
    studyUid: '',
    date: '',
    bodyPart: '',
    modality: '',
    facility: '',
    facilityId: null,
    keyMeasurements: '',
    storedInVault: false,
    originalDiscLabel: '',
  });

  return (
    <section class="card" aria-labelledby="scanlog-title">
      <div class="records-section-head">
        <h2 id="scanlog-title">{t('records.scan.heading')}</h2>
        <div class="button-row no-print">
          <button type="button" class="button primary" onClick={exportCsv} disabled={rows().length === 0}>
            {t('records.scan.export')}
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            {t('records.scan.print')}
          </button>
          <button type="button" class="button" onClick={() => setEditing(blank())}>
            {t('records.scan.add')}
          </button>
        </div>
      </div>
      <p class="no-print">{t('records.scan.intro')}</p>
      <Show when={failure()}>
        <Alert tone="error">{failure()}</Alert>
      </Show>
      <Show when={editing() && !rows().some((r) => r.id === editing()?.id)}>
        <ScanLogRowForm
          row={editing()!}
          facilities={props.snapshot.facilities}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      </Show>
      <Show when={rows().length > 0} fallback={<p class="muted">{t('records.scan.empty')}</p>}>
        <table class="studies records-scanlog" data-testid="scan-log">
          <thead>
            <tr>
              <th scope="col">{t('records.scan.date')}</th>
              <th scope="col">{t('records.scan.modality')}</th>
              <th scope="col">{t('records.scan.bodyPart')}</th>
              <th scope="col">{t('records.scan.facility')}</th>
              <th scope="col">{t('records.scan.measurements')}</th>
              <th scope="col">{t('records.scan.stored')}</th>
              <th scope="col" class="no-print">
                <span class="records-sr">{t('records.scan.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={rows()}>
              {(row) => (
                <>
                  <tr data-testid="scan-row">
                    <td data-label={t('records.scan.date')} class="records-nowrap">
                      <Show when={inVault().has(row.id)} fallback={row.date || t('records.scan.noDate')}>
                        <A href={`/study/${row.id}`}>{row.date || t('records.scan.noDate')}</A>
                      </Show>
                    </td>
                    <td data-label={t('records.scan.modality')}>{row.modality}</td>
                    <td data-label={t('records.scan.bodyPart')}>{row.bodyPart}</td>
                    <td data-label={t('records.scan.facility')}>{row.facility}</td>
                    <td data-label={t('records.scan.measurements')} class="records-pre">
                      {row.keyMeasurements}
                    </td>
                    <td data-label={t('records.scan.stored')}>
                      {[
                        row.storedInVault ? t('records.scan.inVault') : t('records.scan.notInVault'),
                        row.originalDiscLabel
                          ? t('records.scan.discLabel', { label: row.originalDiscLabel })
                          : '',
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </td>
                    <td class="no-print" data-label="">
                      <button type="button" class="button" onClick={() => setEditing(row)}>
                        {t('records.edit')}
                        <span class="records-sr">
                          {' '}
                          {row.date} {row.modality}
                        </span>
                      </button>
                      <Show when={!inVault().has(row.id)}>
                        <button
                          type="button"
                          class="button"
                          onClick={() => {
                            if (confirm(t('records.scan.confirmDelete')))
                              void records
                                .deleteScanRow(row)
                                .catch((e: unknown) => setFailure(errorMessage(e)));
                          }}
                        >
                          {t('records.delete')}
                          <span class="records-sr">
                            {' '}
                            {row.date} {row.modality}
                          </span>
                        </button>
                      </Show>
                    </td>
                  </tr>
                  <Show when={editing()?.id === row.id}>
                    <tr class="records-edit-row">
                      <td colSpan={7}>
                        <ScanLogRowForm
                          row={row}
                          facilities={props.snapshot.facilities}
                          onSave={save}
                          onCancel={() => setEditing(null)}
                        />
                      </td>
                    </tr>
                  </Show>
                </>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
