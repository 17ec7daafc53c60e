import { For, Show } from 'solid-js';
import {
  FILE_VERDICTS,
  formatReceiptTime,
  renderReceiptHtml,
  shortFingerprint,
  type VerificationResult,
} from '../../domain/verify';
import { Alert } from '../../ui/Alert';
import { downloadBlob } from '../../ui/download';
import { formatBytes } from '../../ui/format';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { DicomdirSection } from './DicomdirSection';
import { FileTable, verdictLabel } from './FileTable';
import { SenderFingerprintCheck } from './SenderFingerprintCheck';
import type { VerifyOutcome } from './verifyPackage';

function formatLine(o: VerifyOutcome): string {
  const r = o.result;
  if (r.bag) return t('verify.facts.format.bagit', { version: r.bag.version });
  if (r.format === 'checksum-list') return t('verify.facts.format.list', { lists: o.lists.join(', ') });
  return t('verify.facts.format.single');
}

function receiptFileName(o: VerifyOutcome): string {
  const base = o.packageName.replace(/\.zip$/i, '').replace(/[^\w.-]+/g, '_') || 'package';
  return `verification-receipt-${base}-${o.verifiedAt.toISOString().slice(0, 10)}.html`;
}

function Fact(props: {
  readonly label: string;
  readonly value: string;
  readonly mono?: boolean;
  readonly id?: string;
}) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd classList={{ mono: props.mono }} data-testid={props.id}>
        {props.value}
      </dd>
    </>
  );
}

/** The verdict in plain words, the facts and counts, every file, the DICOMDIR check and the receipt. */
export function ResultView(props: { readonly outcome: VerifyOutcome; readonly onAgain: () => void }) {
  const o = () => props.outcome;
  const r = (): VerificationResult => o().result;
  const good = () => r().verdict === 'valid';
  /** One file against a hash: "matches" or "does not match" say it better than a package verdict. */
  const verdictKey = () =>
    o().sourceKind === 'single' && (r().verdict === 'valid' || r().verdict === 'complete-but-altered')
      ? `verify.single.${good() ? 'valid' : 'altered'}`
      : `verify.verdict.${r().verdict}`;
  const download = () => {
    const html = renderReceiptHtml(r(), {
      packageName: o().packageName,
      verifiedAt: o().verifiedAt,
      verifiedWith: t('verify.receipt.with'),
      ...(o().fingerprint ? { fingerprint: o().fingerprint } : {}),
    });
    downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), receiptFileName(o()));
  };
  return (
    <div class="verify-result">
      <section
        class={`verdict-banner ${good() ? 'verdict-good' : 'verdict-bad'}`}
        aria-labelledby="verdict-title"
        data-testid="verdict"
        data-verdict={r().verdict}
      >
        <span class="verdict-mark" aria-hidden="true">
          {good() ? '✓' : '!'}
        </span>
        <div>
          <h2 id="verdict-title">{t(verdictKey() as MessageKey)}</h2>
          <p>{t(`${verdictKey()}.detail` as MessageKey)}</p>
        </div>
      </section>

      <section class="card" aria-labelledby="verify-facts-heading">
        <h2 id="verify-facts-heading">{t('verify.result.heading')}</h2>
        <dl class="verify-facts">
          <Fact label={t('verify.facts.package')} value={o().packageName} />
          <Fact label={t('verify.facts.format')} value={formatLine(o())} />
          <Fact label={t('verify.facts.verified')} value={formatReceiptTime(o().verifiedAt)} />
          <Show when={o().fingerprint}>
            {(fp) => (
              <>
                <Fact
                  label={
                    o().fingerprintOf === 'zip'
                      ? t('verify.facts.fingerprint')
                      : o().fingerprintOf === 'tagmanifest'
                        ? t('verify.facts.folderFingerprint')
                        : t('verify.facts.fileFingerprint')
                  }
                  value={fp()}
                  mono
                  id="fingerprint"
                />
                <Fact
                  label={t('verify.facts.shortFingerprint')}
                  value={shortFingerprint(fp())}
                  mono
                  id="short-fingerprint"
                />
              </>
            )}
          </Show>
          <Show when={o().oxum}>
            {(x) => (
              <Fact
                label={t('verify.facts.oxum')}
                value={
                  x().matches
                    ? t('verify.facts.oxum.ok', { octets: x().actual.octets, streams: x().actual.streams })
                    : t('verify.facts.oxum.bad', {
                        declaredOctets: x().declared.octets,
                        declaredStreams: x().declared.streams,
                        octets: x().actual.octets,
                        streams: x().actual.streams,
                      })
                }
              />
            )}
          </Show>
          <Fact
            label={t('verify.facts.speed')}
            value={t('verify.facts.speed.value', {
              bytes: formatBytes(o().bytes),
              seconds: o().seconds.toFixed(1),
            })}
          />
        </dl>
        <ul class="verify-counts" aria-label={t('verify.counts.label')}>
          <For each={FILE_VERDICTS.filter((v) => v === 'ok' || r().counts[v] > 0)}>
            {(v) => (
              <li class={`chip-${v}`} data-testid={`count-${v}`}>
                <strong>{r().counts[v]}</strong> {verdictLabel(v)}
              </li>
            )}
          </For>
        </ul>
      </section>

      <Show when={o().sourceKind !== 'single'}>
        <section class="card" aria-labelledby="verify-sender-heading">
          <h2 id="verify-sender-heading">{t('verify.sender.heading')}</h2>
          <Show when={o().fingerprint} fallback={<p>{t('verify.sender.none')}</p>}>
            {(fp) => <SenderFingerprintCheck fingerprint={fp()} />}
          </Show>
        </section>
      </Show>

      <Show when={r().errors.length > 0}>
        <Alert tone="error">
          <h2 class="alert-heading">{t('verify.errors.heading')}</h2>
          <ul class="verify-issues">
            <For each={r().errors}>{(e) => <li>{e.message}</li>}</For>
          </ul>
        </Alert>
      </Show>
      <Show when={r().warnings.length > 0 || o().archiveWarnings.length > 0}>
        <Alert tone="warning">
          <h2 class="alert-heading">{t('verify.warnings.heading')}</h2>
          <ul class="verify-issues">
            <For each={[...o().archiveWarnings, ...r().warnings.map((w) => w.message)]}>
              {(w) => <li>{w}</li>}
            </For>
          </ul>
        </Alert>
      </Show>

      <For each={o().dicomdirs}>{(report) => <DicomdirSection report={report} />}</For>

      <section class="card" aria-labelledby="verify-files-heading">
        <h2 id="verify-files-heading">{t('verify.files.heading')}</h2>
        <FileTable files={r().files} />
      </section>

      <section class="card no-print" aria-labelledby="verify-receipt-heading">
        <h2 id="verify-receipt-heading">{t('verify.receipt.heading')}</h2>
        <p class="muted">{t('verify.receipt.intro')}</p>
        <div class="button-row">
          <button type="button" class="button primary" onClick={download}>
            {t('verify.receipt.download')}
          </button>
          <button type="button" class="button" onClick={() => window.print()}>
            {t('verify.receipt.print')}
          </button>
          <button type="button" class="button" onClick={() => props.onAgain()}>
            {t('verify.again')}
          </button>
        </div>
      </section>
    </div>
  );
}
