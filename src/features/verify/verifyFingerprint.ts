import type { VerifyPool } from '../../protocol/verifyPool';
import { algorithmForPastedHash, verifySingleFile } from '../../domain/verify';
import type { VerifyOutcome, VerifyProgress } from './verifyPackage';

/**
 * One file against a typed or pasted hash (the package fingerprint, full or short, or any MD5...SHA-512).
 * SHA-256 is always computed too, so the file's own fingerprint can be shown in full and short forms.
 */
export async function verifyFingerprint(
  file: File,
  pasted: string,
  pool: VerifyPool,
  onProgress: (p: VerifyProgress) => void,
  signal: AbortSignal,
): Promise<VerifyOutcome> {
  const started = performance.now();
  const algorithm = algorithmForPastedHash(pasted);
  const algorithms =
    algorithm && algorithm !== 'sha256' ? (['sha256', algorithm] as const) : (['sha256'] as const);
  onProgress({ bytesDone: 0, bytesTotal: file.size, filesDone: 0, filesTotal: 1 });
  const { digests } = await pool.hash(
    { source: { kind: 'blob', blob: file }, algorithms, path: file.name },
    {
      signal,
      onProgress: (bytesDone) =>
        onProgress({ bytesDone, bytesTotal: file.size, filesDone: 0, filesTotal: 1 }),
    },
  );
  onProgress({ bytesDone: file.size, bytesTotal: file.size, filesDone: 1, filesTotal: 1 });
  return {
    result: verifySingleFile({ path: file.name, size: file.size }, pasted, digests),
    packageName: file.name,
    sourceKind: 'single',
    ...(digests.sha256 ? { fingerprint: digests.sha256, fingerprintOf: 'file' as const } : {}),
    verifiedAt: new Date(),
    dicomdirs: [],
    archiveWarnings: [],
    lists: [],
    bytes: file.size,
    seconds: (performance.now() - started) / 1000,
  };
}
