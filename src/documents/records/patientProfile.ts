import type { LetterPatient } from '../../domain/records';
import type { DocumentKind } from '../documentKind';
import { fieldsOf } from '../readFields';

/** The patient's own details, used in correction letters and for retention rules about minors. */
export type PatientProfile = LetterPatient;

export const EMPTY_PROFILE: PatientProfile = {
  name: '',
  dateOfBirth: null,
  identifier: '',
  address: '',
  contact: '',
};

/** The one profile document (id 'patient'); a field it lacks reads as empty. */
export const PROFILE_ID = 'patient';

export const patientProfileKind: DocumentKind<PatientProfile> = {
  name: 'profile',
  version: 1,
  migrations: {},
  read: (value) => ({ ...EMPTY_PROFILE, ...(fieldsOf(value, 'profile') as Partial<PatientProfile>) }),
};
