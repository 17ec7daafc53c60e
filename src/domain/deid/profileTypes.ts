/** Actions of PS3.15 Table E.1-1, as written in the table (compound ones included). */
export type BasicAction = 'X' | 'Z' | 'D' | 'U' | 'K' | 'C' | 'X/Z' | 'X/D' | 'X/Z/D' | 'Z/D' | 'X/Z/U*';

/** What an option column of Table E.1-1 says: keep, or clean. */
export type OptionAction = 'K' | 'C';

/** The options of the Basic Application Level Confidentiality Profile this app offers (PS3.15 E.3). */
export interface DeidOptions {
  /** Retain Longitudinal Temporal Information With Full Dates Option (E.3.6). */
  readonly retainLongitudinalFullDates?: boolean;
  /** Retain Patient Characteristics Option (E.3.7). */
  readonly retainPatientCharacteristics?: boolean;
  /** Retain Device Identity Option (E.3.8). */
  readonly retainDeviceIdentity?: boolean;
  /** Retain Institution Identity Option (E.3.9). */
  readonly retainInstitutionIdentity?: boolean;
  /** Retain UIDs Option (E.3.10). */
  readonly retainUids?: boolean;
  /** Clean Descriptors Option (E.3.5). */
  readonly cleanDescriptors?: boolean;
}

export type OptionName = keyof DeidOptions;

export interface ProfileRule {
  readonly tag: number;
  readonly keyword: string;
  readonly vr: string;
  readonly name: string;
  readonly basic: BasicAction;
  readonly options?: Readonly<Partial<Record<OptionName, OptionAction>>>;
}

export interface ProfilePattern {
  readonly mask: number;
  readonly value: number;
  readonly name: string;
  readonly vr: string;
  readonly basic: BasicAction;
  readonly options?: Readonly<Partial<Record<OptionName, OptionAction>>>;
}
