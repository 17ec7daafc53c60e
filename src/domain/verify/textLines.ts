/**
 * Split tag-file text into lines on CRLF, CR or LF only. String.split(/\r?\n/) would leave a lone CR in
 * old Mac files, and a Unicode-aware split would also break on U+2028 or U+0085, which may legitimately
 * appear inside a file name. A final line terminator does not make an extra empty line.
 */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
