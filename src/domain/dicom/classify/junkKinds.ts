/** What the non-DICOM files found on a disc are, grouped the way a user thinks of them. */
export type JunkCategory =
  | 'viewer-program'
  | 'autorun'
  | 'viewer-web'
  | 'image-preview'
  | 'document'
  | 'nifti'
  | 'data'
  | 'text'
  | 'archive'
  | 'system'
  | 'empty';

/** Singular and plural nouns for each category ("1 image preview", "20 image previews"). */
const NOUNS: Record<JunkCategory, readonly [string, string]> = {
  'viewer-program': ['viewer program file', 'viewer program files'],
  autorun: ['disc autorun or settings file', 'disc autorun or settings files'],
  'viewer-web': [
    'web viewer file (HTML, script, style, font)',
    'web viewer files (HTML, scripts, styles, fonts)',
  ],
  'image-preview': ['image preview', 'image previews'],
  document: ['document (PDF or office file)', 'documents (PDF or office files)'],
  nifti: ['NIfTI volume', 'NIfTI volumes'],
  data: ['JSON or XML data file', 'JSON or XML data files'],
  text: ['text file', 'text files'],
  archive: ['compressed archive', 'compressed archives'],
  system: ['operating-system file', 'operating-system files'],
  empty: ['empty file', 'empty files'],
};

export function junkCategoryLabel(category: JunkCategory, count: number): string {
  const [one, many] = NOUNS[category];
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The sentence the import summary shows, e.g. "skipped 37 files: 20 image previews, 12 viewer program
 * files, 5 text files". Categories are listed largest first; an empty input gives "".
 */
export function describeSkipped(categories: readonly JunkCategory[], notDicom = 0): string {
  const counts = new Map<JunkCategory, number>();
  for (const c of categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([c, n]) => junkCategoryLabel(c, n));
  if (notDicom > 0) parts.push(`${notDicom} other ${notDicom === 1 ? 'file' : 'files'} that are not DICOM`);
  const total = categories.length + notDicom;
  if (total === 0) return '';
  return `skipped ${total} ${total === 1 ? 'file' : 'files'}: ${parts.join(', ')}`;
}
