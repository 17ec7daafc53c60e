import type { BitLayout } from '../frames/storedValues';
import type { CodecOutput } from './embindDecode';

/**
 * The stored-value layout to read a decoded frame with. A JPEG 2000 codestream states its samples'
 * signedness and precision (SIZ); some vendors write unsigned Pixel Representation over a signed
 * codestream, and reading the samples as the header says turns a CT into noise (pydicom follows the
 * codestream too, as its J2K corrections do). When the two disagree on signedness the codestream wins, with
 * its precision, and the note says so for the image's information.
 */
export function codestreamLayout(
  file: BitLayout,
  codestream: CodecOutput['codestream'],
): { layout: BitLayout; note?: string } {
  if (!codestream || codestream.signed === (file.pixelRepresentation === 1)) return { layout: file };
  const bitsStored =
    codestream.precision > 0 && codestream.precision <= file.bitsAllocated
      ? codestream.precision
      : file.bitsStored;
  const says = (signed: boolean) => (signed ? 'signed' : 'unsigned');
  return {
    layout: { ...file, pixelRepresentation: codestream.signed ? 1 : 0, bitsStored, highBit: bitsStored - 1 },
    note: `The JPEG 2000 codestream says its samples are ${says(codestream.signed)} ${codestream.precision}-bit, but Pixel Representation (0028,0103) says ${says(file.pixelRepresentation === 1)} and Bits Stored (0028,0101) ${file.bitsStored}: the image is drawn as the codestream says.`,
  };
}
