import { correctionLetterContent } from './correctionLetter';
import type { CorrectionLetterInput } from './correctionLetter';
import { escapeHtml } from '../text/escapeHtml';

const STYLE = `
  @page { size: A4; margin: 20mm; }
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; color: #000; max-width: 170mm; margin: 2em auto; padding: 0 1em; }
  .addr { white-space: pre-line; margin: 0 0 1.2em; }
  .date { margin: 0 0 1.2em; }
  h1 { font-size: 12pt; margin: 0 0 1.2em; }
  ol { padding-left: 1.4em; }
  li { margin: 0 0 1em; page-break-inside: avoid; }
  dl { margin: .3em 0 0; display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; }
  dt { font-weight: bold; }
  dd { margin: 0; white-space: pre-wrap; }
  .signature { margin-top: 3em; }
  @media print { body { margin: 0; max-width: none; } }
`;

/**
 * The letter as a standalone HTML document to print or save: inline CSS only, no script, no external
 * resource, every piece of text escaped (names and notes come from imported records and could hold markup).
 */
export function correctionLetterHtml(input: CorrectionLetterInput): string {
  const c = correctionLetterContent(input);
  const e = escapeHtml;
  const block = (cls: string, lines: readonly string[]) =>
    lines.length ? `<p class="${cls}">${lines.map(e).join('\n')}</p>` : '';
  const items = c.items
    .map(
      (item) =>
        `<li><strong>${e(item.section)}</strong><dl>` +
        `<dt>The record says</dt><dd>${e(item.recorded)}</dd>` +
        `<dt>It should say</dt><dd>${e(item.requested || '(to be completed)')}</dd>` +
        (item.reason ? `<dt>Why</dt><dd>${e(item.reason)}</dd>` : '') +
        `</dl></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(c.subject)}</title>
<style>${STYLE}</style>
</head>
<body>
${block('addr sender', c.sender)}
${block('addr recipient', c.recipient)}
<p class="date">${e(c.date)}</p>
<h1>${e(c.subject)}</h1>
${c.opening.map((p) => `<p>${e(p)}</p>`).join('\n')}
<ol>
${items}
</ol>
${c.closing.map((p) => `<p>${e(p)}</p>`).join('\n')}
<p class="signature addr">${c.signature
    .filter((s) => s !== '')
    .map(e)
    .join('\n')}</p>
</body>
</html>
`;
}
