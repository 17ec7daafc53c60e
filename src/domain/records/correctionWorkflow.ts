import type { RecordItemRef } from './careRecord';
import { setReviewState } from './checklist';
import type { Checklist, ChecklistEntry, ReviewState } from './checklist';
import { dueDate } from './correctionRequest';
import type { CorrectionRequest } from './correctionRequest';
import type { IsoDate, IsoDateTime } from './isoDate';

/**
 * Records the provider's written notice of an extension. The rule allows one extension, noticed within the
 * first 60 days; anything else is refused with the reason, so the due date never moves further than allowed.
 */
export function extendCorrection(
  request: CorrectionRequest,
  noticeDate: IsoDate,
  reason: string,
): CorrectionRequest | { readonly error: string } {
  if (!request.sentDate) return { error: 'The request has not been sent yet: there is nothing to extend.' };
  if (request.extension) {
    return {
      error: `The request was already extended on ${request.extension.noticeDate}; only one extension is allowed.`,
    };
  }
  if (noticeDate < request.sentDate) {
    return { error: `The notice (${noticeDate}) cannot be earlier than the request (${request.sentDate}).` };
  }
  const firstDue = dueDate(request.sentDate, false);
  if (noticeDate > firstDue) {
    return {
      error: `An extension must be noticed within the first 60 days (by ${firstDue}); a notice of ${noticeDate} is late, so the request stays overdue.`,
    };
  }
  return { ...request, extension: { noticeDate, reason: reason.trim() } };
}

/**
 * The checklist after a step of a request: every item it names takes `state` (correction-requested when
 * sent, corrected when the patient confirms the amendment). Items without a checklist link are skipped.
 */
export function markRequestItems(
  checklist: Checklist,
  request: CorrectionRequest,
  state: ReviewState,
  at: IsoDateTime,
): ChecklistEntry[] {
  const refs = request.items.map((i) => i.item).filter((r): r is RecordItemRef => r !== null);
  return refs.reduce<ChecklistEntry[]>((list, ref) => setReviewState(list, ref, state, at), [...checklist]);
}
