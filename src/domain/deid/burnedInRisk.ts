export interface BurnedInInput {
  /** Burned In Annotation (0028,0301): "YES", "NO" or absent. */
  readonly burnedInAnnotation?: string;
  readonly modality?: string;
  readonly sopClassUid?: string;
  readonly imageType?: readonly string[];
}

export interface BurnedInRisk {
  readonly risk: boolean;
  readonly reason: string;
}

const STORAGE = '1.2.840.10008.5.1.4.1.1.';

/** Secondary Capture classes: screenshots, scanned film and paper, dose screens. */
const SECONDARY_CAPTURE = `${STORAGE}7`;
const ULTRASOUND = [`${STORAGE}6.1`, `${STORAGE}3.1`, `${STORAGE}6.2`];
const ENCAPSULATED = `${STORAGE}104.`;

/**
 * Modalities whose images commonly carry text written into the pixels (patient name, dates, institution):
 * ultrasound, photographs and video (XC, ES, GM, OP, SM), projection radiography and fluoroscopy (CR, DX,
 * MG, XA, RF, IO, PX) and "other" captures. Cross-sectional modalities (CT, MR, PT, NM) rarely do.
 */
const TEXT_PRONE_MODALITIES = new Set([
  'US',
  'IVUS',
  'OT',
  'XC',
  'ES',
  'GM',
  'OP',
  'SM',
  'XA',
  'RF',
  'CR',
  'DX',
  'MG',
  'IO',
  'PX',
  'DOC',
]);

/**
 * Whether the pixels of an instance may show identity that header de-identification cannot remove
 * (PS3.15 E.3.1 Clean Pixel Data is not done by this app), with the reason a person reads.
 */
export function burnedInRisk(instance: BurnedInInput): BurnedInRisk {
  const declared = instance.burnedInAnnotation?.trim().toUpperCase();
  const modality = instance.modality?.trim().toUpperCase() ?? '';
  const sopClass = instance.sopClassUid?.trim() ?? '';
  if (declared === 'YES')
    return { risk: true, reason: 'Burned In Annotation is YES: the image says it has text in its pixels.' };
  if (sopClass.startsWith(ENCAPSULATED)) {
    return {
      risk: true,
      reason: 'An encapsulated document (PDF, CDA...) may name the patient inside the document.',
    };
  }
  if (declared === 'NO') return { risk: false, reason: 'Burned In Annotation is NO.' };
  if (sopClass === SECONDARY_CAPTURE || sopClass.startsWith(`${SECONDARY_CAPTURE}.`)) {
    return {
      risk: true,
      reason:
        'A secondary capture (screenshot or scanned document) often shows names and dates in its pixels.',
    };
  }
  if (ULTRASOUND.includes(sopClass) || modality === 'US') {
    return {
      risk: true,
      reason:
        'Ultrasound images usually carry the patient name and date in the pixels, and Burned In Annotation is not given.',
    };
  }
  if (TEXT_PRONE_MODALITIES.has(modality)) {
    return {
      risk: true,
      reason: `${modality} images often carry text in the pixels, and Burned In Annotation is not given.`,
    };
  }
  if (
    instance.imageType?.some(
      (v) => v.trim().toUpperCase() === 'SCREEN SAVE' || v.trim().toUpperCase() === 'SECONDARY',
    )
  ) {
    return { risk: true, reason: 'A derived or screen-save image may include text drawn into its pixels.' };
  }
  return {
    risk: false,
    reason: `${modality || 'This'} image declares no burned-in text and its modality rarely carries any.`,
  };
}
