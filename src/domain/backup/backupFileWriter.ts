import { FILE_MAGIC, FILE_PREAMBLE_BYTES, FRAME_KIND, BACKUP_FORMAT_VERSION } from './format';
import type { BackupHeader, BackupRecord, IndexEntry } from './format';
import { encodeFrame, frameBytes } from './frame';
import { encodeRecordPayload } from './recordPayload';
import {
  headerMacMessage,
  indexMacMessage,
  recordMacMessage,
  type BackupAuthenticator,
} from './authentication';
import { recordKey } from './recordKey';
import { sha256Hex } from '../hash/sha256';

/** Where a backup file's bytes go: a FileSystemWritableFileStream, a list of Blob parts, a test buffer. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

export interface WrittenBackup {
  readonly records: number;
  readonly bytes: number;
  /** SHA-256 of the index frame's payload, also written in the end frame. */
  readonly indexSha256: string;
}

const encoder = new TextEncoder();

export function filePreamble(version = BACKUP_FORMAT_VERSION): Uint8Array {
  const out = new Uint8Array(FILE_PREAMBLE_BYTES);
  out.set(encoder.encode(FILE_MAGIC), 0);
  new DataView(out.buffer).setUint32(8, version, true);
  return out;
}

/**
 * Writes a single-file backup as a stream: preamble, header frame, one frame per record (in the order
 * given: BACKUP_TABLES order keeps a cut-off restore consistent), then the index and the end frame.
 * Each write is awaited, which is the back-pressure of a file stream; nothing is held but one record.
 */
export class BackupFileWriter {
  private offset = 0;
  private readonly index: IndexEntry[] = [];

  private constructor(
    private readonly sink: ByteSink,
    private readonly authenticator: BackupAuthenticator,
  ) {}

  /** Always writes the current format; the header, each descriptor and the index get their codes. */
  static async start(
    sink: ByteSink,
    header: BackupHeader,
    authenticator: BackupAuthenticator,
  ): Promise<BackupFileWriter> {
    const writer = new BackupFileWriter(sink, authenticator);
    const { mac: _stale, ...fields } = { ...header, version: BACKUP_FORMAT_VERSION };
    const signed = { ...fields, mac: await authenticator.mac(headerMacMessage(fields)) };
    await writer.put(filePreamble(signed.version));
    await writer.put(await encodeFrame(FRAME_KIND.header, encoder.encode(JSON.stringify(signed))));
    return writer;
  }

  private async put(bytes: Uint8Array): Promise<void> {
    await this.sink.write(bytes);
    this.offset += bytes.length;
  }

  async add(record: BackupRecord): Promise<void> {
    const mac = await this.authenticator.mac(await recordMacMessage(record.descriptor, record.sealed));
    const payload = encodeRecordPayload(record, mac);
    const entry: IndexEntry = {
      key: recordKey(record.descriptor),
      sha256: await sha256Hex(payload),
      size: frameBytes(payload.length),
      offset: this.offset,
    };
    await this.put(await encodeFrame(FRAME_KIND.record, payload));
    this.index.push(entry);
  }

  async finish(): Promise<WrittenBackup> {
    const indexPayload = encoder.encode(JSON.stringify({ records: this.index }));
    const indexSha256 = await sha256Hex(indexPayload);
    const indexOffset = this.offset;
    await this.put(await encodeFrame(FRAME_KIND.index, indexPayload));
    const indexMac = await this.authenticator.mac(indexMacMessage(indexPayload));
    const end = { records: this.index.length, indexOffset, indexSha256, indexMac };
    await this.put(await encodeFrame(FRAME_KIND.end, encoder.encode(JSON.stringify(end))));
    return { records: this.index.length, bytes: this.offset, indexSha256 };
  }
}
