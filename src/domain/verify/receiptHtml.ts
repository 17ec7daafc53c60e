import { escapeHtml } from '../text/escapeHtml';
import { shortFingerprint } from './fingerprint';
import {
  PACKAGE_VERDICT_LABEL,
  VERDICT_LABEL,
  formatReceiptTime,
  receiptOrder,
  strongestDigest,
  type ReceiptMeta,
} from './receiptText';
import { FILE_VERDICTS, type FileResult, type VerificationResult } from './types';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111;margin:2rem auto;max-width:60rem;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
.verdict{font-size:1.2rem;font-weight:700;padding:.6rem .8rem;border-radius:6px;margin:1rem 0;border:2px solid}
.v-valid{background:#e8f5e9;border-color:#2e7d32}.v-bad{background:#fdecea;border-color:#c62828}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}dt{font-weight:600}dd{margin:0}
code,.hash{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;word-break:break-all}
table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{border:1px solid #bbb;padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}.counts td{text-align:right}.f-ok{color:#1b5e20}.f-bad{color:#b71c1c;font-weight:700}
ul{padding-left:1.2rem}footer{margin-top:2rem;font-size:12px;color:#555}
@media print{body{margin:0;max-width:none}.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}tr{break-inside:avoid}}
`;

function fileRow(f: FileResult): string {
  const cls = f.verdict === 'ok' ? 'f-ok' : 'f-bad';
  const expected = strongestDigest(f.expected);
  const actual = f.verdict === 'ok' ? '' : strongestDigest(f.actual);
  return `<tr><td class="${cls}">${escapeHtml(VERDICT_LABEL[f.verdict])}</td><td><code>${escapeHtml(f.path)}</code></td><td>${f.size ?? ''}</td><td class="hash">${escapeHtml(expected)}${actual ? `<br>computed: ${escapeHtml(actual)}` : ''}</td><td>${escapeHtml(f.reason ?? '')}</td></tr>`;
}

function list(title: string, items: readonly string[]): string {
  return items.length === 0
    ? ''
    : `<h2>${escapeHtml(title)}</h2><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
}

/**
 * A standalone printable receipt: one HTML document, inline CSS, no script, nothing fetched, every value
 * escaped. The recipient prints it or sends the file back to the sender.
 */
export function renderReceiptHtml(result: VerificationResult, meta: ReceiptMeta): string {
  const facts: [string, string][] = [
    ['Package', meta.packageName],
    ['Verified', formatReceiptTime(meta.verifiedAt)],
  ];
  if (meta.fingerprint)
    facts.push(
      ['Fingerprint (SHA-256)', meta.fingerprint],
      ['Short fingerprint', shortFingerprint(meta.fingerprint)],
    );
  if (result.bag) facts.push(['Format', `BagIt ${result.bag.version} (tag files in ${result.bag.encoding})`]);
  else
    facts.push([
      'Format',
      result.format === 'checksum-list' ? 'Files and a checksum list' : 'A single file and a hash',
    ]);
  if (meta.verifiedWith) facts.push(['Verified with', meta.verifiedWith]);
  const counts = FILE_VERDICTS.map(
    (v) => `<tr><th>${escapeHtml(VERDICT_LABEL[v])}</th><td>${result.counts[v]}</td></tr>`,
  ).join('');
  const structural = result.errors.filter((e) => e.kind === 'structure').map((e) => e.message);
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Verification receipt: ${escapeHtml(meta.packageName)}</title><style>${STYLE}</style></head>
<body><h1>Verification receipt</h1>
<div class="verdict ${result.verdict === 'valid' ? 'v-valid' : 'v-bad'}">${escapeHtml(PACKAGE_VERDICT_LABEL[result.verdict])}</div>
<dl>${facts.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd${k.includes('ingerprint') ? ' class="hash"' : ''}>${escapeHtml(v)}</dd>`).join('')}</dl>
<h2>Files</h2><table class="counts">${counts}<tr><th>Total</th><td>${result.files.length}</td></tr></table>
${list('Errors in the package itself', structural)}${list(
    'Warnings',
    result.warnings.map((w) => w.message),
  )}
<table><thead><tr><th>Result</th><th>File</th><th>Bytes</th><th>Checksum</th><th>Note</th></tr></thead>
<tbody>${receiptOrder(result.files).map(fileRow).join('')}</tbody></table>
<footer>Every file was hashed on the recipient's device; nothing was uploaded or fetched.</footer>
</body></html>
`;
}
