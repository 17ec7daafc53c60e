import { A } from '@solidjs/router';
import { createSignal, For, Show } from 'solid-js';
import type { FhirImport, FhirImportResult } from '../../domain/records';
import type { FhirSource, FhirWorkerProgress } from '../../protocol/fhirApi';
import { useAppServices } from '../../services';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import type { RecordsSnapshot } from './recordsData';
import { useRecords } from './recordsState';
import { TextAreaField } from '../../ui/TextAreaField';

type Outcome = { ok: true; result: FhirImport; name: string } | { ok: false; error: string };

function progressText(p: FhirWorkerProgress): string {
  if (p.phase === 'reading') return t('records.fhir.progress.reading');
  if (p.phase === 'parsing') return t('records.fhir.progress.parsing');
  return t('records.fhir.progress.mapping', { done: p.done, total: p.total });
}

/**
 * FHIR R4 Bundle import: a file from the patient portal, or pasted JSON. Reading, parsing and mapping run
 * in the FHIR worker, so a bundle of many megabytes never freezes the page; its progress is shown.
 */
export function FhirImportView(props: { snapshot: RecordsSnapshot }) {
  const records = useRecords();
  const { fhirWorker } = useAppServices();
  const [pasted, setPasted] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [progress, setProgress] = createSignal<FhirWorkerProgress | null>(null);
  const [outcome, setOutcome] = createSignal<Outcome | null>(null);

  const run = async (source: FhirSource, name: string) => {
    setBusy(true);
    setOutcome(null);
    setProgress({ phase: 'reading' });
    try {
      let result: FhirImportResult;
      try {
        result = await fhirWorker().call(
          'importBundle',
          { source, fileName: name },
          { onProgress: (p) => setProgress(p) },
        );
      } catch (error) {
        setOutcome({ ok: false, error: t('records.fhir.unreadable', { name, reason: errorMessage(error) }) });
        return;
      }
      if (!result.ok) {
        setOutcome({ ok: false, error: result.error });
        return;
      }
      await records.importFhir(result, name, props.snapshot.profile);
      setOutcome({ ok: true, result, name });
    } catch (error) {
      setOutcome({ ok: false, error: t('records.error.save', { reason: errorMessage(error) }) });
    } finally {
      setBusy(false);
      setProgress(null);
      queueMicrotask(() => document.getElementById('fhir-outcome')?.focus());
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    await run({ kind: 'file', file }, file.name);
  };

  const counts = (record: Readonly<Record<string, number>>) =>
    Object.entries(record)
      .sort(([, a], [, b]) => b - a)
      .map(([type, n]) => `${type}: ${n}`)
      .join(', ');

  return (
    <section class="card" aria-labelledby="fhir-title">
      <h2 id="fhir-title">{t('records.fhir.heading')}</h2>
      <p>{t('records.fhir.intro')}</p>
      <div class="field">
        <label for="fhir-file">{t('records.fhir.file')}</label>
        <input
          id="fhir-file"
          data-testid="fhir-file"
          type="file"
          accept=".json,.ndjson,application/json,application/fhir+json"
          disabled={busy()}
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </div>
      <TextAreaField
        id="fhir-paste"
        label={t('records.fhir.paste')}
        rows={6}
        class="mono-small"
        value={pasted()}
        onInput={(e) => setPasted(e.currentTarget.value)}
      />
      <button
        type="button"
        class="button primary"
        disabled={busy() || pasted().trim() === ''}
        onClick={() => void run({ kind: 'text', text: pasted() }, t('records.fhir.pastedName'))}
      >
        {t('records.fhir.importPasted')}
      </button>
      <Show when={progress()}>
        {(p) => (
          <div class="fhir-progress" role="status" data-testid="fhir-progress">
            <Show
              when={p().phase === 'mapping' && (p() as Extract<FhirWorkerProgress, { phase: 'mapping' }>)}
              fallback={<progress aria-label={t('records.fhir.progress.label')} />}
            >
              {(m) => (
                <progress
                  aria-label={t('records.fhir.progress.label')}
                  max={Math.max(1, m().total)}
                  value={m().done}
                />
              )}
            </Show>
            <span>{progressText(p())}</span>
          </div>
        )}
      </Show>
      <div id="fhir-outcome" tabIndex={-1} data-testid="fhir-outcome">
        <Show when={outcome()}>
          {(o) => (
            <Show
              when={o().ok ? (o() as Extract<Outcome, { ok: true }>) : null}
              fallback={<Alert tone="error">{(o() as Extract<Outcome, { ok: false }>).error}</Alert>}
            >
              {(done) => (
                <>
                  <Alert tone="success">
                    {t('records.fhir.done', {
                      name: done().name,
                      counts: counts(done().result.imported) || t('records.fhir.nothing'),
                    })}
                  </Alert>
                  <Show when={done().result.patient}>
                    {(p) => (
                      <p>{t('records.fhir.patient', { name: p().name, birth: p().birthDate ?? '—' })}</p>
                    )}
                  </Show>
                  <Show when={Object.keys(done().result.otherTypes).length > 0}>
                    <p data-testid="fhir-skipped">
                      {t('records.fhir.skipped', { counts: counts(done().result.otherTypes) })}
                    </p>
                  </Show>
                  <Show when={done().result.leftOut.length + done().result.warnings.length > 0}>
                    <h3>{t('records.fhir.leftOut')}</h3>
                    <ul class="problem-list">
                      <For each={[...done().result.leftOut, ...done().result.warnings]}>
                        {(line) => <li>{line}</li>}
                      </For>
                    </ul>
                  </Show>
                  <p>
                    <A href="/records?tab=checklist">{t('records.fhir.review')}</A>
                  </p>
                </>
              )}
            </Show>
          )}
        </Show>
      </div>
    </section>
  );
}
