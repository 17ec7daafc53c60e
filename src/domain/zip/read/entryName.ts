import { extraFields, u32 } from './zipBytes';
import { crc32 } from './crc32';

/** IBM code page 437, upper half: the ZIP default for names without the UTF-8 flag (APPNOTE appendix D). */
const CP437_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * An entry name as text: UTF-8 when general-purpose flag bit 11 says so, or the Info-ZIP Unicode Path
 * extra (0x7075) when its CRC matches the raw name; otherwise UTF-8 if the bytes are valid UTF-8 (macOS and
 * many tools write UTF-8 without the flag), and CP437 as the last resort, as the standard says.
 */
export function decodeEntryName(raw: Uint8Array, flags: number, extra: Uint8Array): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  if (flags & 0x800) return new TextDecoder('utf-8').decode(raw);
  const unicodePath = extraFields(extra).get(0x7075);
  if (unicodePath && unicodePath.length > 5 && unicodePath[0] === 1 && u32(unicodePath, 1) === crc32(raw)) {
    return new TextDecoder('utf-8').decode(unicodePath.subarray(5));
  }
  try {
    return utf8.decode(raw);
  } catch {
    let out = '';
    for (const b of raw) out += b < 0x80 ? String.fromCharCode(b) : (CP437_HIGH[b - 0x80] ?? '?');
    return out;
  }
}

/**
 * Why an entry must not be extracted or trusted, or undefined when it is safe: absolute, drive-letter,
 * backslash (Windows) and UNC names, any ".." segment, NUL. Refused on every platform, since a browser
 * cannot know where the files will be written later.
 */
export function unsafeEntryName(name: string): string | undefined {
  if (name === '') return 'the entry has an empty name';
  if (name.includes('\0')) return 'the name contains a NUL character';
  if (name.startsWith('/')) return 'it is an absolute path';
  if (name.includes('\\')) return 'it contains a backslash (a Windows separator, UNC or drive path)';
  if (/^[A-Za-z]:/.test(name)) return 'it starts with a drive letter';
  if (name.split('/').includes('..'))
    return 'it contains a ".." segment that can climb out of the target folder';
  return undefined;
}
