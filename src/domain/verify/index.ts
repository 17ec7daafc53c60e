export * from './algorithms';
export type * from './types';
export { FILE_VERDICTS } from './types';
export { findBagRoot, tagFilesToRead, withinRoot } from './bagRoot';
export { planBag, type BagPlan, type BagView } from './bagPlan';
export {
  concludeVerification,
  type DigestResults,
  type VerificationPlan,
  type PendingFile,
  type Expectation,
} from './plan';
export { verifyBag } from './verifyBag';
export {
  DAMAGED_CONTENT,
  damagedContent,
  isDecodeError,
  readFailureOf,
  type ReadFailure,
} from './readFailure';
export { unsafePathReason, canonicalPath } from './pathSafety';
export type { InfoElement, PayloadOxum } from './bagInfo';
export {
  parseChecksumList,
  planChecksumList,
  type ChecksumList,
  type ChecksumListEntry,
} from './checksumList';
export { shortFingerprint, matchesFingerprint, readPastedHash, type PastedHash } from './fingerprint';
export { verifySingleFile, algorithmForPastedHash } from './singleFile';
export { renderReceiptHtml } from './receiptHtml';
export { readReceipt, receiptMismatch, type ReceiptReading } from './receiptCheck';
export {
  renderReceiptText,
  formatReceiptTime,
  VERDICT_LABEL,
  PACKAGE_VERDICT_LABEL,
  type ReceiptMeta,
} from './receiptText';
