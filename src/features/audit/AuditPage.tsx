import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { unlockedVaultId } from '../../crypto/keyring';
import { AUDIT_ACTIONS, type AuditAction } from '../../domain/audit/auditEvent';
import { readAuditTrail } from '../../storage/auditRepository';
import { Alert } from '../../ui/Alert';
import { downloadBlob } from '../../ui/download';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { PageHeader } from '../../ui/PageHeader';
import { TextField } from '../../ui/TextField';
import { auditTrailCsv, auditTrailJson, filterEntries } from './auditExport';
import './audit.css';

const actionLabel = (action: AuditAction) => t(`stewardship.audit.action.${action}` as MessageKey);

/** The hash-chained audit trail: filter it, see whether the chain is intact, export it. */
export function AuditPage() {
  const [trail] = createResource(() => readAuditTrail());
  const [action, setAction] = createSignal('');
  const [text, setText] = createSignal('');
  const [from, setFrom] = createSignal('');
  const [to, setTo] = createSignal('');
  const shown = createMemo(() =>
    filterEntries(trail()?.entries ?? [], {
      action: action(),
      text: text(),
      from: from(),
      to: to(),
    }).reverse(),
  );

  const save = (kind: 'json' | 'csv') => {
    const current = trail();
    if (!current) return;
    const now = new Date();
    const date = now.toISOString().slice(0, 10);
    if (kind === 'json') {
      const json = auditTrailJson(current.entries, current.report, unlockedVaultId() ?? '', now);
      downloadBlob(new Blob([json], { type: 'application/json' }), `Imaging-Vault-audit-trail-${date}.json`);
    } else {
      downloadBlob(
        new Blob([auditTrailCsv(current.entries)], { type: 'text/csv;charset=utf-8' }),
        `Imaging-Vault-audit-trail-${date}.csv`,
      );
    }
  };

  return (
    <section class="page" aria-labelledby="page-title">
      <PageHeader
        title={t('place.audit.title')}
        summary={t('place.audit.summary')}
        actions={
          <>
            <button type="button" class="button" onClick={() => save('json')} disabled={!trail()}>
              {t('stewardship.audit.exportJson')}
            </button>
            <button type="button" class="button" onClick={() => save('csv')} disabled={!trail()}>
              {t('stewardship.audit.exportCsv')}
            </button>
          </>
        }
      />
      <Show when={trail.error}>
        <Alert tone="error">{String(trail.error)}</Alert>
      </Show>
      <Show when={trail()}>
        {(tr) => (
          <div data-testid="audit-chain">
            <Show
              when={tr().report.valid}
              fallback={
                <Alert tone="error">
                  {t('stewardship.audit.broken', { n: tr().report.problems.length })}
                  <ul class="summary-list">
                    <For each={tr().report.problems}>{(p) => <li>{p.message}</li>}</For>
                  </ul>
                </Alert>
              }
            >
              <Alert tone="success">{t('stewardship.audit.valid', { n: tr().report.entries })}</Alert>
            </Show>
          </div>
        )}
      </Show>
      <section class="card" aria-labelledby="audit-list-title">
        <h2 id="audit-list-title">{t('stewardship.audit.entries')}</h2>
        <div class="toolbar audit-filters">
          <div class="field">
            <label for="audit-action">{t('stewardship.audit.filterAction')}</label>
            <select id="audit-action" value={action()} onChange={(e) => setAction(e.currentTarget.value)}>
              <option value="">{t('stewardship.audit.allActions')}</option>
              <For each={AUDIT_ACTIONS}>{(a) => <option value={a}>{actionLabel(a)}</option>}</For>
            </select>
          </div>
          <TextField
            label={t('stewardship.audit.filterText')}
            type="search"
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <TextField
            label={t('stewardship.audit.from')}
            type="date"
            value={from()}
            onInput={(e) => setFrom(e.currentTarget.value)}
          />
          <TextField
            label={t('stewardship.audit.to')}
            type="date"
            value={to()}
            onInput={(e) => setTo(e.currentTarget.value)}
          />
        </div>
        <p class="muted" role="status">
          {t('stewardship.audit.count', { shown: shown().length, total: trail()?.entries.length ?? 0 })}
        </p>
        <ol class="audit-list" data-testid="audit-list">
          <For each={shown()}>
            {(e) => (
              <li>
                <div class="audit-line">
                  <span class="audit-seq">#{e.seq}</span>
                  <time datetime={e.event.time}>{new Date(e.event.time).toLocaleString()}</time>
                  <strong>{actionLabel(e.event.action)}</strong>
                  <span class="audit-subject">{e.event.subject}</span>
                </div>
                <Show when={Object.keys(e.event.details).length > 0}>
                  <p class="audit-details paths">
                    {Object.entries(e.event.details)
                      .map(([k, v]) => `${k}: ${String(v)}`)
                      .join(' · ')}
                  </p>
                </Show>
              </li>
            )}
          </For>
        </ol>
      </section>
    </section>
  );
}
