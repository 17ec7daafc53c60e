import { backupAuthenticator } from '../../crypto/keyring';
import {
  describeRecordKey,
  parseRecordKey,
  RECORD_NOT_AUTHENTIC,
  type BackupProblem,
  type DeferredCheck,
  type RecordDescriptor,
} from '../../domain/backup';
import { removeRestoredRecords } from '../../storage/backupRepository';

/**
 * The authentication a fresh restore could not do while the vault was locked, done right after the
 * unlock: the header's (or manifest's) and the index's codes, and each code of a record whose clear
 * links (series, study, patient, original) the envelope does not bind. A record that fails is removed,
 * so nothing restored with altered links is ever shown; each is named.
 */
export async function authenticateRestored(deferred: readonly DeferredCheck[]): Promise<BackupProblem[]> {
  if (deferred.length === 0) return [];
  const authenticator = backupAuthenticator();
  const problems: BackupProblem[] = [];
  const refused: RecordDescriptor[] = [];
  for (const check of deferred) {
    if (await authenticator.verify(check.message, check.mac)) continue;
    if (check.key === 'header' || check.key === 'index') {
      problems.push({
        what: check.key === 'header' ? 'the backup’s header' : 'the backup’s index',
        reason:
          'it does not match its authentication code: it was altered after the backup was made; each record was still checked on its own',
      });
      continue;
    }
    const descriptor = parseRecordKey(check.key);
    if (descriptor) refused.push(descriptor);
    problems.push({
      key: check.key,
      what: describeRecordKey(check.key),
      reason: `${RECORD_NOT_AUTHENTIC}; it was removed from the vault`,
    });
  }
  await removeRestoredRecords(refused);
  return problems;
}
