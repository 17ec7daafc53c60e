import type { DecodedFrameMessage } from '../../domain/pixels';
import type { DecodeApi } from '../../protocol/decodeApi';
import type { WorkerClient } from '../../protocol/workerClient';
import { errorMessage } from '../../domain/text/errorMessage';
import { slicesToEvict, type SliceBudget } from '../../domain/viewing';
import type { ViewerData, ViewerInstance } from './viewerData';

/** One image of a stack: a frame of an instance. */
export interface SliceRef {
  readonly instance: ViewerInstance;
  readonly frame: number;
}

export type SliceResult =
  | { readonly ok: true; readonly frame: DecodedFrameMessage }
  | { readonly ok: false; readonly message: string };

export interface SliceLoader {
  /** The decoded slice if it is ready. */
  peek(index: number): SliceResult | undefined;
  /** Decodes `index` first, then its neighbours outward, so scrolling finds them ready. */
  focus(index: number): void;
  dispose(): void;
}

const PREFETCH = 12;
const IN_FLIGHT = 2;
const NOT_HELD = /no longer held/;

/**
 * Feeds one viewport: reads each original from the vault, has the decode worker decode it, and keeps
 * decoded frames nearest the current slice. Multi-frame files are sent once and then named by key, so
 * the worker keeps them parsed; single-frame files are transferred, not copied.
 */
export function makeSliceLoader(
  data: ViewerData,
  decoder: WorkerClient<DecodeApi>,
  slices: readonly SliceRef[],
  onReady: (index: number) => void,
  /** Decoded frames kept in memory (stored values, before the LUT): deviceSliceBudget() for this device. */
  budget: SliceBudget,
): SliceLoader {
  const done = new Map<number, SliceResult>();
  const running = new Set<number>();
  const multiFrameBytes = new Map<string, Promise<Uint8Array>>();
  const sentToWorker = new Set<string>();
  let queue: number[] = [];
  let current = 0;
  let disposed = false;
  const sizes = new Map<number, number>();

  const sizeOf = (r: SliceResult) => (r.ok ? r.frame.pixels.byteLength : 0);

  const evict = () => {
    for (const index of slicesToEvict(sizes, current, budget, PREFETCH)) {
      sizes.delete(index);
      done.delete(index);
    }
  };

  const bytesOf = (instance: ViewerInstance): Promise<Uint8Array> => {
    if (instance.numberOfFrames <= 1) return data.readOriginal(instance.address);
    let pending = multiFrameBytes.get(instance.address);
    if (!pending) {
      pending = data.readOriginal(instance.address);
      multiFrameBytes.set(instance.address, pending);
      pending.catch(() => multiFrameBytes.delete(instance.address));
    }
    return pending;
  };

  const decode = async ({ instance, frame }: SliceRef): Promise<SliceResult> => {
    const multi = instance.numberOfFrames > 1;
    const key = instance.address;
    if (multi && sentToWorker.has(key)) {
      const result = await decoder.call('decodeFrame', { key, frame });
      if (result.ok || !NOT_HELD.test(result.error.message)) return asSlice(result);
    }
    const bytes = await bytesOf(instance);
    // Multi-frame bytes stay here for the next frames, so they are copied; a single frame is moved.
    const buffer = multi ? bytes.slice().buffer : (bytes.buffer as ArrayBuffer);
    const result = await decoder.call(
      'decodeFrame',
      { bytes: buffer, frame, ...(multi ? { key } : {}) },
      { transfer: [buffer] },
    );
    if (multi && result.ok) sentToWorker.add(key);
    return asSlice(result);
  };

  const pump = () => {
    while (!disposed && running.size < IN_FLIGHT && queue.length > 0) {
      const index = queue.shift() as number;
      const slice = slices[index];
      if (!slice || done.has(index) || running.has(index)) continue;
      running.add(index);
      decode(slice)
        .catch((error: unknown): SliceResult => ({ ok: false, message: readFailure(error) }))
        .then((result) => {
          running.delete(index);
          if (disposed) return;
          done.set(index, result);
          sizes.set(index, sizeOf(result));
          evict();
          onReady(index);
          pump();
        });
    }
  };

  return {
    peek: (index) => done.get(index),
    focus(index) {
      current = index;
      const order = [index];
      for (let d = 1; d <= PREFETCH; d++) order.push(index + d, index - d);
      queue = order.filter((i) => i >= 0 && i < slices.length && !done.has(i) && !running.has(i));
      pump();
    },
    dispose() {
      disposed = true;
      queue = [];
      done.clear();
      sizes.clear();
      multiFrameBytes.clear();
      for (const key of sentToWorker) void decoder.call('forget', { key }).catch(() => undefined);
    },
  };
}

function asSlice(
  result: { ok: true; value: DecodedFrameMessage } | { ok: false; error: { message: string } },
): SliceResult {
  return result.ok ? { ok: true, frame: result.value } : { ok: false, message: result.error.message };
}

function readFailure(error: unknown): string {
  return `This image could not be read from the vault: ${errorMessage(error)}`;
}
