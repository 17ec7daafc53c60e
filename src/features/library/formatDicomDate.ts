/** "20190514" → "2019-05-14" (ISO order reads the same in every country the package travels to). */
export function formatDicomDate(date: string | undefined): string | null {
  if (!date || /^0+$/.test(date.trim())) return null;
  const m = /^(\d{4})(\d{2})?(\d{2})?$/.exec(date.trim());
  if (!m) return date;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}
