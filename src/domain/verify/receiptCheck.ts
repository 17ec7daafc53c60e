import { shortFingerprint } from './fingerprint';

/** What a verification receipt the recipient sent back says about the package they checked. */
export interface ReceiptReading {
  /** The package fingerprint (SHA-256) the receipt names, lower case; absent when it names none. */
  readonly fingerprint?: string;
  /** True when its verdict is "Valid", false when another verdict, absent when none was found. */
  readonly valid?: boolean;
}

const FINGERPRINT = /fingerprint \(SHA-256\)(?:\s*<\/dt>\s*<dd[^>]*>|:)\s*([0-9a-f]{64})/i;
const HTML_VERDICT = /class="verdict (v-valid|v-bad)"/;
const TEXT_VERDICT = /^Verdict: (Valid\b)?/m;

/** Reads a receipt as this app writes it (the HTML receipt or its plain-text summary). */
export function readReceipt(text: string): ReceiptReading {
  const fingerprint = FINGERPRINT.exec(text)?.[1]?.toLowerCase();
  const html = HTML_VERDICT.exec(text);
  const plain = html ? undefined : TEXT_VERDICT.exec(text);
  const valid = html ? html[1] === 'v-valid' : plain ? plain[1] !== undefined : undefined;
  return { ...(fingerprint ? { fingerprint } : {}), ...(valid === undefined ? {} : { valid }) };
}

/**
 * Why a receipt cannot mark this share verified: it names another package's fingerprint. Null when it
 * names this one, or none (a receipt from another tool is the person's word, like any other).
 */
export function receiptMismatch(reading: ReceiptReading, shareFingerprint: string): string | null {
  const expected = shareFingerprint.trim().toLowerCase();
  if (!reading.fingerprint || !/^[0-9a-f]{64}$/.test(expected) || reading.fingerprint === expected)
    return null;
  return `This receipt is for the package with fingerprint ${shortFingerprint(reading.fingerprint)}, not this share's ${shortFingerprint(expected)}: the recipient checked a different copy.`;
}
