import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { t } from '../../ui/i18n/catalog';
import { DamagedOriginalsList } from './DamagedOriginalsList';
import { KeepSafe } from './KeepSafe';
import type { ImportSummary } from './importJob';

export function ImportSummaryView(props: { summary: ImportSummary; onAgain: () => void }) {
  const s = () => props.summary;
  return (
    <section class="card" aria-labelledby="import-done" data-testid="import-summary">
      <h2 id="import-done">{s().cancelled ? t('import.cancelled') : t('import.done')}</h2>
      <Show when={s().fatal}>
        <Alert tone="error">
          <strong>{t('import.failed')}: </strong>
          {s().fatal}
        </Alert>
      </Show>
      <ul class="summary-list">
        <li>
          <strong>{t('import.summary.imported', { n: s().imported })}</strong>
        </li>
        <Show when={s().alreadyInVault > 0}>
          <li>{t('import.summary.already', { n: s().alreadyInVault })}</li>
        </Show>
        <Show when={s().duplicates > 0}>
          <li>{t('import.summary.duplicates', { n: s().duplicates })}</li>
        </Show>
        <li class="muted">
          {t('import.summary.time', {
            mb: (s().bytes / 1e6).toFixed(1),
            seconds: (s().elapsedMs / 1000).toFixed(1),
          })}
        </li>
      </ul>
      <Show when={s().warnings.length > 0 || s().seriesFlags.length > 0}>
        <h3>{t('import.summary.warnings')}</h3>
        <ul class="summary-list">
          <For each={s().warnings}>{(f) => <li>{f.text}</li>}</For>
          <For each={s().seriesFlags}>
            {(entry) => (
              <li>
                <strong>{entry.series || t('import.summary.seriesUnnamed')}</strong>:{' '}
                {entry.flags.map((f) => f.text).join('; ')}
              </li>
            )}
          </For>
        </ul>
      </Show>
      <For each={s().dicomdirs}>
        {(d) => (
          <div class="summary-block">
            <h3>{t('import.summary.dicomdir')}</h3>
            <Show
              when={d.check}
              fallback={
                <p>{t('import.summary.dicomdir.problem', { path: d.path, reason: d.problem ?? '' })}</p>
              }
            >
              {(check) => (
                <Show
                  when={check().missing.length + check().unreferenced.length + check().mismatches.length > 0}
                  fallback={<p>{t('import.summary.dicomdir.ok', { path: d.path, n: check().matched })}</p>}
                >
                  <p>{d.path}</p>
                  <ul class="summary-list">
                    <Show when={check().missing.length > 0}>
                      <li>
                        {t('import.summary.dicomdir.missing', { n: check().missing.length })}:{' '}
                        <span class="paths">
                          {check()
                            .missing.map((m) => m.path)
                            .join(', ')}
                        </span>
                      </li>
                    </Show>
                    <Show when={check().unreferenced.length > 0}>
                      <li>
                        {t('import.summary.dicomdir.unreferenced', { n: check().unreferenced.length })}:{' '}
                        <span class="paths">
                          {check()
                            .unreferenced.map((m) => m.path)
                            .join(', ')}
                        </span>
                      </li>
                    </Show>
                    <Show when={check().mismatches.length > 0}>
                      <li>
                        {t('import.summary.dicomdir.mismatch', { n: check().mismatches.length })}:{' '}
                        <span class="paths">
                          {check()
                            .mismatches.map((m) => `${m.path} (${m.field})`)
                            .join(', ')}
                        </span>
                      </li>
                    </Show>
                  </ul>
                </Show>
              )}
            </Show>
          </div>
        )}
      </For>
      <Show when={s().skippedCount > 0}>
        <h3>{t('import.summary.skipped')}</h3>
        <p>{s().skippedText}</p>
        <details>
          <summary>{t('import.summary.skippedList')}</summary>
          <ul class="problem-list" data-testid="skipped-list">
            <For each={s().skipped}>
              {(f) => (
                <li>
                  <span class="paths">{f.path}</span>
                  <span class="muted">{f.format}</span>
                </li>
              )}
            </For>
          </ul>
        </details>
      </Show>
      <Show when={s().conflicts.length > 0}>
        <h3>{t('import.summary.conflicts', { n: s().conflicts.length })}</h3>
        <ul class="summary-list paths">
          <For each={s().conflicts}>{(c) => <li>{c.paths.join(' ≠ ')}</li>}</For>
        </ul>
      </Show>
      <Show when={s().damaged.length > 0}>
        <h3>{t('import.summary.damaged', { n: s().damaged.length })}</h3>
        <DamagedOriginalsList entries={s().damaged} />
      </Show>
      <Show when={s().unreadable.length > 0}>
        <h3>{t('import.summary.unreadable', { n: s().unreadable.length })}</h3>
        <ul class="problem-list" data-testid="unreadable-list">
          <For each={s().unreadable}>
            {(u) => (
              <li>
                <span class="paths">{u.path}</span>
                <span class="reason">{u.reason}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={s().imported > 0}>
        <KeepSafe />
      </Show>
      <div class="button-row">
        <A href="/" class="button primary">
          {t('import.summary.openLibrary')}
        </A>
        <button type="button" class="button" onClick={() => props.onAgain()}>
          {t('import.summary.again')}
        </button>
      </div>
    </section>
  );
}
