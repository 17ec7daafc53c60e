import type { RecordItemRef } from './careRecord';
import { addDays, daysBetween } from './isoDate';
import type { IsoDate } from './isoDate';
import type { Reminder } from './reminder';

/**
 * HIPAA Privacy Rule, 45 CFR 164.526(b)(2): the covered entity must act on a request for amendment no
 * later than 60 days after receiving it, and may extend that once by no more than 30 days if it tells the
 * patient in writing, within the 60 days, why and by when. The app counts from the date the patient sent
 * the letter (it cannot know the receipt date), which puts the reminder on or slightly before the legal date.
 */
export const RESPONSE_DAYS = 60;
export const EXTENSION_DAYS = 30;

/** One item the patient asks to be amended. */
export interface CorrectionItem {
  readonly item: RecordItemRef | null;
  /** Where in the record, e.g. "Allergies" or "Visit note of 2023-04-02, Dr Lee". */
  readonly section: string;
  /** What the record says now. */
  readonly recorded: string;
  /** What it should say (or "remove this entry"). */
  readonly requested: string;
  readonly reason: string;
}

export interface Provider {
  readonly name: string;
  /** E.g. "Health Information Management / Medical Records". */
  readonly department: string;
  readonly address: string;
}

export interface CorrectionResponse {
  readonly date: IsoDate;
  readonly outcome: 'accepted' | 'partly-accepted' | 'denied';
  readonly text: string;
}

export interface CorrectionRequest {
  readonly id: string;
  readonly items: readonly CorrectionItem[];
  readonly provider: Provider;
  /** Null while the letter is a draft. */
  readonly sentDate: IsoDate | null;
  /** The provider's written notice of a (single) extension, if any. */
  readonly extension: { readonly noticeDate: IsoDate; readonly reason: string } | null;
  readonly response: CorrectionResponse | null;
  /** The patient's own check that the record now shows the amendment. */
  readonly confirmation: { readonly date: IsoDate; readonly note: string } | null;
}

/** The day by which the provider should have acted: sent date + 60 days, + 30 more when extended. */
export function dueDate(sentDate: IsoDate, extended: boolean): IsoDate {
  return addDays(sentDate, RESPONSE_DAYS + (extended ? EXTENSION_DAYS : 0));
}

export type CorrectionStatus = 'draft' | 'awaiting-response' | 'overdue' | 'answered' | 'confirmed';

export function correctionStatus(request: CorrectionRequest, today: IsoDate): CorrectionStatus {
  if (request.confirmation) return 'confirmed';
  if (request.response) return 'answered';
  if (!request.sentDate) return 'draft';
  return today > dueDate(request.sentDate, request.extension !== null) ? 'overdue' : 'awaiting-response';
}

/**
 * Reminders for requests still waiting for an answer whose due date falls within `windowDays` from today,
 * or has passed (overdue ones always appear). Soonest first.
 */
export function correctionReminders(
  requests: readonly CorrectionRequest[],
  today: IsoDate,
  windowDays = 14,
): Reminder[] {
  const reminders: Reminder[] = [];
  for (const r of requests) {
    if (!r.sentDate || r.response || r.confirmation) continue;
    const due = dueDate(r.sentDate, r.extension !== null);
    const daysLeft = daysBetween(today, due);
    if (daysLeft > windowDays) continue;
    const who = r.provider.name || 'the provider';
    reminders.push({
      kind: 'correction-due',
      refId: r.id,
      date: due,
      daysLeft,
      overdue: daysLeft < 0,
      message:
        daysLeft < 0
          ? `${who} has not answered your correction request of ${r.sentDate}; the answer was due ${due}.`
          : `${who} should answer your correction request of ${r.sentDate} by ${due} (${daysLeft} days).`,
    });
  }
  return reminders.sort((a, b) => a.daysLeft - b.daysLeft);
}
