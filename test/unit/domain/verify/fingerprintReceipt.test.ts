import { describe, expect, it } from 'vitest';
import {
  matchesFingerprint,
  readPastedHash,
  renderReceiptHtml,
  renderReceiptText,
  shortFingerprint,
  verifyBag,
  verifySingleFile,
} from '../../../../src/domain/verify';
import { digester, enc, hex, makeBag, viewOf } from './memoryBag';

const fp = hex('sha256', enc('the package'));

describe('fingerprint', () => {
  it('short form is the first 16 hex digits in groups of four', () => {
    expect(shortFingerprint(fp)).toBe(fp.slice(0, 16).match(/.{4}/g)!.join('-'));
  });

  it('accepts full or short, any case, spaces or dashes', () => {
    expect(matchesFingerprint(fp.toUpperCase(), fp)).toBe(true);
    expect(matchesFingerprint(fp.match(/.{8}/g)!.join(' '), fp)).toBe(true);
    expect(matchesFingerprint(shortFingerprint(fp).toUpperCase(), fp)).toBe(true);
    expect(matchesFingerprint(`${fp}  package.zip`, fp)).toBe(true);
    expect(matchesFingerprint(`sha256:${fp}`, fp)).toBe(true);
    expect(matchesFingerprint(shortFingerprint(hex('sha256', enc('other'))), fp)).toBe(false);
    expect(matchesFingerprint(fp.slice(0, 15), fp)).toBe(false);
    expect(readPastedHash('zz12')).toMatchObject({ kind: 'invalid' });
  });

  it('verifies a single file against a pasted hash of any supported algorithm', () => {
    const file = { path: 'package.zip', size: 11 };
    const digests = { sha256: fp, md5: hex('md5', enc('the package')) };
    expect(verifySingleFile(file, shortFingerprint(fp), digests).verdict).toBe('valid');
    expect(verifySingleFile(file, digests.md5, digests).verdict).toBe('valid');
    const wrong = verifySingleFile(file, hex('sha256', enc('x')), digests);
    expect(wrong.files[0]?.verdict).toBe('altered');
  });
});

describe('receipt', () => {
  it('is one standalone document: escaped, no script, nothing external', async () => {
    const files = makeBag({ 'data/<script>alert(1)</script>.dcm': 'a', 'data/ok.dcm': 'b' });
    files.set('data/ok.dcm', enc('B'));
    const r = await verifyBag(viewOf(files), digester(files));
    const meta = {
      packageName: 'Scan "2024" <CT>.zip',
      fingerprint: fp,
      verifiedAt: new Date(Date.UTC(2025, 0, 2, 3, 4, 5)),
    };
    const html = renderReceiptHtml(r, meta);
    expect(html).not.toMatch(/<script|src=|href=|url\(|@import/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;.dcm');
    expect(html).toContain('Scan &quot;2024&quot; &lt;CT&gt;.zip');
    expect(html).toContain('2025-01-02 03:04:05 UTC');
    expect(html).toContain(fp);
    expect(html).toContain(shortFingerprint(fp));
    expect(html).toContain('<th>Altered</th><td>1</td>');
    const text = renderReceiptText(r, meta);
    expect(text).toContain('Altered: data/ok.dcm');
    expect(text).toContain('Verdict: Complete but altered');
  });
});
