import { For, Show } from 'solid-js';
import { shortFingerprint } from '../../domain/verify';
import { Alert } from '../../ui/Alert';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import type { ExportResult } from './exportJob';

/** After writing: the fingerprint to read over the phone, what went where, and anything left out. */
export function ExportResultView(props: { result: ExportResult; onDone: () => void; onRetry: () => void }) {
  return (
    <Show
      when={props.result.ok ? props.result : null}
      fallback={
        <div data-testid="export-failed">
          <Alert tone="error">
            <p class="alert-title">
              {props.result.ok === false && props.result.cancelled
                ? t('packages.result.cancelled')
                : t('packages.result.failed')}
            </p>
            <Show when={props.result.ok === false && !props.result.cancelled}>
              <p>{props.result.ok === false ? props.result.reason : ''}</p>
            </Show>
            <p>
              {props.result.ok === false && props.result.cleanedUp
                ? t('packages.result.cleanedUp')
                : props.result.ok === false
                  ? (props.result.cleanupProblem ?? '')
                  : ''}
            </p>
          </Alert>
          <div class="button-row">
            <button type="button" class="button primary" onClick={() => props.onRetry()}>
              {t('packages.result.retry')}
            </button>
          </div>
        </div>
      }
    >
      {(ok) => (
        <div data-testid="export-result">
          <Alert tone="success">
            <p class="alert-title">{t('packages.result.done')}</p>
            <p>
              {t(`packages.result.where.${props.result.target}`, { name: props.result.packageName })}{' '}
              {t('packages.result.counts', {
                images: ok().dicomFiles,
                files: ok().payloadFiles,
                size: formatBytes(ok().packageBytes),
              })}
            </p>
          </Alert>
          <section class="fingerprint-box" aria-labelledby="fingerprint-title">
            <h3 id="fingerprint-title">{t('packages.result.fingerprint')}</h3>
            <p class="muted">
              {ok().fingerprintOf === 'zip'
                ? t('packages.result.fingerprintZip')
                : t('packages.result.fingerprintFolder')}
            </p>
            <p class="short-fingerprint mono" data-testid="short-fingerprint">
              {shortFingerprint(ok().fingerprint)}
            </p>
            <p class="full-fingerprint mono" data-testid="fingerprint">
              {ok().fingerprint}
            </p>
          </section>
          <Show when={ok().leftOut.length > 0}>
            <Alert tone="warning">
              <p class="alert-title">{t('packages.result.leftOut', { n: ok().leftOut.length })}</p>
              <ul class="problem-list" data-testid="left-out">
                <For each={ok().leftOut}>
                  {(item) => (
                    <li>
                      <span class="paths">{item.what}</span>
                      <span class="reason">{item.reason}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Alert>
          </Show>
          <Show when={ok().warnings.length > 0}>
            <details class="explainer">
              <summary>{t('packages.result.warnings', { n: ok().warnings.length })}</summary>
              <ul class="summary-list">
                <For each={ok().warnings}>{(w) => <li>{w}</li>}</For>
              </ul>
            </details>
          </Show>
          <div class="button-row">
            <button type="button" class="button primary" onClick={() => props.onDone()}>
              {t('packages.result.back')}
            </button>
          </div>
        </div>
      )}
    </Show>
  );
}
