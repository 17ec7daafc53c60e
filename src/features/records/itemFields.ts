import { dayRange, type RecordItemKind, type RecordSource } from '../../domain/records';
import type { MessageKey } from '../../ui/i18n/catalog';
import type { RecordItem } from './recordsData';

export interface FieldSpec {
  readonly name: string;
  readonly label: MessageKey;
  readonly type: 'text' | 'partial-date' | 'select' | 'textarea';
  readonly options?: ReadonlyArray<readonly [string, MessageKey]>;
  readonly required?: boolean;
}

export type FormValues = Record<string, string>;

const PARTIAL_DATE_OK = (v: string) => v.trim() === '' || dayRange(v) !== null;

/** The fields of each kind of record item, in form order. */
export const FIELDS: Record<RecordItemKind, readonly FieldSpec[]> = {
  allergy: [
    { name: 'substance', label: 'records.field.substance', type: 'text', required: true },
    { name: 'reaction', label: 'records.field.reaction', type: 'text' },
    {
      name: 'severity',
      label: 'records.field.severity',
      type: 'select',
      options: [
        ['', 'records.value.notStated'],
        ['mild', 'records.severity.mild'],
        ['moderate', 'records.severity.moderate'],
        ['severe', 'records.severity.severe'],
      ],
    },
    {
      name: 'status',
      label: 'records.field.status',
      type: 'select',
      options: [
        ['active', 'records.status.active'],
        ['resolved', 'records.status.resolved'],
      ],
    },
    { name: 'lastReviewed', label: 'records.field.lastReviewed', type: 'partial-date' },
  ],
  medication: [
    { name: 'name', label: 'records.field.medName', type: 'text', required: true },
    { name: 'dose', label: 'records.field.dose', type: 'text' },
    { name: 'frequency', label: 'records.field.frequency', type: 'text' },
    { name: 'prescriber', label: 'records.field.prescriber', type: 'text' },
    {
      name: 'status',
      label: 'records.field.status',
      type: 'select',
      options: [
        ['active', 'records.status.active'],
        ['on-hold', 'records.status.onHold'],
        ['stopped', 'records.status.stopped'],
        ['completed', 'records.status.completed'],
        ['unknown', 'records.status.unknown'],
      ],
    },
  ],
  problem: [
    { name: 'condition', label: 'records.field.condition', type: 'text', required: true },
    { name: 'onset', label: 'records.field.onset', type: 'partial-date' },
    {
      name: 'status',
      label: 'records.field.status',
      type: 'select',
      options: [
        ['active', 'records.status.active'],
        ['resolved', 'records.status.resolved'],
      ],
    },
    { name: 'lastUpdated', label: 'records.field.lastUpdated', type: 'partial-date' },
  ],
  note: [
    { name: 'title', label: 'records.field.title', type: 'text' },
    { name: 'date', label: 'records.field.date', type: 'partial-date' },
    { name: 'author', label: 'records.field.author', type: 'text' },
    { name: 'text', label: 'records.field.text', type: 'textarea', required: true },
  ],
};

/** The form's starting values for an item, or for a new one. */
export function valuesOf(kind: RecordItemKind, item: RecordItem | null): FormValues {
  const values: FormValues = {};
  for (const f of FIELDS[kind]) {
    const v = item ? (item as unknown as Record<string, unknown>)[f.name] : undefined;
    values[f.name] = typeof v === 'string' ? v : (f.options?.[0]?.[0] ?? '');
  }
  return values;
}

/** Which fields are wrong, with the message key to show; empty when the form can be saved. */
export function validate(kind: RecordItemKind, values: FormValues): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  for (const f of FIELDS[kind]) {
    const v = values[f.name] ?? '';
    if (f.required && v.trim() === '') errors[f.name] = 'records.error.required';
    else if (f.type === 'partial-date' && !PARTIAL_DATE_OK(v)) errors[f.name] = 'records.error.partialDate';
  }
  return errors;
}

/** The item the form describes; the source of an edited item is kept, a new one is 'manual'. */
export function itemFrom(
  kind: RecordItemKind,
  values: FormValues,
  id: string,
  source: RecordSource = { kind: 'manual' },
  previous: RecordItem | null = null,
): RecordItem {
  const v = (name: string) => (values[name] ?? '').trim();
  const orNull = (name: string) => v(name) || null;
  switch (kind) {
    case 'allergy':
      return {
        id,
        substance: v('substance'),
        reaction: orNull('reaction'),
        severity: (orNull('severity') as 'mild' | 'moderate' | 'severe' | null) ?? null,
        status: v('status') === 'resolved' ? 'resolved' : 'active',
        lastReviewed: orNull('lastReviewed'),
        source,
      };
    case 'medication':
      return {
        id,
        name: v('name'),
        dose: v('dose'),
        frequency: v('frequency'),
        prescriber: v('prescriber'),
        status: (v('status') || 'active') as 'active',
        source,
      };
    case 'problem':
      return {
        id,
        condition: v('condition'),
        onset: orNull('onset'),
        status: v('status') === 'resolved' ? 'resolved' : 'active',
        lastUpdated: orNull('lastUpdated'),
        category: previous && 'category' in previous ? previous.category : null,
        source,
      };
    case 'note':
      return {
        id,
        title: v('title'),
        date: orNull('date'),
        author: v('author'),
        text: (values['text'] ?? '').trim(),
        source,
      };
  }
}
