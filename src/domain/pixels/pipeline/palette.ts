import { lutValue, type Lut } from './lut';

export interface PaletteLuts {
  readonly red: Lut;
  readonly green: Lut;
  readonly blue: Lut;
}

/** Round half to even, as the segmented-LUT reference implementations (numpy.around) do. */
function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * Expands Segmented Palette Color LUT Data (PS3.3 C.7.9.2): discrete segments (opcode 0) list values,
 * linear segments (1) ramp from the previous value to an end value, indirect segments (2) replay earlier
 * segments found at a 32-bit word offset.
 */
export function expandSegmentedLut(words: ArrayLike<number>, entries: number): Uint16Array {
  const out: number[] = [];
  const run = (start: number, segmentLimit: number, depth: number): void => {
    let i = start;
    let segments = 0;
    while (i < words.length && segments < segmentLimit && out.length < entries) {
      const opcode = words[i] as number;
      const length = (words[i + 1] as number) ?? 0;
      if (opcode === 0) {
        for (let k = 0; k < length; k++) out.push((words[i + 2 + k] as number) ?? 0);
        i += 2 + length;
      } else if (opcode === 1) {
        const y0 = out.length > 0 ? (out[out.length - 1] as number) : 0;
        const y1 = (words[i + 2] as number) ?? y0;
        for (let k = 1; k <= length; k++) out.push(roundHalfEven(y0 + ((y1 - y0) * k) / length));
        i += 3;
      } else if (opcode === 2 && depth < 4) {
        const offset = ((words[i + 2] as number) ?? 0) | (((words[i + 3] as number) ?? 0) << 16);
        run(offset, length, depth + 1);
        i += 4;
      } else {
        throw new Error(`Segmented palette LUT: unknown segment opcode ${opcode} at word ${i}.`);
      }
      segments++;
    }
  };
  run(0, Infinity, 0);
  return Uint16Array.from(out.slice(0, entries));
}

/** The red, green and blue LUT entries of a PALETTE COLOR frame, interleaved (3 values per pixel). */
export function applyPalette(pixels: ArrayLike<number>, palette: PaletteLuts): Uint16Array {
  const out = new Uint16Array(pixels.length * 3);
  for (let i = 0; i < pixels.length; i++) {
    const v = pixels[i] as number;
    out[i * 3] = lutValue(v, palette.red);
    out[i * 3 + 1] = lutValue(v, palette.green);
    out[i * 3 + 2] = lutValue(v, palette.blue);
  }
  return out;
}
