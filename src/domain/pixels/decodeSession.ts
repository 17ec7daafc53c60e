import { readDisplayAttributes, type DisplayAttributes } from './dataset/displayAttributes';
import { decodeFrame, openPixelSource, type PixelSource } from './decodeFrame';
import { pixelRange } from './pipeline/renderRgba';
import { fail, ok, type DecodedFrame, type Result } from './types';

export interface DecodeRequest {
  /** The whole file. May be left out when `key` names a file this session already holds. */
  readonly bytes?: ArrayBuffer;
  /** A stable name for the file (its SHA-256, say), so later frames need not send the bytes again. */
  readonly key?: string;
  /** 0-based frame index. */
  readonly frame: number;
}

/** A decoded frame with what a viewer needs to show it, as it crosses from the decode worker. */
export interface DecodedFrameMessage extends DecodedFrame {
  readonly frame: number;
  readonly numberOfFrames: number;
  readonly transferSyntaxUid: string;
  readonly min: number;
  readonly max: number;
  readonly display: DisplayAttributes;
}

/**
 * Keeps the last few parsed files so scrolling a multi-frame image decodes each frame without parsing
 * the file again. A session belongs to one worker.
 */
export function createDecodeSession(capacity = 2) {
  const sources = new Map<string, PixelSource>();

  const remember = (key: string, source: PixelSource) => {
    sources.delete(key);
    sources.set(key, source);
    while (sources.size > capacity) sources.delete(sources.keys().next().value as string);
  };

  return {
    async decode(request: DecodeRequest): Promise<Result<DecodedFrameMessage>> {
      let source = request.key !== undefined ? sources.get(request.key) : undefined;
      if (!source) {
        if (!request.bytes) {
          return fail(
            'not-dicom',
            `The file "${request.key ?? ''}" is no longer held by the decoder: send its bytes again.`,
          );
        }
        const opened = openPixelSource(new Uint8Array(request.bytes));
        if (!opened.ok) return opened;
        source = opened.value;
        if (request.key !== undefined) remember(request.key, source);
      }
      const decoded = await decodeFrame(source, request.frame);
      if (!decoded.ok) return decoded;
      const { min, max } = pixelRange(decoded.value.pixels);
      return ok({
        ...decoded.value,
        frame: request.frame,
        numberOfFrames: source.info.numberOfFrames,
        transferSyntaxUid: source.transferSyntax.uid,
        min,
        max,
        display: readDisplayAttributes(source.file.dataSet, request.frame),
      });
    },
    forget(key: string): void {
      sources.delete(key);
    },
  };
}
