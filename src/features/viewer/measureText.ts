import { measureDistance, type ImagePoint } from '../../domain/viewing';
import { vt } from './messages';
import type { SliceRef } from './sliceLoader';

/** The label of a distance line, and a note saying what its millimetres mean (or why there are none). */
export function measureText(a: ImagePoint, b: ImagePoint, slice: SliceRef | undefined) {
  const d = measureDistance(a, b, slice?.instance ?? {});
  const pixels = vt('viewer.measure.pixels', { pixels: d.pixels.toFixed(1) });
  if (d.basis === 'patient') return { label: vt('viewer.measure.mm', { mm: d.mm.toFixed(1) }), note: '', d };
  if (d.basis === 'detector') {
    return {
      label: vt('viewer.measure.detector', { mm: d.mm.toFixed(1) }),
      note: vt('viewer.measure.detectorNote'),
      d,
    };
  }
  return { label: pixels, note: vt('viewer.measure.noSpacing', { reason: d.reason }), d };
}
