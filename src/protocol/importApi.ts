import type { SealedOriginal } from '../crypto/sealOriginal';
import type { VaultKeys } from '../crypto/keyring';
import type { DicomdirResult, DicomInstance, JunkCategory } from '../domain/dicom';
import type { ZipDirectoryEntry } from '../domain/zip/read';

/** What an import worker found in one file, and for DICOM files the original already sealed. */
export type ProcessedFile =
  | {
      readonly kind: 'dicom';
      readonly path: string;
      readonly size: number;
      readonly sha256: string;
      readonly instance: DicomInstance;
      readonly sealed: SealedOriginal;
    }
  | {
      readonly kind: 'dicomdir';
      readonly path: string;
      readonly size: number;
      readonly result: DicomdirResult;
    }
  | {
      readonly kind: 'junk';
      readonly path: string;
      readonly size: number;
      readonly category: JunkCategory;
      readonly format: string;
    }
  | {
      /**
       * Recognised as DICOM but truncated, unparseable, or contradicting its declared transfer syntax:
       * kept byte for byte (sealed like any original), never shown as an image.
       */
      readonly kind: 'damaged';
      readonly path: string;
      readonly size: number;
      readonly sha256: string;
      readonly reason: string;
      readonly sealed: SealedOriginal;
    }
  | { readonly kind: 'unreadable'; readonly path: string; readonly size: number; readonly reason: string };

/**
 * The import worker: classifies a file, parses its header, hashes it and seals it, so the page only
 * batches the sealed rows into transactions. Several run at once (one per core).
 */
export type ImportApi = {
  /** The vault's key handles (non-extractable), so the worker can seal; dropped again by forgetKeys. */
  installKeys: { params: { readonly keys: VaultKeys }; result: true };
  forgetKeys: { params: Record<string, never>; result: true };
  /**
   * `file` is the file itself, or, with `zipEntry`, the ZIP holding it: the worker expands the entry, so
   * no entry is ever inflated on the page.
   */
  processFile: {
    params: { readonly path: string; readonly file: Blob; readonly zipEntry?: ZipDirectoryEntry };
    result: ProcessedFile;
  };
};
