import { textBytes } from '../dicom/write/encodeElement';

/** Neutral dummy text per VR for the D action: non-empty and valid for the VR (PS3.5 6.2). */
const DUMMY_TEXT: Readonly<Record<string, string>> = {
  AE: 'ANONYMOUS',
  AS: '000Y',
  CS: 'ANONYMIZED',
  DA: '19000101',
  DS: '0',
  DT: '19000101000000',
  IS: '0',
  LO: 'ANONYMIZED',
  LT: 'ANONYMIZED',
  PN: 'ANONYMIZED',
  SH: 'ANONYMIZED',
  ST: 'ANONYMIZED',
  TM: '000000',
  UC: 'ANONYMIZED',
  UR: 'about:blank',
  UT: 'ANONYMIZED',
};

/** Byte size of one zero value for binary VRs. */
const BINARY_SIZE: Readonly<Record<string, number>> = {
  AT: 4,
  FD: 8,
  FL: 4,
  OB: 2,
  OD: 8,
  OF: 4,
  OL: 4,
  OV: 8,
  OW: 2,
  SL: 4,
  SS: 2,
  SV: 8,
  UL: 4,
  UN: 2,
  US: 2,
  UV: 8,
};

/** The dummy value for a VR other than UI (remapped) and SQ (de-identified item by item). Zeros need no
 * byte order. */
export function dummyValue(vr: string): Uint8Array {
  const text = DUMMY_TEXT[vr];
  if (text !== undefined) return textBytes(text, vr);
  return new Uint8Array(BINARY_SIZE[vr] ?? 2);
}
