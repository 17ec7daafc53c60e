import { Inflate } from 'fflate';
import { errorMessage } from '../text/errorMessage';

/**
 * Compressed bytes handed to the inflater at a time. DEFLATE expands at most ~1032:1, so one piece can
 * produce at most ~16.5 MiB before the limit is checked again: the overshoot past any limit stays small.
 */
export const INFLATE_PIECE = 16 * 1024;

/**
 * What any compressed input may expand to whatever its ratio (a blank 4096 × 4096 16-bit frame is
 * 32 MiB), and beyond that the ratio of the bytes expanded to the compressed bytes fed so far. Real image
 * data deflates about 2.4:1 and text about 10:1 (../shared/STACK.md); only crafted or pathological input
 * passes 128:1, while a bomb sits near DEFLATE's ceiling of 1032:1. Because the ratio is of what was fed
 * so far, not of the whole input's size, a bomb of any size is stopped after about 32 MiB.
 */
export const FREE_EXPANSION = 32 * 1024 * 1024;
export const MAX_RATIO = 128;

export interface ExpansionLimits {
  /** The size the container declares (a ZIP entry's): one byte more is refused at once. */
  readonly declaredSize?: number;
  /** A ceiling whatever the ratio (a data set inflated into memory). */
  readonly absolute?: number;
}

/** Refused as a decompression bomb (or a lying header); `subject` names the file or entry. */
export class ExpansionRefused extends Error {
  override readonly name = 'ExpansionRefused';
  constructor(
    readonly subject: string,
    readonly reason: string,
  ) {
    super(`${subject} ${reason}: refused as a decompression bomb.`);
  }
}

/** Damaged compressed data (not a bomb), naming what it belongs to. */
export class InflateDamaged extends Error {
  override readonly name = 'InflateDamaged';
  constructor(
    readonly subject: string,
    readonly detail: string,
  ) {
    super(`${subject} is damaged: its compressed data cannot be expanded (${detail}).`);
  }
}

const MIB = 1024 * 1024;

/** Why `produced` bytes from `fed` compressed bytes are too many, or undefined. */
export function expansionProblem(produced: number, fed: number, limits: ExpansionLimits): string | undefined {
  if (limits.declaredSize !== undefined && produced > limits.declaredSize)
    return `expands far beyond its declared size of ${limits.declaredSize} bytes`;
  if (limits.absolute !== undefined && produced > limits.absolute)
    return `expands past ${Math.round(limits.absolute / MIB)} MiB`;
  if (produced > FREE_EXPANSION && produced > fed * MAX_RATIO)
    return `expands more than ${MAX_RATIO} times its compressed size (${(produced / MIB).toFixed(1)} MiB from its first ${(fed / 1024).toFixed(0)} KiB)`;
  return undefined;
}

/**
 * Raw DEFLATE (RFC 1951, as in ZIP entries and Deflated Explicit VR Little Endian) over fflate's
 * streaming Inflate, fed in small pieces and stopped as soon as the output passes the limits, so a bomb
 * costs a few megabytes and milliseconds instead of gigabytes. Every failure is an ExpansionRefused or
 * InflateDamaged naming `subject`.
 */
export class BoundedInflater {
  private readonly inflate = new Inflate();
  private out: Uint8Array[] = [];
  private produced = 0;
  private fed = 0;
  private finished = false;

  constructor(
    private readonly subject: string,
    private readonly limits: ExpansionLimits,
  ) {
    this.inflate.ondata = (data, final) => {
      if (data.length > 0) this.out.push(data);
      this.produced += data.length;
      if (final) this.finished = true;
    };
  }

  /** Total expanded bytes so far. */
  get size(): number {
    return this.produced;
  }

  /**
   * Feed compressed bytes (`final` on the last call) and take what they expand to, piece by piece: a
   * large chunk of highly compressed but legitimate data is never expanded whole before it is consumed.
   */
  *push(chunk: Uint8Array, final = false): Generator<Uint8Array> {
    let at = 0;
    do {
      const piece = chunk.subarray(at, at + INFLATE_PIECE);
      at += INFLATE_PIECE;
      // Bytes after the end of the DEFLATE stream are ignored, as zlib does.
      if (!this.finished) {
        try {
          this.inflate.push(piece, final && at >= chunk.length);
        } catch (thrown) {
          this.out = [];
          throw new InflateDamaged(this.subject, errorMessage(thrown));
        }
      }
      this.fed += piece.length;
      const problem = expansionProblem(this.produced, this.fed, this.limits);
      if (problem) {
        this.out = [];
        throw new ExpansionRefused(this.subject, problem);
      }
      yield* this.out.splice(0);
    } while (at < chunk.length);
  }
}
