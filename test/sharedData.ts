import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where tests find the shared data that lives beside the checkout (never inside it): ../shared, or the
 * folder named by IMAGING_VAULT_FIXTURES for the DICOM files. Missing data is an error, not a skip:
 * CI always has it, and a silently skipped test would prove nothing.
 */
export const sharedDir = resolve(process.env['IMAGING_VAULT_SHARED'] ?? join(process.cwd(), '..', 'shared'));

export const dicomDir = resolve(process.env['IMAGING_VAULT_FIXTURES'] ?? join(sharedDir, 'dicom'));

export function sharedPath(...parts: string[]): string {
  const path = join(sharedDir, ...parts);
  if (!existsSync(path)) throw new Error(`Shared test data not found: ${path} (set IMAGING_VAULT_SHARED)`);
  return path;
}

export function dicomPath(...parts: string[]): string {
  const path = join(dicomDir, ...parts);
  if (!existsSync(path)) throw new Error(`DICOM fixture not found: ${path} (set IMAGING_VAULT_FIXTURES)`);
  return path;
}
