import { escapeHtml } from '../text/escapeHtml';
import { oneLine, paragraphs, type WrittenDocument } from './writtenDocument';

/**
 * Inline CSS only: the page must look right opened from a USB stick in any browser, years from now,
 * with nothing fetched from anywhere.
 */
const STYLE = `
body{font:16px/1.5 Georgia,"Times New Roman",serif;color:#111;background:#fff;max-width:46em;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;margin:0 0 .2em}
.subtitle{color:#555;margin:0 0 1.5em}
h2{font-size:1.2em;border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:1.6em}
p{margin:.5em 0;white-space:normal}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}}
`.trim();

/**
 * A standalone HTML page of a written document. Every piece of user text is escaped; the Content
 * Security Policy forbids scripts and any fetch, so even a mistake here could not run code or call home.
 */
export function documentHtml(doc: WrittenDocument): string {
  const lang = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(doc.language ?? '') ? doc.language : 'en';
  const sections = doc.sections
    .map((section) => {
      const body = paragraphs(section.text)
        .map((lines) => `<p>${lines.map(escapeHtml).join('<br>\n')}</p>`)
        .join('\n');
      return `<section>\n<h2>${escapeHtml(oneLine(section.heading))}</h2>\n${body}\n</section>`;
    })
    .join('\n');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(oneLine(doc.title))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(oneLine(doc.title))}</h1>`,
    doc.subtitle ? `<p class="subtitle">${escapeHtml(oneLine(doc.subtitle))}</p>` : '',
    sections,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}
