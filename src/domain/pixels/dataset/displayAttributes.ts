import type { ModalityTransform } from '../pipeline/modalityLut';
import { expandSegmentedLut, type PaletteLuts } from '../pipeline/palette';
import type { Lut } from '../pipeline/lut';
import type { VoiFunction, WindowLevel } from '../pipeline/voi';
import type { DataSet } from '../../dicom/parse/dicomParserModule';
import { readLut, readWords } from './readLut';

/** Everything besides the pixels that rendering a frame needs, read from the dataset. */
export interface DisplayAttributes {
  readonly modality: string;
  readonly photometric: string;
  readonly modalityTransform: ModalityTransform;
  /** Window Center/Width pairs in the file (all values of a multi-valued pair), first is the default. */
  readonly windows: readonly WindowLevel[];
  readonly voiLuts: readonly Lut[];
  readonly voiFunction: VoiFunction;
  readonly palette?: PaletteLuts;
}

const PER_FRAME_GROUPS = 'x52009230';
const SHARED_GROUPS = 'x52009229';

/**
 * Display attributes for one frame. Enhanced multi-frame objects keep rescale and window per frame in the
 * Per-frame or Shared Functional Groups (PS3.3 C.7.6.16): those win over top-level attributes.
 */
export function readDisplayAttributes(dataSet: DataSet, frameIndex = 0): DisplayAttributes {
  const signed = dataSet.uint16('x00280103') === 1;
  const groups = [
    dataSet.elements[PER_FRAME_GROUPS]?.items?.[frameIndex]?.dataSet,
    dataSet.elements[SHARED_GROUPS]?.items?.[0]?.dataSet,
  ].filter((d): d is DataSet => d !== undefined);
  const inGroups = (sequence: string): DataSet | undefined => {
    for (const g of groups) {
      const item = g.elements[sequence]?.items?.[0]?.dataSet;
      if (item) return item;
    }
    return undefined;
  };
  const rescaleSource = inGroups('x00289145') ?? dataSet;
  const voiSource = inGroups('x00289132') ?? dataSet;
  const voiFunction = (voiSource.string('x00281056') ?? 'LINEAR').trim().toUpperCase();
  const palette = readPalette(dataSet, signed);
  return {
    modality: dataSet.string('x00080060') ?? '',
    photometric: (dataSet.string('x00280004') ?? '').trim(),
    modalityTransform: readModalityTransform(dataSet, rescaleSource, signed),
    windows: readWindows(voiSource),
    voiLuts: (dataSet.elements['x00283010']?.items ?? [])
      .map(
        (item) =>
          item.dataSet &&
          readLut(item.dataSet, 'x00283002', 'x00283006', signed, item.dataSet.string('x00283003')),
      )
      .filter((l): l is Lut => l !== undefined),
    voiFunction: voiFunction === 'LINEAR_EXACT' || voiFunction === 'SIGMOID' ? voiFunction : 'LINEAR',
    ...(palette ? { palette } : {}),
  };
}

function readModalityTransform(dataSet: DataSet, rescale: DataSet, signed: boolean): ModalityTransform {
  const item = dataSet.elements['x00283000']?.items?.[0]?.dataSet;
  const lut = item && readLut(item, 'x00283002', 'x00283006', signed);
  if (lut) return { kind: 'lut', lut };
  const slope = rescale.floatString('x00281053');
  const intercept = rescale.floatString('x00281052');
  const type = rescale.string('x00281054');
  return {
    kind: 'rescale',
    slope: slope !== undefined && Number.isFinite(slope) && slope !== 0 ? slope : 1,
    intercept: intercept !== undefined && Number.isFinite(intercept) ? intercept : 0,
    ...(type ? { type } : {}),
  };
}

function readWindows(source: DataSet): WindowLevel[] {
  const centers = numbers(source, 'x00281050');
  const widths = numbers(source, 'x00281051');
  const explanations = (source.string('x00281055') ?? '').split('\\');
  const out: WindowLevel[] = [];
  centers.forEach((center, i) => {
    const width = widths[i] ?? widths[0];
    if (width === undefined || !(width > 0)) return;
    const explanation = explanations[i]?.trim();
    out.push({ center, width, ...(explanation ? { explanation } : {}) });
  });
  return out;
}

function numbers(source: DataSet, tag: string): number[] {
  const text = source.string(tag);
  if (!text) return [];
  return text.split('\\').map(Number).filter(Number.isFinite);
}

function readPalette(dataSet: DataSet, signed: boolean): PaletteLuts | undefined {
  const channel = (descriptor: string, data: string, segmented: string): Lut | undefined => {
    const seg = dataSet.elements[segmented];
    if (seg && dataSet.elements[descriptor]) {
      const entries = dataSet.uint16(descriptor, 0) || 65536;
      let firstMapped = dataSet.uint16(descriptor, 1) ?? 0;
      if (signed && firstMapped >= 32768) firstMapped -= 65536;
      const words = readWords(dataSet, seg.dataOffset, seg.length >> 1);
      return {
        firstMapped,
        bitsPerEntry: dataSet.uint16(descriptor, 2) ?? 16,
        data: expandSegmentedLut(words, entries),
      };
    }
    return readLut(dataSet, descriptor, data, signed);
  };
  const red = channel('x00281101', 'x00281201', 'x00281221');
  const green = channel('x00281102', 'x00281202', 'x00281222');
  const blue = channel('x00281103', 'x00281203', 'x00281223');
  return red && green && blue ? { red, green, blue } : undefined;
}
