/** What a check found about a series (or an import), with the sentence shown to the user. */
export type FlagCode =
  | 'lossy'
  | 'possibly-lossy'
  | 'burned-in-annotation'
  | 'instance-number-gaps'
  | 'uneven-spacing'
  | 'fewer-than-dicomdir'
  | 'multiple-patients';

export interface Flag {
  readonly code: FlagCode;
  readonly text: string;
}
