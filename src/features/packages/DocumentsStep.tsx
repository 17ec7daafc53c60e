import { createResource, createUniqueId, For, Show } from 'solid-js';
import { formatBytes } from '../../ui/format';
import { t } from '../../ui/i18n/catalog';
import { keyImagesOfStudies } from './keyImages';
import type { Draft, HistoryForm } from './wizardModel';
import { TextAreaField } from '../../ui/TextAreaField';

const ACCEPT = '.pdf,.txt,.rtf,.doc,.docx,.odt,.html,.htm,application/pdf,text/plain,image/*';

function FileList(props: {
  label: string;
  hint: string;
  files: readonly File[];
  testId: string;
  onChange: (files: File[]) => void;
}) {
  const id = createUniqueId();
  return (
    <div class="field attach-field">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={ACCEPT}
        data-testid={props.testId}
        aria-describedby={`${id}-hint`}
        onChange={(e) => {
          const picked = Array.from(e.currentTarget.files ?? []);
          e.currentTarget.value = '';
          if (picked.length > 0) props.onChange([...props.files, ...picked]);
        }}
      />
      <p id={`${id}-hint`} class="field-hint">
        {props.hint}
      </p>
      <Show when={props.files.length > 0}>
        <ul class="attached">
          <For each={props.files}>
            {(file, index) => (
              <li>
                <span class="paths">{file.name}</span>
                <span class="muted">{formatBytes(file.size)}</span>
                <button
                  type="button"
                  class="button link"
                  aria-label={t('packages.documents.removeNamed', { name: file.name })}
                  onClick={() => props.onChange(props.files.filter((_, i) => i !== index()))}
                >
                  {t('packages.documents.remove')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

function Area(props: {
  label: string;
  hint?: string;
  value: string;
  rows?: number;
  onInput: (v: string) => void;
}) {
  return (
    <TextAreaField
      label={props.label}
      hint={props.hint}
      rows={props.rows ?? 4}
      value={props.value}
      onInput={(e) => props.onInput(e.currentTarget.value)}
    />
  );
}

/** Key images saved in the viewer for the chosen studies, each to tick into the package's documents. */
function KeyImages(props: { studyIds: readonly string[]; draft: Draft; onChange: (d: Draft) => void }) {
  const [images] = createResource(() => [...props.studyIds], keyImagesOfStudies);
  const toggle = (id: string, on: boolean) =>
    props.onChange({
      ...props.draft,
      keyImages: on ? [...props.draft.keyImages, id] : props.draft.keyImages.filter((k) => k !== id),
    });
  return (
    <Show when={(images() ?? []).length > 0}>
      <fieldset class="form-group" data-testid="key-images">
        <legend>{t('packages.documents.keyImages')}</legend>
        <p class="field-hint">{t('packages.documents.keyImagesHint')}</p>
        <For each={images()}>
          {(image) => (
            <label class="check">
              <input
                type="checkbox"
                checked={props.draft.keyImages.includes(image.id)}
                onChange={(e) => toggle(image.id, e.currentTarget.checked)}
              />
              <span>
                <span class="paths">{image.fileName}</span>
                <span class="muted"> — {image.caption.split('\n').slice(1, 3).join(' · ')}</span>
              </span>
            </label>
          )}
        </For>
      </fieldset>
    </Show>
  );
}

/** Step 3: the reports as files, and the history and questions written here (rendered to HTML and text). */
export function DocumentsStep(props: {
  draft: Draft;
  studyIds: readonly string[];
  onChange: (d: Draft) => void;
}) {
  const history = (patch: Partial<HistoryForm>) =>
    props.onChange({ ...props.draft, history: { ...props.draft.history, ...patch } });
  return (
    <>
      <p>{t('packages.documents.intro')}</p>
      <FileList
        label={t('packages.documents.reports')}
        hint={t('packages.documents.reportsHint')}
        files={props.draft.reports}
        testId="report-input"
        onChange={(reports) => props.onChange({ ...props.draft, reports })}
      />
      <FileList
        label={t('packages.documents.translations')}
        hint={t('packages.documents.translationsHint')}
        files={props.draft.translations}
        testId="translation-input"
        onChange={(translations) => props.onChange({ ...props.draft, translations })}
      />
      <KeyImages studyIds={props.studyIds} draft={props.draft} onChange={props.onChange} />
      <fieldset class="form-group">
        <legend>{t('packages.history.title')}</legend>
        <Area
          label={t('packages.history.summary')}
          hint={t('packages.history.summaryHint')}
          rows={6}
          value={props.draft.history.summary}
          onInput={(summary) => history({ summary })}
        />
        <Area
          label={t('packages.history.medications')}
          value={props.draft.history.medications}
          rows={3}
          onInput={(medications) => history({ medications })}
        />
        <Area
          label={t('packages.history.allergies')}
          value={props.draft.history.allergies}
          rows={2}
          onInput={(allergies) => history({ allergies })}
        />
      </fieldset>
      <Area
        label={t('packages.questions.title')}
        hint={t('packages.questions.hint')}
        rows={5}
        value={props.draft.questions}
        onInput={(questions) => props.onChange({ ...props.draft, questions })}
      />
    </>
  );
}
