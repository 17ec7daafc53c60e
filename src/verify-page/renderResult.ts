import {
  FILE_VERDICTS,
  PACKAGE_VERDICT_LABEL,
  VERDICT_LABEL,
  shortFingerprint,
  type FileResult,
  type FileVerdict,
  type VerificationResult,
} from '../domain/verify';

type Child = Node | string;

/** A small element builder: text only ever goes in as text, never as markup. */
export function el(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function rank(verdict: FileVerdict): number {
  return verdict === 'ok' ? FILE_VERDICTS.length : FILE_VERDICTS.indexOf(verdict);
}

function fileRow(file: FileResult): HTMLElement {
  return el(
    'tr',
    { class: `verdict-${file.verdict}`, 'data-verdict': file.verdict },
    el('td', { class: 'path' }, file.path),
    el('td', {}, el('span', { class: `badge badge-${file.verdict}` }, VERDICT_LABEL[file.verdict])),
    el('td', { class: 'reason' }, file.reason ?? ''),
  );
}

/** The verdict, the issues, and one row per file, problems first. */
export function renderResult(
  target: HTMLElement,
  name: string,
  result: VerificationResult,
  notes: readonly string[],
): void {
  const good = result.verdict === 'valid';
  const counts = FILE_VERDICTS.filter((v) => result.counts[v] > 0)
    .map((v) => `${result.counts[v]} ${VERDICT_LABEL[v].toLowerCase()}`)
    .join(', ');
  const issues = [...result.errors, ...result.warnings];
  const files = [...result.files].sort(
    (a, b) => rank(a.verdict) - rank(b.verdict) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  );
  target.replaceChildren(
    el(
      'div',
      {
        class: `verdict ${good ? 'verdict-good' : 'verdict-bad'}`,
        id: 'package-verdict',
        'data-verdict': result.verdict,
      },
      el('h2', {}, PACKAGE_VERDICT_LABEL[result.verdict]),
      el('p', {}, `${name}: ${counts || 'no files'}.`),
    ),
    ...(issues.length
      ? [
          el('h3', {}, 'Findings'),
          el(
            'ul',
            { class: 'issues' },
            ...issues.map((i) => el('li', { class: `issue-${i.severity}` }, i.message)),
          ),
        ]
      : []),
    ...(notes.length ? [el('ul', { class: 'notes' }, ...notes.map((n) => el('li', {}, n)))] : []),
    el(
      'table',
      { class: 'files', id: 'file-table' },
      el('caption', {}, 'Every file of the package'),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'File'),
          el('th', { scope: 'col' }, 'Result'),
          el('th', { scope: 'col' }, 'Why'),
        ),
      ),
      el('tbody', {}, ...files.map(fileRow)),
    ),
  );
}

/**
 * The package fingerprint (the ZIP's own SHA-256, or a folder's tagmanifest-sha256.txt's), in full and in
 * the short form the sender can read out over the phone.
 */
export function renderFingerprint(target: HTMLElement, sha256: string, of: 'zip' | 'tagmanifest'): void {
  target.append(
    el(
      'div',
      { class: 'fingerprint', id: 'package-fingerprint', 'data-of': of },
      el(
        'h3',
        {},
        of === 'zip'
          ? 'Fingerprint of the ZIP file'
          : 'Fingerprint of the folder (SHA-256 of tagmanifest-sha256.txt)',
      ),
      el(
        'p',
        {},
        'Ask the sender to read you theirs: the short form must match. A "Valid" result above only says the files agree with the package’s own lists; if the fingerprints differ, this is not the package that was sent.',
      ),
      el('p', { class: 'short' }, shortFingerprint(sha256)),
      el('p', { class: 'full' }, sha256),
    ),
  );
}

/** A folder without tagmanifest-sha256.txt has nothing a sender could fingerprint. */
export function renderNoFingerprint(target: HTMLElement): void {
  target.append(
    el(
      'div',
      { class: 'fingerprint', id: 'package-fingerprint', 'data-of': 'none' },
      el('h3', {}, 'No package fingerprint'),
      el(
        'p',
        {},
        'This package has no tagmanifest-sha256.txt, so it has no fingerprint the sender could read you: nothing here can prove it is the package that was sent.',
      ),
    ),
  );
}
