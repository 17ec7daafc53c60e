/**
 * The few parts of dcmjs 0.51.1 the tag browser uses; the package ships no TypeScript types.
 * Shapes checked against node_modules/dcmjs/build/dcmjs.es.js (DicomMessage.readFile, DicomMetaDictionary).
 */
declare module 'dcmjs' {
  export interface DcmjsElement {
    readonly vr: string;
    readonly Value?: readonly unknown[];
    /** Set instead of Value when dcmjs keeps an element's bytes as they are. */
    readonly InlineBinary?: string;
  }
  export type DcmjsDataset = Readonly<Record<string, DcmjsElement>>;
  export interface DictionaryEntry {
    readonly tag: string;
    readonly vr: string;
    readonly vm: string;
    readonly name: string;
    readonly version: string;
  }
  export interface ReadOptions {
    readonly ignoreErrors?: boolean;
    readonly untilTag?: string | null;
    readonly includeUntilTagValue?: boolean;
    readonly noCopy?: boolean;
  }
  export const data: {
    readonly DicomMessage: {
      readFile(buffer: ArrayBuffer, options?: ReadOptions): { meta: DcmjsDataset; dict: DcmjsDataset };
    };
    readonly DicomMetaDictionary: {
      /** Keyed "(GGGG,EEEE)" for standard tags and '(GGGG,"CREATOR",ee)' for private ones. */
      readonly dictionary: Readonly<Record<string, DictionaryEntry | undefined>>;
    };
  };
  export const log: { setLevel(level: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'silent'): void };
}
