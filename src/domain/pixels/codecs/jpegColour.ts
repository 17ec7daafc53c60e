/**
 * A JPEG with three components and neither a JFIF (APP0) nor an Adobe (APP14) marker is taken as YCbCr by
 * libjpeg, which then converts it to RGB. When the DICOM header says RGB, the components were never
 * transformed (PS3.5 §8.2.1), so this inserts an Adobe marker with transform 0 after SOI: libjpeg then keeps
 * the samples as they are. Returns the input unchanged when a marker already decides the colour space.
 */
export function markAsUntransformedRgb(bytes: Uint8Array): Uint8Array {
  let i = 2;
  while (i + 4 <= bytes.length && bytes[i] === 0xff) {
    const marker = bytes[i + 1] as number;
    if (marker === 0xe0 || marker === 0xee) return bytes;
    if (marker === 0xda || (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xcc)) break;
    i += 2 + (((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number));
  }
  // APP14, length 14, "Adobe", version 100, flags0 0, flags1 0, transform 0 (no colour transform).
  const adobe = [0xff, 0xee, 0x00, 0x0e, 0x41, 0x64, 0x6f, 0x62, 0x65, 0x00, 0x64, 0, 0, 0, 0, 0];
  const out = new Uint8Array(bytes.length + adobe.length);
  out.set(bytes.subarray(0, 2), 0);
  out.set(adobe, 2);
  out.set(bytes.subarray(2), 2 + adobe.length);
  return out;
}
