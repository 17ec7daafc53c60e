import type { DisplayAttributes } from '../dataset/displayAttributes';
import type { DecodedFrame, PixelArray } from '../types';
import type { Lut } from './lut';
import { modalityValue } from './modalityLut';
import { autoWindow, voiLutValue, windowValue, type WindowLevel } from './voi';
import { ybrFullToRgb } from './ybr';
import { applyModalityLut } from './modalityLut';

export interface RenderOptions {
  /** The window to show; without one (and without a VOI LUT) the file's first window, else automatic. */
  readonly window?: WindowLevel;
  /** Use the file's VOI LUT Sequence entry at this index instead of a window. */
  readonly voiLutIndex?: number;
  /** Invert on top of what MONOCHROME1 already implies. */
  readonly invert?: boolean;
}

/** Smallest and largest stored value of a frame (NaN in float data is skipped). */
export function pixelRange(pixels: ArrayLike<number>): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return Number.isFinite(min) ? { min, max } : { min: 0, max: 0 };
}

/** The window a monochrome frame is shown with when the user has not chosen one. */
export function defaultWindow(frame: DecodedFrame, display: DisplayAttributes): WindowLevel {
  return display.windows[0] ?? autoWindow(applyModalityLut(frame.pixels, display.modalityTransform));
}

const OPAQUE = 0xff000000;

/**
 * Renders a frame to RGBA bytes for ImageData. Monochrome integer frames go through one precomputed table
 * from stored value to packed RGBA (Modality LUT, VOI, MONOCHROME1 inversion folded in), rebuilt only when
 * the window changes, so a 512×512 16-bit frame costs one table read per pixel.
 */
export function renderRgba(
  frame: DecodedFrame,
  display: DisplayAttributes,
  options: RenderOptions = {},
  out = new Uint8ClampedArray(frame.rows * frame.columns * 4),
): Uint8ClampedArray {
  const words = new Uint32Array(out.buffer, out.byteOffset, frame.rows * frame.columns);
  const photometric = frame.photometric;
  if (photometric === 'PALETTE COLOR' && display.palette) renderPalette(frame.pixels, display, words);
  else if (frame.samplesPerPixel === 3) {
    const rgb = photometric.startsWith('YBR_FULL')
      ? ybrFullToRgb(frame.pixels, frame.bitsStored)
      : frame.pixels;
    renderRgb(rgb, Math.max(0, frame.bitsStored - 8), words);
  } else renderMonochrome(frame, display, options, words);
  return out;
}

function renderRgb(rgb: PixelArray, shift: number, words: Uint32Array): void {
  for (let p = 0, i = 0; p < words.length; p++, i += 3) {
    const r = (rgb[i] as number) >> shift;
    const g = (rgb[i + 1] as number) >> shift;
    const b = (rgb[i + 2] as number) >> shift;
    words[p] = (OPAQUE | (b << 16) | (g << 8) | r) >>> 0;
  }
}

function renderPalette(pixels: PixelArray, display: DisplayAttributes, words: Uint32Array): void {
  const palette = display.palette;
  if (!palette) return;
  const table = (lut: Lut) => {
    const shift = lut.bitsPerEntry > 8 ? 8 : 0;
    return (v: number) => {
      const i = Math.round(v) - lut.firstMapped;
      return (lut.data[i < 0 ? 0 : i >= lut.data.length ? lut.data.length - 1 : i] as number) >> shift;
    };
  };
  const [red, green, blue] = [table(palette.red), table(palette.green), table(palette.blue)];
  for (let p = 0; p < words.length; p++) {
    const v = pixels[p] as number;
    words[p] = (OPAQUE | (blue(v) << 16) | (green(v) << 8) | red(v)) >>> 0;
  }
}

/** The grey level (0–255) of a stored value: Modality LUT, then VOI, then inversion. */
function greyOf(display: DisplayAttributes, options: RenderOptions, window: WindowLevel, invert: boolean) {
  const voiLut = options.voiLutIndex !== undefined ? display.voiLuts[options.voiLutIndex] : undefined;
  const lutMax = voiLut ? 2 ** voiLut.bitsPerEntry - 1 : 1;
  return (stored: number): number => {
    const m = modalityValue(stored, display.modalityTransform);
    const g = voiLut
      ? (voiLutValue(m, voiLut) / lutMax) * 255
      : windowValue(m, window, display.voiFunction, 0, 255);
    const level = Math.round(g);
    return invert ? 255 - level : level;
  };
}

interface CachedTable {
  readonly key: string;
  readonly table: Uint32Array;
}
const tables = new WeakMap<DisplayAttributes, CachedTable>();

function renderMonochrome(
  frame: DecodedFrame,
  display: DisplayAttributes,
  options: RenderOptions,
  words: Uint32Array,
): void {
  const window = options.window ?? defaultWindow(frame, display);
  const invert = (frame.photometric === 'MONOCHROME1') !== (options.invert ?? false);
  const grey = greyOf(display, options, window, invert);
  const pixels = frame.pixels;
  const integral = !(pixels instanceof Float32Array || pixels instanceof Float64Array);
  const { min, max } = pixelRange(pixels);
  if (!integral || max - min > 1 << 20) {
    for (let p = 0; p < words.length; p++) {
      const g = grey(pixels[p] as number);
      words[p] = (OPAQUE | (g << 16) | (g << 8) | g) >>> 0;
    }
    return;
  }
  const key = `${min}:${max}:${window.center}:${window.width}:${options.voiLutIndex}:${invert}`;
  let cached = tables.get(display);
  if (cached?.key !== key) {
    const table = new Uint32Array(max - min + 1);
    for (let v = min; v <= max; v++) {
      const g = grey(v);
      table[v - min] = (OPAQUE | (g << 16) | (g << 8) | g) >>> 0;
    }
    cached = { key, table };
    tables.set(display, cached);
  }
  const table = cached.table;
  for (let p = 0; p < words.length; p++) words[p] = table[(pixels[p] as number) - min] as number;
}
