/** navigator.storage.persisted(): whether the browser promised to keep this site's storage; null where it cannot say. */
export async function readPersisted(): Promise<boolean | null> {
  const storage = navigator.storage as StorageManager | undefined;
  if (typeof storage?.persisted !== 'function') return null;
  return storage.persisted().catch(() => null);
}
