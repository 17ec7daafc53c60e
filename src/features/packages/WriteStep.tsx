import { createResource, createSignal, Match, onCleanup, Show, Switch } from 'solid-js';
import type { PackageProgress } from '../../protocol/packageApi';
import { putDocument, specialistKind, type SpecialistValue } from '../../documents';
import { useAppServices } from '../../services';
import { Alert } from '../../ui/Alert';
import { errorMessage } from '../../domain/text/errorMessage';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { createJob } from '../../ui/jobs';
import { JobProgressView } from '../../ui/progress/JobProgressView';
import { deidOptionNames } from '../../domain/package/buildPackage';
import { ExportResultView } from './ExportResultView';
import { runExport, type ExportPlan, type ExportResult, type ExportTarget } from './exportJob';
import { canPickFile, canPickFolder, isPickerCancel, pickFolder, pickZipFile } from './outputPickers';
import {
  packageNameFor,
  recipientValue,
  studyName,
  writtenDocuments,
  type ChosenStudy,
  type Draft,
} from './wizardModel';
import { keyImageFiles } from './keyImages';

function makePlan(
  chosen: readonly ChosenStudy[],
  draft: Draft,
  recipient: SpecialistValue,
  specialistId: string,
  keyImages: readonly File[],
): ExportPlan {
  const packageId = crypto.randomUUID();
  const createdAt = new Date();
  const deid = draft.deidentify ? draft.deidOptions : null;
  // De-identified images go with nothing naming the sender: the README and documents are not de-identified.
  const sender = deid ? undefined : draft.sender.trim() || undefined;
  const preparedBy = sender ? t('packages.documents.preparedBy', { name: sender }) : undefined;
  return {
    packageId,
    packageName: packageNameFor(createdAt, recipient.name, packageId),
    createdAt,
    chosen,
    specialistId,
    attachments: [
      ...draft.reports.map((file) => ({
        name: file.name,
        description: t('packages.documents.reportLabel'),
        file,
      })),
      ...draft.translations.map((file) => ({
        name: file.name,
        description: t('packages.documents.translationLabel'),
        file,
      })),
      ...keyImages.map((file) => ({
        name: file.name,
        description: t('packages.documents.keyImageLabel'),
        file,
      })),
    ],
    request: {
      writtenDocuments: writtenDocuments(
        draft,
        {
          history: t('packages.history.title'),
          questions: t('packages.questions.title'),
          summary: t('packages.history.summary'),
          medications: t('packages.history.medications'),
          allergies: t('packages.history.allergies'),
        },
        preparedBy,
      ),
      ...(sender ? { sender } : {}),
      recipient: {
        name: recipient.name,
        specialty: recipient.specialty,
        institution: recipient.institution,
        country: recipient.country,
      },
      ...(draft.purpose.trim() ? { purpose: draft.purpose.trim() } : {}),
      studies: chosen.map((c) => ({
        ...(c.study.study.info.date ? { date: c.study.study.info.date } : {}),
        description: studyName(c.study),
        modalities: c.study.study.modalities,
        seriesCount: c.series.length,
        imageCount: c.series.reduce((n, s) => n + s.series.instanceCount, 0),
      })),
      deid,
    },
  };
}

