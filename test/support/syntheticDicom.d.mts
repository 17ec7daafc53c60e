// Types of syntheticDicom.mjs (plain JavaScript so the benchmark runs it under node as it is).

export declare const LONG_VRS: ReadonlySet<string>;
export declare const EXPLICIT_VR_LITTLE_ENDIAN: string;
export declare const EXPLICIT_VR_BIG_ENDIAN: string;

export declare function concat(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer>;
export declare function bytesOf(view: ArrayBufferView): Uint8Array;
export declare function latin1(text: string): Uint8Array<ArrayBuffer>;
export declare function padEven(bytes: Uint8Array, vr: string, pad?: number): Uint8Array;
export declare function element(
  tag: number,
  vr: string,
  value: Uint8Array,
  options?: { readonly bigEndian?: boolean; readonly undefinedLength?: boolean },
): Uint8Array<ArrayBuffer>;
export declare function implicitElement(tag: number, value: Uint8Array): Uint8Array<ArrayBuffer>;
export declare function item(itemElement: number, data: Uint8Array): Uint8Array<ArrayBuffer>;
export declare function fileMeta(meta: {
  readonly transferSyntaxUid: string;
  readonly sopClassUid?: string;
  readonly sopInstanceUid?: string;
  readonly implementationClassUid?: string;
}): Uint8Array<ArrayBuffer>;

export interface DicomElement {
  readonly tag: number;
  readonly vr: string;
  readonly value: string | Uint8Array | Uint16Array;
}

export interface SyntheticImage {
  readonly patientName: string;
  readonly patientId: string;
  readonly studyDescription: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly sopInstanceUid: string;
  readonly instanceNumber?: number;
  readonly rows?: number;
  readonly columns?: number;
  /** Pixel values; default: a gradient. */
  readonly pixels?: Uint16Array;
  readonly extra?: readonly DicomElement[];
  /** Declared in the file meta; the data set is written explicit VR little endian whatever it says. */
  readonly transferSyntaxUid?: string;
}
export declare function buildDicom(image: SyntheticImage): Uint8Array<ArrayBuffer>;

/** [tag, vr, value]: a number array is the value's bytes. */
export type ElementSpec = readonly [tag: number, vr: string, value: string | Uint8Array | number[]];
export declare function explicitLE(elements: readonly ElementSpec[]): Uint8Array<ArrayBuffer>;
export declare function part10(
  dataSet: readonly ElementSpec[],
  transferSyntaxUid?: string,
): Uint8Array<ArrayBuffer>;
export declare function minimalImage(overrides?: readonly ElementSpec[]): ElementSpec[];

/** [group, element, vr, value]: a number array is US/SS (16-bit) or 32-bit values in the file's byte order. */
export type GroupElementSpec = [
  group: number,
  element: number,
  vr: string,
  value: Uint8Array | string | number[],
];
export declare function encapsulated(fragments: Uint8Array[], offsets?: number[]): Uint8Array<ArrayBuffer>;
export declare function buildPart10(
  transferSyntaxUid: string,
  elements: GroupElementSpec[],
  pixelData?: Uint8Array,
): Uint8Array<ArrayBuffer>;
export declare function imagePixel(a: {
  samples?: number;
  photometric?: string;
  planar?: number;
  frames?: number;
  rows: number;
  columns: number;
  bitsAllocated: number;
  bitsStored?: number;
  highBit?: number;
  signed?: boolean;
}): GroupElementSpec[];
export declare function nativePixelData(bytes: Uint8Array, bigEndian?: boolean): Uint8Array<ArrayBuffer>;
