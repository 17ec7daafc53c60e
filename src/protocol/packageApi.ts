import type { DeidOptions } from '../domain/deid';
import type { ReadmeRecipient, ReadmeStudy } from '../domain/package/readmeText';
import type { WrittenDocument } from '../domain/package/writtenDocument';

/** One stored DICOM original to put in the package, in the order the package lists them. */
export interface ExportInstanceRef {
  /** The page's handle for this original: the worker asks for its bytes by this key. */
  readonly key: number;
  readonly size: number;
  /** Original Patient ID (or another stable patient key): groups files under one Pnnnnnnn folder. */
  readonly patientKey: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  /** How a person recognises it in a message, e.g. "CT HEAD, series 2, image 14". */
  readonly label: string;
}

export interface ExportAttachment {
  readonly name: string;
  /** For the README, e.g. "Radiology report". */
  readonly description: string;
  readonly file: Blob;
}

/**
 * Where the package goes. The worker writes a picked file or folder itself (File System Access handles
 * are structured-cloneable and usable in a worker); 'zip-to-page' sends the ZIP's chunks back to the
 * page, for browsers without a save picker.
 */
export type PackageOutput =
  | { readonly kind: 'zip-file'; readonly handle: FileSystemFileHandle }
  | { readonly kind: 'folder'; readonly handle: FileSystemDirectoryHandle }
  | { readonly kind: 'zip-to-page' };

export interface PackageRequest {
  readonly packageId: string;
  /** Top-level folder name (ASCII, from safePackageName). */
  readonly packageName: string;
  /** ISO 8601 time the export started. */
  readonly createdAt: string;
  readonly instances: readonly ExportInstanceRef[];
  readonly attachments: readonly ExportAttachment[];
  readonly writtenDocuments: readonly { readonly name: string; readonly document: WrittenDocument }[];
  readonly sender?: string;
  readonly recipient?: ReadmeRecipient;
  readonly purpose?: string;
  readonly studies: readonly ReadmeStudy[];
  /** null: the originals go out byte for byte (the default). */
  readonly deid: DeidOptions | null;
  readonly output: PackageOutput;
  /**
   * The worker's line back to the page: the page serves PackagePageApi on the other end (originals are
   * read and decrypted by the page, which holds the vault; ZIP chunks for 'zip-to-page' go this way).
   */
  readonly port: MessagePort;
}

export interface PackageProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  /** The file being written, inside the package. */
  readonly path: string;
}

export interface LeftOut {
  readonly what: string;
  readonly reason: string;
}

export type PackageOutcome =
  | {
      readonly ok: true;
      /** SHA-256 (hex) of the ZIP file; for a folder, of its tagmanifest-sha256.txt (which pins every file). */
      readonly fingerprint: string;
      readonly fingerprintOf: 'zip' | 'tagmanifest';
      readonly packageBytes: number;
      readonly payloadFiles: number;
      readonly dicomFiles: number;
      /** Files that could not be included, each with its reason; the package is valid without them. */
      readonly leftOut: readonly LeftOut[];
      readonly warnings: readonly string[];
    }
  | {
      readonly ok: false;
      readonly cancelled: boolean;
      readonly reason: string;
      /** Whether the partial output was removed (or there was none). */
      readonly cleanedUp: boolean;
      readonly cleanupProblem?: string;
    };

/** The package worker: builds the whole bag (hashing, DICOMDIR, de-identification, ZIP) off the page. */
export type PackageApi = {
  exportPackage: { params: PackageRequest; result: PackageOutcome; progress: PackageProgress };
  /** Stops a running export; its exportPackage call then answers once the partial output is removed. */
  cancel: { params: { readonly packageId: string }; result: boolean };
};

/** What the page does for the worker, on the port of PackageRequest. */
export type PackagePageApi = {
  /** The original's bytes, exactly as stored (transferred, not copied). */
  readOriginal: { params: { readonly key: number }; result: Uint8Array };
  /** One chunk of the ZIP, for 'zip-to-page'. Answered once stored: that is the back-pressure. */
  writeChunk: { params: { readonly chunk: Uint8Array }; result: true };
};
