import { toIsoDate } from './isoDate';
import type { IsoDate, IsoDateTime } from './isoDate';
import type { SecondOpinion, Share, ShareChannel, ShareReceipt } from './sharing';

/** A study named in a share, as the Packages feature writes it. */
export interface ShareStudyRef {
  /** The vault's catalog id of the study (the /study/<id> page); '' for a study not in the vault. */
  readonly studyId: string;
  readonly description: string;
  /** As the package gives it: 'YYYYMMDD' (DICOM) or 'YYYY-MM-DD'; '' when unknown. */
  readonly date: string;
  /** Study Instance UID when known (the share log adds it; packages may). */
  readonly studyInstanceUid?: string;
}

/**
 * The stored value of a 'share' document (src/documents/share.ts), the one share type. The first fields
 * are the shape the Packages feature writes for every package it makes (id = packageId); the optional
 * ones are what the share log and Verify add afterwards, so a record written by any of them reads the same.
 */
export interface ShareRecord {
  readonly packageId: string;
  readonly specialistId: string;
  readonly studies: readonly ShareStudyRef[];
  readonly sentAt: IsoDateTime;
  readonly channel: string;
  readonly fingerprint: string;
  /** What the fingerprint is the SHA-256 of: the ZIP file, or a folder's tagmanifest-sha256.txt; absent = ZIP. */
  readonly fingerprintOf?: 'zip' | 'tagmanifest';
  readonly packageName: string;
  readonly deidentified: boolean;
  readonly acknowledged: boolean;
  readonly verifiedByReceipt: boolean;
  /** When the person confirmed the recipient's copy verified (Verify). */
  readonly verifiedAt?: string;
  readonly acknowledgedDate?: IsoDate | null;
  readonly receipt?: ShareReceipt | null;
  readonly opinion?: SecondOpinion | null;
  /** 'hand' when the patient recorded a package sent some other way. */
  readonly recordedBy?: 'package' | 'hand';
  readonly notes?: string;
}

export const SHARE_CHANNELS: readonly ShareChannel[] = [
  'email',
  'file-transfer',
  'usb',
  'disc',
  'post',
  'in-person',
  'other',
];

/**
 * Reads a stored share value defensively: the record may come from another feature or an older version,
 * so every missing or mistyped field gets a neutral default instead of breaking the whole share log.
 */
export function readShareRecord(id: string, value: unknown): ShareRecord {
  const v = (value !== null && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const s = (x: unknown) => (typeof x === 'string' ? x : '');
  const studies = Array.isArray(v['studies']) ? v['studies'] : [];
  return {
    ...(v as Partial<ShareRecord>),
    packageId: s(v['packageId']) || id,
    specialistId: s(v['specialistId']),
    studies: studies.map((x): ShareStudyRef => {
      const st = (x !== null && typeof x === 'object' ? x : {}) as Record<string, unknown>;
      const uid = s(st['studyInstanceUid']);
      return {
        studyId: s(st['studyId']),
        description: s(st['description']),
        date: s(st['date']),
        ...(uid ? { studyInstanceUid: uid } : {}),
      };
    }),
    sentAt: s(v['sentAt']),
    channel: s(v['channel']) || 'other',
    fingerprint: s(v['fingerprint']),
    packageName: s(v['packageName']),
    deidentified: v['deidentified'] === true,
    acknowledged: v['acknowledged'] === true,
    verifiedByReceipt: v['verifiedByReceipt'] === true,
  };
}

/** A study date as ISO: DICOM 'YYYYMMDD' or ISO in, 'YYYY-MM-DD' out; '' when absent or unreadable. */
export function studyDateToIso(date: string | null | undefined): IsoDate | '' {
  const text = (date ?? '').trim();
  const dicom = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const iso = dicom ? `${dicom[1]}-${dicom[2]}-${dicom[3]}` : text;
  return toIsoDate(iso) ?? '';
}

/**
 * The domain's view of a stored share, for holdersOfStudy, shareStage and the timeline. A study is known
 * by both its catalog id and its UID (either finds it). Flags set without a date (the Packages feature
 * writes booleans) take the sent date, so the stage is right even when the day is not known.
 */
export function shareFromRecord(id: string, r: ShareRecord): Share {
  const sentDay = toIsoDate(r.sentAt) ?? '';
  const uids = r.studies.flatMap((st) => [st.studyId, st.studyInstanceUid ?? '']).filter((x) => x !== '');
  return {
    id,
    packageId: r.packageId,
    specialistId: r.specialistId,
    studyUids: [...new Set(uids)],
    sentAt: r.sentAt,
    channel: (SHARE_CHANNELS as readonly string[]).includes(r.channel)
      ? (r.channel as ShareChannel)
      : 'other',
    fingerprint: r.fingerprint,
    acknowledged: r.acknowledgedDate ?? (r.acknowledged ? sentDay : null),
    receipt: r.receipt ?? (r.verifiedByReceipt ? { date: sentDay, result: 'ok', documentRef: null } : null),
    opinion: r.opinion ?? null,
  };
}
