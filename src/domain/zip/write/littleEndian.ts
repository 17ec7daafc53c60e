/** Fixed-size little-endian record builder for ZIP headers (all ZIP integers are little-endian). */
export class LittleEndianRecord {
  readonly bytes: Uint8Array<ArrayBuffer>;
  private readonly view: DataView;
  private at = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
    this.view = new DataView(this.bytes.buffer);
  }

  u16(value: number): this {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
    return this;
  }

  u32(value: number): this {
    this.view.setUint32(this.at, value >>> 0, true);
    this.at += 4;
    return this;
  }

  /** JS numbers are exact up to 2^53 bytes (8 PiB), far beyond any package. */
  u64(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`ZIP field value out of range: ${value}`);
    this.view.setUint32(this.at, value % 0x1_0000_0000, true);
    this.view.setUint32(this.at + 4, Math.floor(value / 0x1_0000_0000), true);
    this.at += 8;
    return this;
  }

  raw(data: Uint8Array): this {
    this.bytes.set(data, this.at);
    this.at += data.length;
    return this;
  }

  /** The filled record; throws if the declared size and what was written disagree (a programming error). */
  done(): Uint8Array<ArrayBuffer> {
    if (this.at !== this.bytes.length) {
      throw new Error(`ZIP record size mismatch: wrote ${this.at} of ${this.bytes.length} bytes`);
    }
    return this.bytes;
  }
}
