import type { AuditFlag } from './auditFlags';
import type { CareRecord, RecordItemRef } from './careRecord';
import { itemKey } from './checklist';
import type { Checklist } from './checklist';
import type { CorrectionItem } from './correctionRequest';

/** What the record says about an item, in one line, as quoted in a correction letter. */
export function describeRecordItem(
  record: CareRecord,
  ref: RecordItemRef,
): { section: string; recorded: string } {
  const or = (v: string | null | undefined) => (v && v.trim() ? v.trim() : 'not stated');
  switch (ref.kind) {
    case 'allergy': {
      const a = record.allergies.find((x) => x.id === ref.id);
      return {
        section: 'Allergies',
        recorded: a
          ? `${a.substance}; reaction: ${or(a.reaction)}; severity: ${or(a.severity)}; status: ${a.status}`
          : 'entry not found',
      };
    }
    case 'medication': {
      const m = record.medications.find((x) => x.id === ref.id);
      return {
        section: 'Medications',
        recorded: m
          ? `${m.name}; dose: ${or(m.dose)}; frequency: ${or(m.frequency)}; prescriber: ${or(m.prescriber)}; status: ${m.status}`
          : 'entry not found',
      };
    }
    case 'problem': {
      const p = record.problems.find((x) => x.id === ref.id);
      return {
        section: 'Problem list',
        recorded: p
          ? `${p.condition}; onset: ${or(p.onset)}; status: ${p.status}; last updated: ${or(p.lastUpdated)}`
          : 'entry not found',
      };
    }
    case 'note': {
      const n = record.notes.find((x) => x.id === ref.id);
      return {
        section: n ? `Visit note "${or(n.title)}" of ${or(n.date)} by ${or(n.author)}` : 'Visit notes',
        recorded: n ? excerpt(n.text) : 'entry not found',
      };
    }
  }
}

/**
 * Letter items for every checklist entry the patient marked 'error-found': the record's current text, the
 * patient's note as the requested change, and the app's flags on that item as the reason (the patient edits
 * these before sending).
 */
export function draftCorrectionItems(
  record: CareRecord,
  checklist: Checklist,
  flags: readonly AuditFlag[] = [],
): CorrectionItem[] {
  return checklist
    .filter((e) => e.state === 'error-found')
    .map((e) => {
      const { section, recorded } = describeRecordItem(record, e.item);
      const reasons = flags.filter((f) => itemKey(f.item) === itemKey(e.item)).map((f) => f.message);
      return { item: e.item, section, recorded, requested: e.note.trim(), reason: reasons.join(' ') };
    });
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
