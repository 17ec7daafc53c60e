import type { ZipDirectoryEntry } from '../../domain/zip/read';

/** One file to import: from a folder, a drop, or a ZIP entry. */
export interface ImportSource {
  readonly path: string;
  readonly size: number;
  blob(): Promise<Blob>;
  /** Set for an entry of a ZIP: blob() is then the ZIP, and the import worker expands this entry. */
  readonly zipEntry?: ZipDirectoryEntry;
  /**
   * When the file itself turns out to be a ZIP (a portal download named without ".zip"), its entries
   * to import instead. Absent for entries of a ZIP: archives inside archives are not opened.
   */
  openArchive?(): Promise<ArchiveContents>;
}

export interface ArchiveContents {
  readonly sources: readonly ImportSource[];
  readonly problems: readonly { readonly path: string; readonly reason: string }[];
}
