import { createMemo, createSignal, For, Show } from 'solid-js';
import { draftCorrectionItems, flagAllergies, flagProblems, itemKey } from '../../domain/records';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t } from '../../ui/i18n/catalog';
import { CorrectionCard } from './CorrectionCard';
import { ProfileForm } from './ProfileForm';
import type { RecordsSnapshot, StoredCorrection } from './recordsData';
import { newId, todayIso, useRecords } from './recordsState';

/** Correction requests: drafted from the items marked "error found", then tracked to the provider's answer. */
export function CorrectionsView(props: { snapshot: RecordsSnapshot }) {
  const records = useRecords();
  const [failure, setFailure] = createSignal<string | null>(null);
  const [opened, setOpened] = createSignal<string | null>(null);
  const flags = () => [
    ...flagAllergies(props.snapshot.record.allergies, todayIso()),
    ...flagProblems(props.snapshot.record.problems, todayIso()),
  ];
  // Items already in an unsent draft are left out, so drafting twice does not ask twice.
  const drafted = createMemo(() => {
    const inDrafts = new Set(
      props.snapshot.corrections
        .filter((c) => c.sentDate === null)
        .flatMap((c) => c.items.map((i) => (i.item ? itemKey(i.item) : ''))),
    );
    return draftCorrectionItems(props.snapshot.record, props.snapshot.checklist, flags()).filter(
      (d) => !d.item || !inDrafts.has(itemKey(d.item)),
    );
  });

  const draft = async () => {
    setFailure(null);
    const request: StoredCorrection = {
      id: newId(),
      items: drafted(),
      provider: { name: '', department: t('records.corrections.defaultDepartment'), address: '' },
      sentDate: null,
      extension: null,
      response: null,
      confirmation: null,
      legalBasis: 'hipaa',
      createdAt: new Date().toISOString(),
    };
    try {
      await records.saveCorrection(request);
      setOpened(request.id);
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    }
  };

  return (
    <>
      <section class="card" aria-labelledby="corrections-title">
        <h2 id="corrections-title">{t('records.corrections.heading')}</h2>
        <p>{t('records.corrections.intro')}</p>
        <p data-testid="flagged-count">{t('records.corrections.flagged', { n: drafted().length })}</p>
        <Show when={drafted().length > 0}>
          <ul class="summary-list">
            <For each={drafted()}>
              {(item) => (
                <li>
                  <strong>{item.section}</strong>: {item.recorded}
                </li>
              )}
            </For>
          </ul>
        </Show>
        <button
          type="button"
          class="button primary"
          disabled={drafted().length === 0}
          onClick={() => void draft()}
        >
          {t('records.corrections.draft')}
        </button>
        <Show when={failure()}>
          <Alert tone="error">{failure()}</Alert>
        </Show>
        <details class="explainer records-profile" open={!props.snapshot.profile.name}>
          <summary>{t('records.profile.heading')}</summary>
          <p>{t('records.profile.intro')}</p>
          <ProfileForm profile={props.snapshot.profile} />
        </details>
      </section>
      <For each={props.snapshot.corrections}>
        {(request) => (
          <CorrectionCard request={request} snapshot={props.snapshot} open={opened() === request.id} />
        )}
      </For>
    </>
  );
}
