import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  forgetPresence,
  noteBackup,
  notePresence,
  readPresenceMarker,
} from '../../../src/storage/presenceMarker';

/** A Storage the size of localStorage's interface, so the repository is tested without a DOM. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('the presence marker in localStorage', () => {
  beforeEach(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('notes a vault once, keeps its backup note across unlocks, and forgets it on purpose', () => {
    expect(readPresenceMarker()).toBeNull();
    notePresence('vault-1', new Date('2026-01-01T00:00:00Z'));
    noteBackup('vault-1', { at: '2026-02-01T00:00:00.000Z', kind: 'file', where: 'a.ivbackup' });
    notePresence('vault-1', new Date('2026-03-01T00:00:00Z'));
    expect(readPresenceMarker()).toEqual({
      version: 1,
      vaultId: 'vault-1',
      since: '2026-01-01T00:00:00.000Z',
      lastBackup: { at: '2026-02-01T00:00:00.000Z', kind: 'file', where: 'a.ivbackup' },
    });
    forgetPresence();
    expect(readPresenceMarker()).toBeNull();
  });

  it('starts afresh for another vault', () => {
    notePresence('vault-1', new Date('2026-01-01T00:00:00Z'));
    noteBackup('vault-1', { at: '2026-02-01T00:00:00.000Z', kind: 'folder', where: 'Backups' });
    notePresence('vault-2', new Date('2026-04-01T00:00:00Z'));
    expect(readPresenceMarker()).toMatchObject({ vaultId: 'vault-2', lastBackup: null });
  });

  it('never throws where storage is refused', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
      configurable: true,
    });
    expect(() => notePresence('vault-1')).not.toThrow();
    expect(readPresenceMarker()).toBeNull();
    expect(() => forgetPresence()).not.toThrow();
  });
});
