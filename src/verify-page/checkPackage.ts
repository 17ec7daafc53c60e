import { digestBlob, digestStream, type HashAlgorithm } from '../domain/hash';
import {
  damagedContent,
  isDecodeError,
  planBag,
  tagFilesToRead,
  verifyBag,
  type FileDigests,
  type HashJob,
  type VerificationResult,
} from '../domain/verify';
import { concatBytes } from '../domain/bytes/concatBytes';
import { readBlob } from '../domain/bytes/readFailure';
import { readStreamChunks } from '../domain/bytes/readStream';
import { openZipEntry } from '../domain/zip/read';
import type { PackageFile, PackageFiles } from './packageFiles';

const TAG_FILE_LIMIT = 64 * 1024 * 1024;

async function bytesOf(file: PackageFile, zip: File | undefined): Promise<Uint8Array> {
  if (file.size > TAG_FILE_LIMIT) throw new Error(`${file.path} is too large for a list of checksums.`);
  if (file.source.kind === 'file') return readBlob(file.source.file);
  if (!zip) throw new Error('The ZIP file is not available.');
  return concatBytes(await readStreamChunks(openZipEntry(zip, file.source.entry)));
}

function digestOf(file: PackageFile, zip: File | undefined, algorithms: readonly HashAlgorithm[]) {
  if (file.source.kind === 'file') return digestBlob(file.source.file, algorithms);
  if (!zip) throw new Error('The ZIP file is not available.');
  const entry = file.source.entry;
  return digestStream(openZipEntry(zip, entry), algorithms, { size: file.size }).catch((error: unknown) => {
    // The entry was read but its data does not decode as the archive declares: damaged, not absent.
    // One this page cannot open at all (encrypted, a method it lacks) stays unreadable.
    throw isDecodeError(error) && !entry.problem ? damagedContent(error) : error;
  });
}

/**
 * Verifies the package with the same BagIt rules as the app's Verify page (src/domain/verify): every
 * file of every manifest hashed and compared, missing and extra files found, Payload-Oxum checked.
 */
export async function checkPackage(
  pkg: PackageFiles,
  onFile: (done: number, total: number) => void,
): Promise<VerificationResult> {
  const byPath = new Map(pkg.files.map((f) => [f.path, f] as const));
  const tagFiles = new Map<string, Uint8Array>();
  for (const name of tagFilesToRead(pkg.files)) {
    const file = byPath.get(name);
    if (file) tagFiles.set(name, await bytesOf(file, pkg.zip));
  }
  let done = 0;
  const digest = async (job: HashJob): Promise<FileDigests> => {
    const file = byPath.get(job.path);
    if (!file) throw new Error(`${job.path} is not in the package.`);
    try {
      return await digestOf(file, pkg.zip, job.algorithms);
    } finally {
      onFile(++done, total);
    }
  };
  const view = {
    files: pkg.files.map((f) => ({ path: f.path, size: f.size })),
    tagFiles,
    ...(pkg.directories ? { directories: pkg.directories } : {}),
  };
  const total = planBag(view).jobs.length;
  onFile(0, total);
  return verifyBag(view, digest, 2);
}