/** Step 5: a last look, where to write (ZIP or folder), then progress and the fingerprint. */
export function WriteStep(props: {
  chosen: readonly ChosenStudy[];
  draft: Draft;
  specialists: readonly { id: string; value: SpecialistValue }[];
  onDone: () => void;
  onBusy: (busy: boolean) => void;
}) {
  const { packageWorker } = useAppServices();
  const job = createJob<PackageProgress, ExportResult>();
  // An error from before the job (no recipient, the picker) or from the last attempt; cleared by a new one.
  const [error, setError] = createSignal<string | null>(null);
  const [format, setFormat] = createSignal<'zip' | 'folder'>('zip');
  onCleanup(job.cancel);
  const recipient = () => recipientValue(props.draft.recipient, props.specialists);
  const images = () =>
    props.chosen.reduce((n, c) => n + c.series.reduce((m, s) => m + s.series.instanceCount, 0), 0);
  const bytes = () =>
    props.chosen.reduce((n, c) => n + c.series.reduce((m, s) => m + s.series.byteSize, 0), 0);
  // Resolved before the click: the picker must open inside the gesture, with no await before it.
  const [keyImages] = createResource(() => [...props.draft.keyImages], keyImageFiles);
  const documents = () =>
    props.draft.reports.length + props.draft.translations.length + props.draft.keyImages.length;

  const write = () => {
    const who = recipient();
    if (!who) {
      setError(t('packages.recipient.needOne'));
      return;
    }
    const existing = props.draft.recipient?.mode === 'existing' ? props.draft.recipient.specialistId : null;
    const specialistId = existing ?? crypto.randomUUID();
    const plan = makePlan(props.chosen, props.draft, who, specialistId, keyImages() ?? []);
    // The picker is opened at once, inside the click (browsers only allow it during a user gesture).
    const picked: Promise<ExportTarget> =
      format() === 'folder'
        ? pickFolder().then((handle) => ({ kind: 'folder', handle }))
        : canPickFile()
          ? pickZipFile(`${plan.packageName}.zip`).then((handle) => ({ kind: 'zip-file', handle }))
          : Promise.resolve({ kind: 'download' });
    void (async () => {
      let target: ExportTarget;
      try {
        target = await picked;
      } catch (error) {
        if (!isPickerCancel(error)) setError(errorMessage(error));
        return;
      }
      props.onBusy(true);
      setError(null);
      const end = await job.start(async (control) => {
        control.begin({
          filesDone: 0,
          filesTotal: images() + documents(),
          bytesDone: 0,
          bytesTotal: bytes(),
          path: '',
        });
        if (!existing) await putDocument(specialistKind, specialistId, who);
        return runExport(packageWorker(), plan, target, control.progress, control.signal);
      });
      if (end.kind === 'done') {
        // After a success the result's own button leads on; the wizard's Back would only confuse.
        if (!end.result.ok) props.onBusy(false);
      } else {
        setError(errorMessage(end.error));
        props.onBusy(false);
      }
    })();
  };

  return (
    <Switch>
      <Match when={!job.running() && job.state().kind !== 'done'}>
        <ul class="summary-list review" data-testid="export-review">
          <li>
            {t('packages.review.studies', {
              n: props.chosen.length,
              images: images(),
              size: formatBytes(bytes()),
            })}
          </li>
          <li>{t('packages.review.recipient', { name: recipient()?.name ?? '—' })}</li>
          <li>
            {t('packages.review.documents', {
              n:
                documents() +
                (props.draft.questions.trim() ? 1 : 0) +
                (Object.values(props.draft.history).some((v) => v.trim()) ? 1 : 0),
            })}
          </li>
          <li>
            {props.draft.deidentify
              ? t('packages.review.deidentified', {
                  options:
                    deidOptionNames(props.draft.deidOptions).join(', ') || t('packages.review.noOptions'),
                })
              : t('packages.review.originals')}
          </li>
        </ul>
        <fieldset class="choice-row output-choice">
          <legend>{t('packages.output.legend')}</legend>
          <label class="check">
            <input
              type="radio"
              name="output"
              checked={format() === 'zip'}
              onChange={() => setFormat('zip')}
            />
            <span>
              <strong>{t('packages.output.zip')}</strong>
              <span class="muted option-hint">
                {canPickFile() ? t('packages.output.zipHint') : t('packages.output.zipDownloadHint')}
              </span>
            </span>
          </label>
          <label class="check">
            <input
              type="radio"
              name="output"
              checked={format() === 'folder'}
              disabled={!canPickFolder()}
              onChange={() => setFormat('folder')}
            />
            <span>
              <strong>{t('packages.output.folder')}</strong>
              <span class="muted option-hint">
                {canPickFolder() ? t('packages.output.folderHint') : t('packages.output.folderUnavailable')}
              </span>
            </span>
          </label>
        </fieldset>
        <Show when={error()}>{(e) => <Alert tone="error">{e()}</Alert>}</Show>
        <div class="button-row">
          <button type="button" class="button primary" onClick={write}>
            {t('packages.write')}
          </button>
        </div>
      </Match>
      <Match
        when={job.state().kind === 'running' && job.progress() && (job.state() as { startedAt: number })}
      >
        {(running) => (
          <section class="export-progress" aria-labelledby="export-running">
            <h3 id="export-running">{t('packages.progress.heading')}</h3>
            <JobProgressView
              label={t('packages.progress.label')}
              progress={job.progress()}
              showBytes
              startedAt={running().startedAt}
              statsTestId="export-progress"
              cancelling={job.cancelling()}
              cancellingText={t('packages.progress.cancelling')}
              onCancel={job.cancel}
            />
          </section>
        )}
      </Match>
      <Match when={job.state().kind === 'done' && (job.state() as { result: ExportResult })}>
        {(done) => (
          <ExportResultView result={done().result} onDone={props.onDone} onRetry={() => job.reset()} />
        )}
      </Match>
    </Switch>
  );
}
