import { describe, expect, it } from 'vitest';
import {
  readReceipt,
  receiptMismatch,
  renderReceiptHtml,
  renderReceiptText,
  verifyBag,
} from '../../../../src/domain/verify';
import { digester, enc, hex, makeBag, viewOf } from './memoryBag';

const sent = hex('sha256', enc('the package that was sent'));
const other = hex('sha256', enc('another copy'));
const meta = (fingerprint: string) => ({ packageName: 'p.zip', verifiedAt: new Date(0), fingerprint });

describe('a receipt the recipient sends back', () => {
  it('is read for its fingerprint and verdict, in HTML and in text', async () => {
    const files = makeBag({ 'data/a.txt': 'a' });
    const valid = await verifyBag(viewOf(files), digester(files));
    files.set('data/a.txt', enc('b'));
    const altered = await verifyBag(viewOf(files), digester(files));
    expect(readReceipt(renderReceiptHtml(valid, meta(sent)))).toEqual({ fingerprint: sent, valid: true });
    expect(readReceipt(renderReceiptHtml(altered, meta(sent)))).toEqual({ fingerprint: sent, valid: false });
    expect(readReceipt(renderReceiptText(valid, meta(sent)))).toEqual({ fingerprint: sent, valid: true });
    expect(readReceipt('a scanned letter')).toEqual({});
  });

  it('cannot vouch for a share when it names another package’s fingerprint', async () => {
    const files = makeBag({ 'data/a.txt': 'a' });
    const valid = await verifyBag(viewOf(files), digester(files));
    expect(receiptMismatch(readReceipt(renderReceiptHtml(valid, meta(sent))), sent)).toBeNull();
    expect(receiptMismatch(readReceipt(renderReceiptHtml(valid, meta(other))), sent)).toMatch(
      /the recipient checked a different copy/,
    );
    // A receipt naming no fingerprint is the person's word, as before.
    expect(receiptMismatch({}, sent)).toBeNull();
  });
});
