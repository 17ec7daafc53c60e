import {
  FRAME_HASH_BYTES,
  FRAME_HEAD_BYTES,
  FRAME_KIND,
  FRAME_MARKER,
  MAX_FRAME_PAYLOAD,
  type FrameKind,
} from './format';
import { sha256Bytes } from '../hash/sha256';

/**
 * A frame: marker "IVFR", kind (1 byte), payload length (u32 LE), payload, then the SHA-256 of kind,
 * length and payload. The hash makes every frame check itself; the marker lets a reader find the next
 * frame when a length was damaged.
 */
export async function encodeFrame(kind: FrameKind, payload: Uint8Array): Promise<Uint8Array> {
  if (payload.length > MAX_FRAME_PAYLOAD) {
    throw new Error(
      `A backup frame holds at most ${MAX_FRAME_PAYLOAD} bytes; this one has ${payload.length}.`,
    );
  }
  const frame = new Uint8Array(FRAME_HEAD_BYTES + payload.length + FRAME_HASH_BYTES);
  frame.set(FRAME_MARKER, 0);
  frame[4] = kind;
  new DataView(frame.buffer).setUint32(5, payload.length, true);
  frame.set(payload, FRAME_HEAD_BYTES);
  const hash = await sha256Bytes(frame.subarray(4, FRAME_HEAD_BYTES + payload.length));
  frame.set(hash, FRAME_HEAD_BYTES + payload.length);
  return frame;
}

export function frameBytes(payloadLength: number): number {
  return FRAME_HEAD_BYTES + payloadLength + FRAME_HASH_BYTES;
}

export interface FrameHead {
  readonly kind: FrameKind;
  readonly length: number;
}

/** The kind and length in a frame's first 9 bytes, or why they cannot be a frame's. */
export function readFrameHead(head: Uint8Array): FrameHead | string {
  if (head.length < FRAME_HEAD_BYTES) return 'the backup ends in the middle of a frame';
  if (!FRAME_MARKER.every((b, i) => head[i] === b)) return 'no frame starts here';
  const kind = head[4] as FrameKind;
  if (!(Object.values(FRAME_KIND) as number[]).includes(kind)) return `unknown frame kind ${kind}`;
  const length = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(5, true);
  if (length > MAX_FRAME_PAYLOAD) return `a frame length of ${length} bytes is impossible`;
  return { kind, length };
}

/** Whether a whole frame's stored hash matches its content. */
export async function frameHashMatches(frame: Uint8Array): Promise<boolean> {
  const end = frame.length - FRAME_HASH_BYTES;
  const hash = await sha256Bytes(frame.subarray(4, end));
  return hash.every((b, i) => frame[end + i] === b);
}

/** Where the next frame marker is at or after `from` in `bytes`, or -1. */
export function findMarker(bytes: Uint8Array, from: number): number {
  for (let i = Math.max(0, from); i + FRAME_MARKER.length <= bytes.length; i++) {
    if (
      bytes[i] === FRAME_MARKER[0] &&
      bytes[i + 1] === FRAME_MARKER[1] &&
      bytes[i + 2] === FRAME_MARKER[2] &&
      bytes[i + 3] === FRAME_MARKER[3]
    ) {
      return i;
    }
  }
  return -1;
}
