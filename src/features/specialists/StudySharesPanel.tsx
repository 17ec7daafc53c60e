import { A } from '@solidjs/router';
import { createResource, For, Show } from 'solid-js';
import {
  holdersOfStudy,
  shareFromRecord,
  shareStage,
  toIsoDate,
  type StudyHolder,
} from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { listShares, listSpecialists } from './sharesData';
import { channelLabel, STAGE_LABEL } from './shareLabels';
import '../records/records.css';
import './specialists.css';

export interface StudySharesPanelProps {
  /** The vault's catalog id of the study (the /study/<id> route). */
  readonly studyId: string;
  readonly studyInstanceUid: string;
}

async function holders(props: StudySharesPanelProps): Promise<StudyHolder[]> {
  const [stored, specialists] = await Promise.all([listShares(), listSpecialists()]);
  const shares = stored.map((s) => shareFromRecord(s.id, s.value));
  const found = new Map<string, StudyHolder>();
  for (const id of [props.studyId, props.studyInstanceUid].filter(Boolean)) {
    for (const h of holdersOfStudy(id, shares, specialists)) found.set(h.share.id, h);
  }
  return [...found.values()].sort((a, b) => b.share.sentAt.localeCompare(a.share.sentAt));
}

/** "Who has this study": the specialists it was sent to, when, how, and how far each share has got. */
export function StudySharesPanel(props: StudySharesPanelProps) {
  const [list] = createResource(
    () => ({ studyId: props.studyId, studyInstanceUid: props.studyInstanceUid }),
    holders,
  );
  return (
    <section class="card" aria-labelledby="study-shares-title" data-testid="study-shares">
      <h2 id="study-shares-title">{t('specialists.panel.heading')}</h2>
      <Show when={list.error}>
        <Alert tone="error">{t('records.error.load', { reason: errorMessage(list.error) })}</Alert>
      </Show>
      <Show when={list()}>
        {(items) => (
          <Show when={items().length > 0} fallback={<p class="muted">{t('specialists.panel.none')}</p>}>
            <ul class="share-holders">
              <For each={items()}>
                {(h) => (
                  <li>
                    <strong>{h.specialist?.name ?? t('specialists.unknownRecipient')}</strong>
                    <span class="muted">
                      {' '}
                      {[h.specialist?.specialty, h.specialist?.institution].filter(Boolean).join(' · ')}
                    </span>
                    <br />
                    {t('specialists.panel.sent', {
                      date: toIsoDate(h.share.sentAt) ?? h.share.sentAt,
                      channel: channelLabel(h.share.channel),
                    })}{' '}
                    <span class="records-badge" data-status={shareStage(h.share)}>
                      {t(STAGE_LABEL[shareStage(h.share)])}
                    </span>
                  </li>
                )}
              </For>
            </ul>
            <A href="/specialists">{t('specialists.panel.open')}</A>
          </Show>
        )}
      </Show>
    </section>
  );
}
