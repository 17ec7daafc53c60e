import type { DamagedRow } from '../storage/catalogRepository';
import { t, type MessageKey } from '../ui/i18n/catalog';

/** One damaged row in words: what it was, as far as is known, and why it is not shown. */
export interface DamagedNotice {
  readonly what: string;
  readonly reason: string;
}

/** Ids are long keyed hashes: the start is enough to tell two apart and to match the integrity check. */
export const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 12)}…` : id);

/**
 * The parent a damaged row really belongs to, as far as is known: where its parent link is the one that
 * was rewritten, the sealed value is the truth (the clear one is only what the row now claims).
 */
export function trueParentId(row: DamagedRow): string | undefined {
  return row.cause.kind === 'link' && row.cause.link === PARENT_LINK[row.table]
    ? row.cause.sealed
    : row.parentId;
}

const PARENT_LINK: Record<DamagedRow['table'], string | undefined> = {
  patients: undefined,
  studies: 'patientId',
  series: 'studyId',
  instances: 'seriesId',
};

/** `parentName` is the name of the parent the damaged row claims, when that parent itself opened. */
export function catalogDamageNotice(row: DamagedRow, parentName?: string): DamagedNotice {
  const id = shortId(row.id);
  const what =
    parentName && row.table !== 'patients'
      ? t(`damage.what.${row.table}Of` as MessageKey, { id, parent: parentName })
      : t(`damage.what.${row.table}` as MessageKey, { id });
  const cause = row.cause;
  const reason =
    cause.kind === 'link'
      ? t('damage.reason.link', {
          link: t(`damage.link.${cause.link}` as MessageKey),
          claimed: shortId(cause.claimed),
          sealed: shortId(cause.sealed),
        })
      : t('damage.reason.unreadable', { detail: cause.detail });
  return { what, reason };
}

/** A damaged care-record or setting row (their kind and contents are sealed, so only the id is known). */
export function rowDamageNotice(table: 'records' | 'settings', id: string, detail: string): DamagedNotice {
  return {
    what: t(`damage.what.${table}`, { id: table === 'records' ? shortId(id) : id }),
    reason: t('damage.reason.unreadable', { detail }),
  };
}
