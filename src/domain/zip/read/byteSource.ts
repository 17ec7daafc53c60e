/**
 * Pull-driven buffer over a chunked byte source: the archive is read only as far as the consumer needs,
 * and only the few unread bytes of the current chunk are kept.
 */
export class ByteSource {
  private chunks: Uint8Array[] = [];
  private length = 0;
  private ended = false;
  /** Bytes consumed so far: the archive offset of the next unread byte. */
  position = 0;

  constructor(private readonly source: AsyncIterator<Uint8Array>) {}

  get buffered(): number {
    return this.length;
  }

  /** Ensure at least n bytes are buffered; false when the source ends first. */
  async fill(n: number): Promise<boolean> {
    while (this.length < n && !this.ended) {
      const { value, done } = await this.source.next();
      if (done) this.ended = true;
      else if (value.length > 0) {
        this.chunks.push(value);
        this.length += value.length;
      }
    }
    return this.length >= n;
  }

  /** The first n buffered bytes (n <= buffered), copied only when they span chunks. */
  peek(n: number): Uint8Array {
    const first = this.chunks[0];
    if (first && first.length >= n) return first.subarray(0, n);
    const out = new Uint8Array(n);
    let at = 0;
    for (const c of this.chunks) {
      if (at >= n) break;
      const part = c.subarray(0, n - at);
      out.set(part, at);
      at += part.length;
    }
    this.chunks = [out, ...this.chunksAfter(n)];
    return out;
  }

  private chunksAfter(n: number): Uint8Array[] {
    const rest: Uint8Array[] = [];
    let skipped = 0;
    for (const c of this.chunks) {
      if (skipped + c.length <= n) skipped += c.length;
      else {
        rest.push(c.subarray(Math.max(0, n - skipped)));
        skipped += c.length;
      }
    }
    return rest;
  }

  /** Remove and return up to n bytes from the first chunk (no copy). */
  takeUpTo(n: number): Uint8Array {
    const first = this.chunks[0] ?? new Uint8Array(0);
    const part = first.subarray(0, Math.min(n, first.length));
    if (part.length === first.length) this.chunks.shift();
    else this.chunks[0] = first.subarray(part.length);
    this.length -= part.length;
    this.position += part.length;
    return part;
  }

  /** Remove exactly n buffered bytes. */
  take(n: number): Uint8Array {
    const out = this.peek(n);
    this.chunks = this.chunksAfter(n);
    this.length -= n;
    this.position += n;
    return out;
  }

  /** Join everything buffered into one chunk (the caller bounds how much that is). */
  peekAll(): Uint8Array {
    return this.length === 0 ? new Uint8Array(0) : this.peek(this.length);
  }
}
