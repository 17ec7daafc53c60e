import { createSignal, createUniqueId, For, Match, Show, Switch } from 'solid-js';
import type { RecordItemKind } from '../../domain/records';
import { FormActions } from '../../ui/FormActions';
import { errorMessage } from '../../domain/text/errorMessage';
import { t, type MessageKey } from '../../ui/i18n/catalog';
import { FIELDS, itemFrom, validate, valuesOf, type FormValues } from './itemFields';
import type { RecordItem } from './recordsData';
import { newId } from './recordsState';

export interface ItemFormProps {
  readonly kind: RecordItemKind;
  /** The item being edited, or null for a new one. */
  readonly item: RecordItem | null;
  readonly onSave: (item: RecordItem) => Promise<void>;
  readonly onCancel: () => void;
}

/** Adds or edits one allergy, medication, problem or visit note. */
export function ItemForm(props: ItemFormProps) {
  const [values, setValues] = createSignal<FormValues>(valuesOf(props.kind, props.item));
  const [errors, setErrors] = createSignal<Record<string, MessageKey>>({});
  const [failure, setFailure] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const base = createUniqueId();
  const set = (name: string, value: string) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const found = validate(props.kind, values());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const item = itemFrom(
        props.kind,
        values(),
        props.item?.id ?? newId(),
        props.item?.source ?? { kind: 'manual' },
        props.item,
      );
      await props.onSave(item);
    } catch (error) {
      setFailure(t('records.error.save', { reason: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="records-form" onSubmit={(e) => void submit(e)} novalidate>
      <div class="records-form-grid">
        <For each={FIELDS[props.kind]}>
          {(f) => {
            const id = `${base}-${f.name}`;
            const error = () => errors()[f.name];
            const common = {
              id,
              name: f.name,
              'aria-invalid': error() ? true : undefined,
              'aria-describedby': error()
                ? `${id}-error`
                : f.type === 'partial-date'
                  ? `${id}-hint`
                  : undefined,
            };
            return (
              <div class="field" classList={{ wide: f.type === 'textarea' }}>
                <label for={id}>
                  {t(f.label)}
                  {f.required ? ` ${t('records.required')}` : ''}
                </label>
                <Switch>
                  <Match when={f.type === 'select'}>
                    <select
                      {...common}
                      value={values()[f.name]}
                      onChange={(e) => set(f.name, e.currentTarget.value)}
                    >
                      <For each={f.options}>
                        {([value, label]) => <option value={value}>{t(label)}</option>}
                      </For>
                    </select>
                  </Match>
                  <Match when={f.type === 'textarea'}>
                    <textarea
                      {...common}
                      rows={8}
                      value={values()[f.name]}
                      onInput={(e) => set(f.name, e.currentTarget.value)}
                    />
                  </Match>
                  <Match when={true}>
                    <input
                      {...common}
                      type="text"
                      value={values()[f.name]}
                      onInput={(e) => set(f.name, e.currentTarget.value)}
                    />
                  </Match>
                </Switch>
                <Show when={f.type === 'partial-date'}>
                  <p id={`${id}-hint`} class="field-hint">
                    {t('records.hint.partialDate')}
                  </p>
                </Show>
                <Show when={error()}>
                  {(key) => (
                    <p id={`${id}-error`} class="field-error" role="alert">
                      {t(key())}
                    </p>
                  )}
                </Show>
              </div>
            );
          }}
        </For>
      </div>
      <FormActions
        failure={failure()}
        saveLabel={t('records.save')}
        cancelLabel={t('records.cancel')}
        onCancel={() => props.onCancel()}
        busy={busy()}
      />
    </form>
  );
}
