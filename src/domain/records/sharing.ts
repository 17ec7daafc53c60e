import type { IsoDate, IsoDateTime } from './isoDate';

export interface Specialist {
  readonly id: string;
  readonly name: string;
  readonly specialty: string;
  readonly institution: string;
  readonly country: string;
  /** Email, phone or postal address, as the patient writes it. */
  readonly contact: string;
  readonly notes: string;
}

export type ShareChannel = 'email' | 'file-transfer' | 'usb' | 'disc' | 'post' | 'in-person' | 'other';

/** The recipient's check of the package against its manifest (their receipt from the Verify tool). */
export interface ShareReceipt {
  readonly date: IsoDate;
  /** 'ok' when every file matched; otherwise the receipt listed altered/missing/extra files. */
  readonly result: 'ok' | 'problems';
  /** A reference to the stored receipt document, if the patient kept it. */
  readonly documentRef: string | null;
}

export interface SecondOpinion {
  readonly receivedDate: IsoDate;
  /** A reference to the stored opinion document (sealed by the vault). */
  readonly documentRef: string;
  readonly summary: string;
}

/** One transfer package sent to one specialist (DESIGN.md: every export is recorded in the share log). */
export interface Share {
  readonly id: string;
  readonly packageId: string;
  readonly specialistId: string;
  /** Study Instance UIDs in the package. */
  readonly studyUids: readonly string[];
  readonly sentAt: IsoDateTime;
  readonly channel: ShareChannel;
  /** SHA-256 of the package (hex), as printed in its README. */
  readonly fingerprint: string;
  /** When the recipient confirmed they got it; null until then. */
  readonly acknowledged: IsoDate | null;
  readonly receipt: ShareReceipt | null;
  readonly opinion: SecondOpinion | null;
}

export interface StudyHolder {
  readonly specialist: Specialist | null;
  readonly specialistId: string;
  readonly share: Share;
}

/** Who has been sent a study, newest first ("a study shows who has it"). */
export function holdersOfStudy(
  studyUid: string,
  shares: readonly Share[],
  specialists: readonly Specialist[],
): StudyHolder[] {
  const byId = new Map(specialists.map((s) => [s.id, s]));
  return shares
    .filter((s) => s.studyUids.includes(studyUid))
    .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0))
    .map((share) => ({
      specialist: byId.get(share.specialistId) ?? null,
      specialistId: share.specialistId,
      share,
    }));
}

export type ShareStage = 'sent' | 'acknowledged' | 'verified' | 'opinion-received';

/** The furthest step a share has reached, for a status badge. */
export function shareStage(share: Share): ShareStage {
  if (share.opinion) return 'opinion-received';
  if (share.receipt) return 'verified';
  if (share.acknowledged) return 'acknowledged';
  return 'sent';
}
