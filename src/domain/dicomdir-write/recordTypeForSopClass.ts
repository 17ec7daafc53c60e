import type { LeafRecordType } from './recordKeys';

const STORAGE = '1.2.840.10008.5.1.4.1.1.';

/** Exact SOP Classes whose instances are not images (PS3.3 F.4, PS3.4 Annex B). */
const EXACT: Readonly<Record<string, LeafRecordType>> = {
  [`${STORAGE}481.2`]: 'RT DOSE',
  [`${STORAGE}481.3`]: 'RT STRUCTURE SET',
  [`${STORAGE}481.5`]: 'RT PLAN',
  [`${STORAGE}481.8`]: 'RT PLAN', // RT Ion Plan
  [`${STORAGE}481.4`]: 'RT TREAT RECORD', // RT Beams Treatment Record
  [`${STORAGE}481.6`]: 'RT TREAT RECORD', // RT Brachy Treatment Record
  [`${STORAGE}481.7`]: 'RT TREAT RECORD', // RT Treatment Summary Record
  [`${STORAGE}481.9`]: 'RT TREAT RECORD', // RT Ion Beams Treatment Record
  [`${STORAGE}88.59`]: 'KEY OBJECT DOC',
  [`${STORAGE}131`]: 'PRESENTATION', // Basic Structured Display
  [`${STORAGE}4.2`]: 'SPECTROSCOPY',
  [`${STORAGE}66`]: 'RAW DATA',
  [`${STORAGE}66.1`]: 'REGISTRATION',
  [`${STORAGE}66.3`]: 'REGISTRATION', // Deformable Spatial Registration
  [`${STORAGE}66.2`]: 'FIDUCIAL',
  [`${STORAGE}67`]: 'VALUE MAP',
};

/** Families that share a UID prefix: all SR, waveform, presentation state and encapsulated document classes. */
const PREFIXES: readonly (readonly [string, LeafRecordType])[] = [
  [`${STORAGE}88.`, 'SR DOCUMENT'],
  [`${STORAGE}9.`, 'WAVEFORM'],
  [`${STORAGE}11.`, 'PRESENTATION'],
  [`${STORAGE}104.`, 'ENCAP DOC'],
];

/**
 * The Directory Record Type of the leaf record for an instance of this SOP Class. Everything not listed is
 * an image storage class (CT, MR, US, SC, XA, SEG, parametric map, RT Image...) and gets an IMAGE record.
 */
export function recordTypeForSopClass(sopClassUid: string): LeafRecordType {
  const exact = EXACT[sopClassUid];
  if (exact) return exact;
  for (const [prefix, type] of PREFIXES) if (sopClassUid.startsWith(prefix)) return type;
  return 'IMAGE';
}
