import type { IsoDate } from './isoDate';

/** Something the app should bring up on a given day: a correction response due, a record about to be destroyed. */
export interface Reminder {
  readonly kind: 'correction-due' | 'retention';
  /** The id of the correction request or scan-log row it is about. */
  readonly refId: string;
  /** The date the reminder is about (the due date, the destruction date). */
  readonly date: IsoDate;
  /** Days from today to `date`; negative when past. */
  readonly daysLeft: number;
  readonly overdue: boolean;
  readonly message: string;
}
