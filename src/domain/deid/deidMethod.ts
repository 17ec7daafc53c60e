import {
  concatBytes,
  encodeElement,
  encodeHeader,
  encodeItem,
  textBytes,
  type ElementEncoding,
} from '../dicom/write/encodeElement';
import type { OutputElement } from './rewriteDataSet';
import type { DeidOptions, OptionName } from './profileTypes';

interface Code {
  readonly value: string;
  readonly meaning: string;
}

/** PS3.16 CID 7050 De-identification Method, coding scheme DCM. */
export const BASIC_PROFILE_CODE: Code = {
  value: '113100',
  meaning: 'Basic Application Confidentiality Profile',
};
export const OPTION_CODES: Readonly<Record<OptionName, Code>> = {
  cleanDescriptors: { value: '113105', meaning: 'Clean Descriptors Option' },
  retainLongitudinalFullDates: {
    value: '113106',
    meaning: 'Retain Longitudinal Temporal Information Full Dates Option',
  },
  retainPatientCharacteristics: { value: '113108', meaning: 'Retain Patient Characteristics Option' },
  retainDeviceIdentity: { value: '113109', meaning: 'Retain Device Identity Option' },
  retainUids: { value: '113110', meaning: 'Retain UIDs Option' },
  retainInstitutionIdentity: { value: '113112', meaning: 'Retain Institution Identity Option' },
};

/** The profile's code, then one per chosen option, in code order. */
export function methodCodes(options: DeidOptions): Code[] {
  const chosen = (Object.keys(OPTION_CODES) as OptionName[]).filter((name) => options[name]);
  return [
    BASIC_PROFILE_CODE,
    ...chosen.map((name) => OPTION_CODES[name]).sort((a, b) => a.value.localeCompare(b.value)),
  ];
}

export const PATIENT_IDENTITY_REMOVED = 0x00120062;
export const DEIDENTIFICATION_METHOD = 0x00120063;
export const DEIDENTIFICATION_METHOD_CODES = 0x00120064;
export const LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED = 0x00280303;

/**
 * The attributes that record the de-identification (PS3.15 E.1.1, PS3.3 C.7.1.1 and C.12.1):
 * Patient Identity Removed YES, De-identification Method (one LO value per code meaning, since LO holds
 * 64 characters), its code sequence, and Longitudinal Temporal Information Modified (UNMODIFIED when full
 * dates are retained, else REMOVED). All ASCII, so valid in any Specific Character Set of the file.
 */
export function deidMethodElements(options: DeidOptions, encoding: ElementEncoding): OutputElement[] {
  const codes = methodCodes(options);
  const items = codes.map((code) =>
    concatBytes([
      encodeElement(0x00080100, 'SH', textBytes(code.value, 'SH'), encoding),
      encodeElement(0x00080102, 'SH', textBytes('DCM', 'SH'), encoding),
      encodeElement(0x00080104, 'LO', textBytes(code.meaning, 'LO'), encoding),
    ]),
  );
  const body = concatBytes(items.map((item) => encodeItem(item, encoding)));
  const text = (tag: number, vr: string, value: string) => ({
    tag,
    bytes: encodeElement(tag, vr, textBytes(value, vr), encoding),
  });
  return [
    text(PATIENT_IDENTITY_REMOVED, 'CS', 'YES'),
    text(DEIDENTIFICATION_METHOD, 'LO', codes.map((c) => c.meaning).join('\\')),
    {
      tag: DEIDENTIFICATION_METHOD_CODES,
      bytes: concatBytes([encodeHeader(DEIDENTIFICATION_METHOD_CODES, 'SQ', body.length, encoding), body]),
    },
    text(
      LONGITUDINAL_TEMPORAL_INFORMATION_MODIFIED,
      'CS',
      options.retainLongitudinalFullDates ? 'UNMODIFIED' : 'REMOVED',
    ),
  ];
}
