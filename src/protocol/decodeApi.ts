import type { DecodeRequest, DecodedFrameMessage, Result } from '../domain/pixels';

/**
 * The decode worker: one frame of a DICOM file to stored values plus display attributes. Failures that
 * concern the file (unsupported compression, truncation...) come back as an error value in the result, so
 * a viewer can show the reason; the frame's pixel buffer is transferred, not copied.
 */
export type DecodeApi = {
  decodeFrame: {
    params: DecodeRequest;
    result: Result<DecodedFrameMessage>;
  };
  /** Drops a cached file (e.g. when the viewer closes it). */
  forget: {
    params: { readonly key: string };
    result: null;
  };
};
