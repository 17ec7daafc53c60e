import type { ArchiveContents, ImportSource } from './importSource';
import { readFailure } from './importFailures';

/**
 * The files of one import, taken in order by several lanes at once. It grows when a file turns out to
 * be a ZIP: the archive's entries join the queue in its place, and the totals change with them.
 */
export class ImportQueue {
  private readonly sources: ImportSource[];
  private next = 0;
  /** ZIPs being opened: their entries are about to join the queue, so no lane may finish yet. */
  private readonly opening = new Set<Promise<void>>();
  private archivesOpened = 0;
  private bytes: number;

  constructor(
    sources: readonly ImportSource[],
    private readonly onUnreadable: (problem: { path: string; reason: string }) => void,
  ) {
    this.sources = [...sources];
    this.bytes = sources.reduce((n, s) => n + s.size, 0);
  }

  /** The next file, or undefined when none is queued now (see whenMore). */
  take(): ImportSource | undefined {
    return this.next < this.sources.length ? this.sources[this.next++] : undefined;
  }

  /** Settles when an archive being opened has added its entries; undefined when none is being opened. */
  whenMore(): Promise<void> | undefined {
    return this.opening.size === 0 ? undefined : Promise.race(this.opening);
  }

  /** Opens a ZIP met in the queue: its entries are queued, its problems and its own failure reported. */
  openArchive(source: ImportSource, open: () => Promise<ArchiveContents>): Promise<void> {
    const done = open()
      .then(({ sources: entries, problems }) => {
        this.sources.push(...entries);
        for (const problem of problems) this.onUnreadable(problem);
        this.archivesOpened++;
        this.bytes += entries.reduce((n, e) => n + e.size, 0) - source.size;
      })
      .catch((error: unknown) => {
        this.onUnreadable({ path: source.path, reason: readFailure(error) });
      })
      .finally(() => this.opening.delete(done));
    this.opening.add(done);
    return done;
  }

  /** Files to import: an opened archive counts as its entries, not as a file of its own. */
  get filesTotal(): number {
    return this.sources.length - this.archivesOpened;
  }

  get bytesTotal(): number {
    return this.bytes;
  }

  /** Every path queued so far, archives and their entries included. */
  paths(): string[] {
    return this.sources.map((s) => s.path);
  }
}
