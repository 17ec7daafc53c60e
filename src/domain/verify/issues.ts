import type { VerifyIssue } from './types';

/** Collects problems in the order found; a failure in one file never stops the others being checked. */
export class IssueLog {
  readonly items: VerifyIssue[] = [];

  error(code: string, message: string, file?: string, kind: VerifyIssue['kind'] = 'structure'): void {
    this.items.push({ severity: 'error', kind, code, message, ...(file === undefined ? {} : { file }) });
  }

  warn(code: string, message: string, file?: string): void {
    this.items.push({
      severity: 'warning',
      kind: 'structure',
      code,
      message,
      ...(file === undefined ? {} : { file }),
    });
  }

  /** From BagIt 1.0 on, several SHOULDs of the drafts became MUSTs: same finding, stricter severity. */
  strictFrom10(strict: boolean, code: string, message: string, file?: string): void {
    if (strict) this.error(code, message, file);
    else this.warn(code, message, file);
  }
}
