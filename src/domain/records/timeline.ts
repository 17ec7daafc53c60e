import { toIsoDate } from './isoDate';
import type { IsoDate } from './isoDate';
import type { Share, Specialist } from './sharing';

export interface TimelineStudy {
  readonly studyUid: string;
  readonly date: IsoDate;
  readonly bodyPart: string;
  /** One modality, or several separated by backslash or comma ("CT\PT"), as ModalitiesInStudy holds them. */
  readonly modality: string;
  readonly description?: string;
}

export type TimelineGrouping = 'bodyPart' | 'modality';

export interface TimelineLane {
  /** Normalised key ("CHEST"); '' for studies without one. */
  readonly key: string;
  readonly label: string;
  /** Sorted by date, then study UID. */
  readonly studies: readonly TimelineStudy[];
}

export interface TimelineMarker {
  readonly kind: 'share' | 'opinion';
  readonly date: IsoDate;
  readonly shareId: string;
  readonly specialistName: string;
  readonly studyUids: readonly string[];
}

export interface Timeline {
  readonly lanes: readonly TimelineLane[];
  readonly markers: readonly TimelineMarker[];
  /** First and last date on the axis (studies and markers), or null when there is nothing to show. */
  readonly range: { readonly start: IsoDate; readonly end: IsoDate } | null;
}

/**
 * Studies on a time axis in one lane per body part or modality (a study with several modalities appears in
 * each of their lanes), with share and opinion markers. Lanes are ordered by their first study; the lane of
 * studies without a value comes last, labelled "Not recorded".
 */
export function buildTimeline(
  studies: readonly TimelineStudy[],
  grouping: TimelineGrouping,
  shares: readonly Share[] = [],
  specialists: readonly Specialist[] = [],
): Timeline {
  const lanes = new Map<string, TimelineStudy[]>();
  const sorted = [...studies].sort((a, b) => cmp(a.date, b.date) || cmp(a.studyUid, b.studyUid));
  for (const s of sorted) {
    for (const key of laneKeys(s, grouping)) {
      const lane = lanes.get(key);
      if (lane) lane.push(s);
      else lanes.set(key, [s]);
    }
  }
  const names = new Map(specialists.map((s) => [s.id, s.name]));
  const markers: TimelineMarker[] = [];
  for (const share of shares) {
    const specialistName = names.get(share.specialistId) ?? 'Unknown recipient';
    const base = { shareId: share.id, specialistName, studyUids: share.studyUids };
    const sent = toIsoDate(share.sentAt);
    if (sent) markers.push({ kind: 'share', date: sent, ...base });
    if (share.opinion) markers.push({ kind: 'opinion', date: share.opinion.receivedDate, ...base });
  }
  markers.sort((a, b) => cmp(a.date, b.date) || cmp(a.kind, b.kind));
  const laneList = [...lanes.entries()]
    .sort(([ka], [kb]) => (ka === '' ? 1 : 0) - (kb === '' ? 1 : 0))
    .map(([key, list]) => ({ key, label: key === '' ? 'Not recorded' : key, studies: list }));
  const dates = [...sorted.map((s) => s.date), ...markers.map((m) => m.date)].sort(cmp);
  const start = dates[0];
  const end = dates.at(-1);
  return { lanes: laneList, markers, range: start && end ? { start, end } : null };
}

function laneKeys(study: TimelineStudy, grouping: TimelineGrouping): string[] {
  const raw = grouping === 'bodyPart' ? study.bodyPart : study.modality;
  const parts = grouping === 'modality' ? raw.split(/[\\,/]/) : [raw];
  const keys = [...new Set(parts.map((p) => p.trim().replace(/\s+/g, ' ').toUpperCase()).filter(Boolean))];
  return keys.length > 0 ? keys : [''];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
