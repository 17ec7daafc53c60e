import type { Specialist } from '../domain/records';
import type { DocumentKind } from './documentKind';
import { fieldsOf } from './readFields';

export type { Specialist } from '../domain/records';

/** The stored value of a specialist: the record id is the specialist's id. */
export type SpecialistValue = Omit<Specialist, 'id'>;

const text = (x: unknown) => (typeof x === 'string' ? x : '');

/**
 * Someone the patient sends images to. Packages writes a new one from its recipient step without the
 * fields it does not ask for, so every missing field reads as empty.
 */
export const specialistKind: DocumentKind<SpecialistValue> = {
  name: 'specialist',
  version: 1,
  migrations: {},
  read: (value) => {
    const v = fieldsOf(value, 'specialist');
    return {
      name: text(v['name']),
      specialty: text(v['specialty']),
      institution: text(v['institution']),
      country: text(v['country']),
      contact: text(v['contact']),
      notes: text(v['notes']),
    };
  },
};
