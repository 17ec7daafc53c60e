/** A lookup table as DICOM describes it (LUT Descriptor: entries, first stored value mapped, bits/entry). */
export interface Lut {
  readonly firstMapped: number;
  readonly bitsPerEntry: number;
  readonly data: Uint16Array | Uint8Array;
  readonly explanation?: string;
}

/** The LUT entry for input `x`: inputs below the first mapped value take the first entry, above the last the last. */
export function lutValue(x: number, lut: Lut): number {
  const last = lut.data.length - 1;
  const i = Math.round(x) - lut.firstMapped;
  return lut.data[i < 0 ? 0 : i > last ? last : i] as number;
}
