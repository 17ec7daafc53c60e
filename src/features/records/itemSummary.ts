import { toIsoDate, type RecordItemKind } from '../../domain/records';
import { t } from '../../ui/i18n/catalog';
import type { RecordItem } from './recordsData';

/** The item's name and one line of details, as listed in the checklist. */
export function itemSummary(kind: RecordItemKind, item: RecordItem): { title: string; details: string } {
  const notStated = t('records.value.notStated');
  const or = (v: string | null | undefined) => (v && v.trim() ? v : notStated);
  const status = (s: string) =>
    t(`records.status.${s === 'on-hold' ? 'onHold' : s}` as 'records.status.active');
  const r = item as unknown as Record<string, string | null>;
  switch (kind) {
    case 'allergy':
      return {
        title: r['substance'] ?? '',
        details: t('records.summary.allergy', {
          reaction: or(r['reaction']),
          severity: r['severity']
            ? t(`records.severity.${r['severity']}` as 'records.severity.mild')
            : notStated,
          status: status(r['status'] ?? ''),
          reviewed: or(r['lastReviewed']),
        }),
      };
    case 'medication':
      return {
        title: r['name'] ?? '',
        details: t('records.summary.medication', {
          dose: or(r['dose']),
          frequency: or(r['frequency']),
          prescriber: or(r['prescriber']),
          status: status(r['status'] ?? ''),
        }),
      };
    case 'problem':
      return {
        title: r['condition'] ?? '',
        details: t('records.summary.problem', {
          onset: or(r['onset']),
          status: status(r['status'] ?? ''),
          updated: or(r['lastUpdated']),
        }),
      };
    case 'note':
      return {
        title: r['title'] || t('records.note.untitled'),
        details: t('records.summary.note', {
          date: or(toIsoDate(r['date']) ?? r['date']),
          author: or(r['author']),
        }),
      };
  }
}
