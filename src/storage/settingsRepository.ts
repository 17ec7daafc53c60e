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

export async function putSetting<T>(key: string, value: T): Promise<void> {
  const sealed = await sealPayload(setting, identity(key), value);
  await vaultDatabase().settings.put({ key, sealed });
}
