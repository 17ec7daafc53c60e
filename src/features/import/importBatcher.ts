import type { SealedOriginal } from '../../crypto/sealOriginal';
import type { GroupInput } from '../../domain/dicom';
import type { DamagedEntry, ImportWrites } from '../../domain/import/summary';
import type { ProcessedFile } from '../../protocol/importApi';
import { writeImportBatch } from '../../storage/importRepository';
import type { InstanceRow } from '../../storage/schema';
import { keepDamagedOriginal } from './damagedOriginals';
import { storageFailure } from './importFailures';
import { sealInstanceRow } from '../../catalog';

/** Files per transaction: ../shared/STACK.md found 8–32 the sweet spot (each transaction costs ~7 ms). */
const BATCH_FILES = 16;
const BATCH_BYTES = 32 * 1024 * 1024;

/**
 * Gathers the sealed files of an import into batches and writes each in one transaction, one after the
 * other on a single serial path (damaged originals too). The first storage failure ends the writing:
 * it is kept as `fatal`, and what was written before it stays counted.
 */
export class ImportBatcher implements ImportWrites {
  added = 0;
  alreadyInVault = 0;
  duplicates = 0;
  readonly imported: GroupInput[] = [];
  readonly damaged: DamagedEntry[] = [];
  fatal: string | undefined;

  private originals: SealedOriginal[] = [];
  private rows: InstanceRow[] = [];
  private inputs: GroupInput[] = [];
  private bytes = 0;
  private writing: Promise<void> = Promise.resolve();
  /** Instance ids this import has met: a later copy of the same file on the disc is a duplicate. */
  private readonly seenIds = new Set<string>();

  /** Adds a DICOM file to the batch, writing the batch once it is full. */
  async add(result: Extract<ProcessedFile, { kind: 'dicom' }>): Promise<void> {
    const { instance, sha256, size, path } = result;
    // Sealed before anything joins the batch: the three lists must change together, with no await
    // between them. (Written as rows.push(await ...), the row went into whichever array was current
    // BEFORE the await; a flush by another lane meanwhile took that array, so the row was lost or
    // filed apart from its original — the flaky counts of the runImport test.)
    const row = await sealInstanceRow(result);
    this.inputs.push({ instance, sha256, size, path });
    this.originals.push(result.sealed);
    this.rows.push(row);
    this.bytes += size;
    if (this.rows.length >= BATCH_FILES || this.bytes >= BATCH_BYTES) await this.flush();
  }

  /** Writes the batch gathered so far (after every write already queued). */
  flush(): Promise<void> {
    const originals = this.originals;
    const rows = this.rows;
    const inputs = this.inputs;
    this.originals = [];
    this.rows = [];
    this.inputs = [];
    this.bytes = 0;
    if (rows.length === 0) return this.writing;
    return this.serially(async () => {
      // A row met earlier in this import is a second copy on the disc; the rest go to storage, which
      // says which of them the vault already had.
      const unseen: InstanceRow[] = [];
      let copies = 0;
      for (const row of rows) {
        if (this.seenIds.has(row.id)) copies++;
        else unseen.push(row);
        this.seenIds.add(row.id);
      }
      const { alreadyStored } = await writeImportBatch(originals, unseen);
      this.added += unseen.length - alreadyStored.size;
      this.duplicates += copies;
      this.alreadyInVault += alreadyStored.size;
      this.imported.push(...inputs);
    });
  }

  /** A damaged DICOM file: its original is written (on the same serial path as batches), then named. */
  keepDamaged(result: Extract<ProcessedFile, { kind: 'damaged' }>): Promise<void> {
    const { path, reason, size, sha256, sealed } = result;
    return this.serially(async () => {
      await writeImportBatch([sealed], []);
      await keepDamagedOriginal({ address: sealed.address, sha256, size, path, reason });
      this.damaged.push({ path, reason, address: sealed.address, sha256, size });
    });
  }

  private serially(write: () => Promise<void>): Promise<void> {
    this.writing = this.writing.then(async () => {
      if (this.fatal) return;
      try {
        await write();
      } catch (error) {
        this.fatal = storageFailure(error);
      }
    });
    return this.writing;
  }
}
