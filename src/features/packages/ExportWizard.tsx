import { createResource, createSignal, Match, Show, Switch } from 'solid-js';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { DocumentsStep } from './DocumentsStep';
import { DamagedRecords } from '../library';
import { loadCatalogTree } from '../../catalog';
import { loadSpecialists } from './exportData';
import { PrivacyStep } from './PrivacyStep';
import { RecipientStep } from './RecipientStep';
import { StudiesStep } from './StudiesStep';
import { EMPTY_DRAFT, chosenStudies, type Draft } from './wizardModel';
import { WriteStep } from './WriteStep';

const STEPS: readonly MessageKey[] = [
  'packages.step.studies',
  'packages.step.recipient',
  'packages.step.documents',
  'packages.step.privacy',
  'packages.step.write',
];

/** The export wizard: what to send, to whom, with which documents, how private, and where to write it. */
export function ExportWizard(props: { onClose: (exported: boolean) => void }) {
  const [catalog] = createResource(loadCatalogTree);
  const [specialists] = createResource(loadSpecialists);
  const [draft, setDraft] = createSignal<Draft>(EMPTY_DRAFT);
  const [step, setStep] = createSignal(0);
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;

  const chosen = () => chosenStudies(catalog()?.patients ?? [], draft());
  const problemOf = (index: number): string | null => {
    if (index === 0 && chosen().length === 0) return t('packages.studies.needOne');
    if (index === 1) {
      const r = draft().recipient;
      if (!r) return t('packages.recipient.needOne');
      if (r.mode === 'new' && !r.value.name.trim()) return t('packages.recipient.needName');
    }
    return null;
  };
  const go = (index: number) => {
    for (let i = step(); i < index; i++) {
      const p = problemOf(i);
      if (p) {
        setStep(i);
        setProblem(p);
        return;
      }
    }
    setProblem(null);
    setStep(index);
    queueMicrotask(() => heading?.focus());
  };

  return (
    <div class="export-wizard">
      <nav aria-label={t('packages.steps.label')}>
        <ol class="wizard-steps">
          {STEPS.map((key, index) => (
            <li classList={{ current: step() === index, done: step() > index }}>
              <button
                type="button"
                class="wizard-step"
                aria-current={step() === index ? 'step' : undefined}
                disabled={busy()}
                onClick={() => go(index)}
              >
                <span class="wizard-step-number" aria-hidden="true">
                  {index + 1}
                </span>
                <span class="wizard-step-label">{t(key)}</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <Show when={catalog.error ?? specialists.error}>
        {(error) => <Alert tone="error">{errorMessage(error())}</Alert>}
      </Show>
      <Show
        when={!catalog.loading && !specialists.loading}
        fallback={<p class="muted">{t('packages.loading')}</p>}
      >
        <DamagedRecords notices={catalog()?.damaged ?? []} />
        <section class="card wizard-card" aria-labelledby="wizard-step-title">
          <h2 id="wizard-step-title" tabIndex={-1} ref={heading}>
            {t('packages.step.heading', {
              n: step() + 1,
              total: STEPS.length,
              name: t(STEPS[step()] ?? STEPS[0]!),
            })}
          </h2>
          <Switch>
            <Match when={step() === 0}>
              <StudiesStep catalog={catalog()?.patients ?? []} draft={draft()} onChange={setDraft} />
            </Match>
            <Match when={step() === 1}>
              <RecipientStep specialists={specialists() ?? []} draft={draft()} onChange={setDraft} />
            </Match>
            <Match when={step() === 2}>
              <DocumentsStep draft={draft()} studyIds={chosen().map((c) => c.study.id)} onChange={setDraft} />
            </Match>
            <Match when={step() === 3}>
              <PrivacyStep chosen={chosen()} draft={draft()} onChange={setDraft} />
            </Match>
            <Match when={step() === 4}>
              <WriteStep
                chosen={chosen()}
                draft={draft()}
                specialists={specialists() ?? []}
                onDone={() => props.onClose(true)}
                onBusy={setBusy}
              />
            </Match>
          </Switch>
          <Show when={problem()}>{(p) => <Alert tone="error">{p()}</Alert>}</Show>
          <Show when={!busy()}>
            <div class="button-row wizard-nav">
              <Show
                when={step() > 0}
                fallback={
                  <button type="button" class="button" onClick={() => props.onClose(false)}>
                    {t('packages.cancelWizard')}
                  </button>
                }
              >
                <button type="button" class="button" onClick={() => go(step() - 1)}>
                  {t('packages.back')}
                </button>
              </Show>
              <Show when={step() < STEPS.length - 1}>
                <button type="button" class="button primary" onClick={() => go(step() + 1)}>
                  {t('packages.next')}
                </button>
              </Show>
            </div>
          </Show>
        </section>
      </Show>
    </div>
  );
}
