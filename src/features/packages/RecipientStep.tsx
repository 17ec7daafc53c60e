import { createUniqueId, For, Show } from 'solid-js';
import { t } from '../../ui/i18n/catalog';
import { TextField } from '../../ui/TextField';
import type { SpecialistValue } from '../../documents';
import type { Draft } from './wizardModel';
import { TextAreaField } from '../../ui/TextAreaField';

const BLANK: SpecialistValue = {
  name: '',
  specialty: '',
  institution: '',
  country: '',
  contact: '',
  notes: '',
};

/** Step 2: who receives the package (from the specialists directory, or someone new who is then saved). */
export function RecipientStep(props: {
  specialists: readonly { id: string; value: SpecialistValue }[];
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const selectId = createUniqueId();
  const recipient = () => props.draft.recipient;
  const mode = () => recipient()?.mode ?? (props.specialists.length > 0 ? 'existing' : 'new');
  const newValue = (): SpecialistValue => {
    const r = recipient();
    return r?.mode === 'new' ? r.value : BLANK;
  };
  const setNew = (patch: Partial<SpecialistValue>) =>
    props.onChange({ ...props.draft, recipient: { mode: 'new', value: { ...newValue(), ...patch } } });
  const chooseMode = (next: 'existing' | 'new') => {
    if (next === 'new') setNew({});
    else {
      const first = props.specialists[0];
      props.onChange({
        ...props.draft,
        recipient: first ? { mode: 'existing', specialistId: first.id } : null,
      });
    }
  };
  if (!recipient()) queueMicrotask(() => chooseMode(mode()));

  return (
    <>
      <Show when={props.specialists.length > 0}>
        <fieldset class="choice-row">
          <legend>{t('packages.recipient.who')}</legend>
          <label class="check">
            <input
              type="radio"
              name="recipient-mode"
              checked={mode() === 'existing'}
              onChange={() => chooseMode('existing')}
            />
            {t('packages.recipient.existing')}
          </label>
          <label class="check">
            <input
              type="radio"
              name="recipient-mode"
              checked={mode() === 'new'}
              onChange={() => chooseMode('new')}
            />
            {t('packages.recipient.new')}
          </label>
        </fieldset>
      </Show>
      <Show
        when={mode() === 'existing' && props.specialists.length > 0}
        fallback={
          <div class="recipient-form">
            <Show when={props.specialists.length === 0}>
              <p class="muted">{t('packages.recipient.noneYet')}</p>
            </Show>
            <TextField
              label={t('packages.recipient.name')}
              value={newValue().name}
              autocomplete="off"
              onInput={(e) => setNew({ name: e.currentTarget.value })}
            />
            <div class="field-pair">
              <TextField
                label={t('packages.recipient.specialty')}
                value={newValue().specialty}
                onInput={(e) => setNew({ specialty: e.currentTarget.value })}
              />
              <TextField
                label={t('packages.recipient.institution')}
                value={newValue().institution}
                onInput={(e) => setNew({ institution: e.currentTarget.value })}
              />
            </div>
            <div class="field-pair">
              <TextField
                label={t('packages.recipient.country')}
                value={newValue().country}
                onInput={(e) => setNew({ country: e.currentTarget.value })}
              />
              <TextField
                label={t('packages.recipient.contact')}
                value={newValue().contact ?? ''}
                onInput={(e) => setNew({ contact: e.currentTarget.value })}
              />
            </div>
            <p class="field-hint">{t('packages.recipient.savedHint')}</p>
          </div>
        }
      >
        <div class="field">
          <label for={selectId}>{t('packages.recipient.choose')}</label>
          <select
            id={selectId}
            value={(() => {
              const r = recipient();
              return r?.mode === 'existing' ? r.specialistId : '';
            })()}
            onChange={(e) =>
              props.onChange({
                ...props.draft,
                recipient: { mode: 'existing', specialistId: e.currentTarget.value },
              })
            }
          >
            <For each={props.specialists}>
              {(s) => (
                <option value={s.id}>
                  {[s.value.name, s.value.specialty, s.value.institution, s.value.country]
                    .filter(Boolean)
                    .join(' · ')}
                </option>
              )}
            </For>
          </select>
        </div>
      </Show>
      <TextField
        label={t('packages.sender.label')}
        hint={t('packages.sender.hint')}
        value={props.draft.sender}
        autocomplete="name"
        onInput={(e) => props.onChange({ ...props.draft, sender: e.currentTarget.value })}
      />
      <TextAreaField
        label={t('packages.purpose.label')}
        hint={t('packages.purpose.hint')}
        rows={3}
        value={props.draft.purpose}
        onInput={(e) => props.onChange({ ...props.draft, purpose: e.currentTarget.value })}
      />
    </>
  );
}
