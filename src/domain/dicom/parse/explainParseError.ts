import type { DataSet } from 'dicom-parser';
import { ExpansionRefused, InflateDamaged } from '../../inflate';
import { errorMessage } from '../../text/errorMessage';

/** "x7fe00010" → "(7FE0,0010)", the way DICOM tags are written for people. */
export function formatTag(tag: string): string {
  const hex = tag.replace(/^x/, '').toUpperCase().padStart(8, '0');
  return `(${hex.slice(0, 4)},${hex.slice(4)})`;
}

/** dicom-parser throws strings, Errors, or { exception, dataSet } holding what it read before failing. */
export function partialDataSet(thrown: unknown): DataSet | undefined {
  if (typeof thrown === 'object' && thrown !== null && 'dataSet' in thrown) {
    const ds = (thrown as { dataSet?: unknown }).dataSet;
    if (typeof ds === 'object' && ds !== null && 'elements' in ds) return ds as DataSet;
  }
  return undefined;
}

export function thrownMessage(thrown: unknown): string {
  const inner =
    typeof thrown === 'object' && thrown !== null && 'exception' in thrown
      ? (thrown as { exception: unknown }).exception
      : thrown;
  const text = errorMessage(inner);
  return text.replace(/^dicomParser[.:][A-Za-z]+: /, '').replace('maxP osition', 'maxPosition');
}

/**
 * Turns a dicom-parser failure into a sentence naming where it happened: the last element read, where its
 * value starts, and whether the file simply ends too early (truncated copy, interrupted download).
 */
export function explainParseError(thrown: unknown, fileLength: number, shift: number): string {
  // Already a sentence with its reason; the EOF test below would misname damaged deflate as truncation.
  if (thrown instanceof ExpansionRefused || thrown instanceof InflateDamaged) return thrown.message;
  const message = thrownMessage(thrown);
  const ds = partialDataSet(thrown);
  let last: { tag: string; dataOffset: number; length: number } | undefined;
  for (const element of Object.values(ds?.elements ?? {})) {
    if (!last || element.dataOffset > last.dataOffset) last = element;
  }
  if (/RangeError|call stack/i.test(message)) return 'data set nested too deeply to read (corrupt sequences)';
  if (last) {
    const start = last.dataOffset + shift;
    const declared = last.length === 0xffffffff ? undefined : last.length;
    if (declared !== undefined && start + declared > fileLength) {
      return (
        `truncated at byte ${fileLength}: element ${formatTag(last.tag)} declares ${declared} bytes ` +
        `from byte ${start}, but the file ends ${start + declared - fileLength} bytes early`
      );
    }
    if (/past end of buffer|eof encountered/i.test(message)) {
      return `truncated at byte ${fileLength}: the file ends inside the element after ${formatTag(last.tag)}`;
    }
    return `unreadable data set after element ${formatTag(last.tag)} (value at byte ${start}): ${describe(message)}`;
  }
  return `unreadable data set: ${describe(message)}`;
}

function describe(message: string): string {
  if (/eof|overrun|maxPosition|cannot be greater/i.test(message)) {
    return `an element or sequence length runs past the end of the file or of its sequence (${message})`;
  }
  if (/item tag \(FFFE,E000\) not found/i.test(message)) return `invalid sequence: ${message}`;
  return message;
}
