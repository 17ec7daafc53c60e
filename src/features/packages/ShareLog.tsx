import { For, Show } from 'solid-js';
import { shortFingerprint } from '../../domain/verify';
import { t } from '../../ui/i18n/catalog';
import { dateLabel } from '../../catalog';
import type { ShareRecord, SpecialistValue } from '../../documents';

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Past exports from the share log, newest first, each with its fingerprint. */
export function ShareLog(props: {
  shares: readonly ShareRecord[];
  specialists: readonly { id: string; value: SpecialistValue }[];
}) {
  const nameOf = (id: string) =>
    props.specialists.find((s) => s.id === id)?.value.name ?? t('packages.log.unknownRecipient');
  return (
    <section class="card" aria-labelledby="share-log-title">
      <h2 id="share-log-title">{t('packages.log.title')}</h2>
      <Show when={props.shares.length > 0} fallback={<p class="muted">{t('packages.log.empty')}</p>}>
        <ul class="share-log">
          <For each={props.shares}>
            {(share) => (
              <li data-testid="share-row">
                <div class="share-head">
                  <strong>{nameOf(share.specialistId)}</strong>
                  <span class="muted">{when(share.sentAt)}</span>
                  <Show when={share.deidentified}>
                    <span class="flag">{t('packages.log.deidentified')}</span>
                  </Show>
                </div>
                <p class="share-studies">
                  {share.studies
                    .map((s) => [dateLabel(s.date), s.description].filter(Boolean).join(' '))
                    .join('; ')}
                </p>
                <p class="paths">{share.packageName}</p>
                <p class="share-fingerprint">
                  <span class="muted">
                    {share.fingerprintOf === 'tagmanifest'
                      ? t('packages.log.fingerprintFolder')
                      : t('packages.log.fingerprintZip')}
                  </span>{' '}
                  <span class="mono short-fingerprint-inline">{shortFingerprint(share.fingerprint)}</span>
                </p>
                <details>
                  <summary>{t('packages.log.fullFingerprint')}</summary>
                  <p class="paths">{share.fingerprint}</p>
                </details>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
