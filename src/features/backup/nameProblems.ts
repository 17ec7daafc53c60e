import type { BackupProblem } from '../../domain/backup';
import { labelsByAddress } from '../../catalog';

/** Backup problems with the files they belong to named by patient, study and file where the vault knows them. */
export async function nameProblems(
  problems: readonly BackupProblem[],
): Promise<{ what: string; reason: string }[]> {
  if (!problems.some((p) => p.key && addressOfKey(p.key)))
    return problems.map(({ what, reason }) => ({ what, reason }));
  const labels = await labelsByAddress();
  return problems.flatMap((p) => {
    const address = p.key ? addressOfKey(p.key) : null;
    const named = address ? labels.get(address) : undefined;
    if (!named?.length) return [{ what: p.what, reason: p.reason }];
    return named.map((l) => ({ what: `${l.file} — ${l.study}, ${l.patient}`, reason: p.reason }));
  });
}

/** The address a backup record key is about, when it is part of a stored file. */
function addressOfKey(key: string): string | null {
  const [table, address] = key.split('/');
  return (table === 'chunks' || table === 'originals') && address ? address : null;
}
