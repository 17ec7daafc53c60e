import { VaultLockedError } from '../crypto/errors';
import { unreadableDetail } from './unreadableDetail';
import { vaultDatabase } from './db';
import { openPayload, payloadKind, sealPayload } from './payloads';

const setting = payloadKind<unknown>('setting');
const identity = (key: string) => ({ table: 'settings', id: key });

/** A sealed setting, or `fallback` when none was stored. */
export async function getSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await vaultDatabase().settings.get(key);
  if (!row) return fallback;
  return (await openPayload(setting, identity(key), row.sealed)) as T;
}

/**
 * A sealed setting that may be damaged: the fallback stands in and `damaged` says why, so a screen
 * showing a preference keeps working and names the broken row instead of failing.
 */
export async function readSetting<T>(
  key: string,
  fallback: T,
): Promise<{ value: T; damaged: string | null }> {
  try {
    return { value: await getSetting(key, fallback), damaged: null };
  } catch (error) {
    if (error instanceof VaultLockedError) throw error;
    return { value: fallback, damaged: unreadableDetail(error) };
  }
}

export async function putSetting<T>(key: string, value: T): Promise<void> {
  const sealed = await sealPayload(setting, identity(key), value);
  await vaultDatabase().settings.put({ key, sealed });
}
