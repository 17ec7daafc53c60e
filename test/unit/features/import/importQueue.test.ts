import { describe, expect, it } from 'vitest';
import { ImportQueue } from '../../../../src/features/import/importQueue';
import type { ImportSource } from '../../../../src/features/import/importSource';

const source = (path: string, size: number, extra: Partial<ImportSource> = {}): ImportSource => ({
  path,
  size,
  blob: async () => new Blob([new Uint8Array(size)]),
  ...extra,
});

describe('ImportQueue', () => {
  it('hands out each file once, in order, and says when none is left', () => {
    const queue = new ImportQueue([source('a', 1), source('b', 2)], () => {});
    expect(queue.take()?.path).toBe('a');
    expect(queue.take()?.path).toBe('b');
    expect(queue.take()).toBeUndefined();
    expect(queue.whenMore()).toBeUndefined();
    expect(queue).toMatchObject({ filesTotal: 2, bytesTotal: 3 });
  });

  it('queues an archive’s entries in its place and counts them instead of the archive', async () => {
    const problems: { path: string; reason: string }[] = [];
    const zip = source('portal', 100);
    const queue = new ImportQueue([zip, source('c', 5)], (p) => problems.push(p));
    queue.take();
    queue.take();
    const opened = queue.openArchive(zip, async () => ({
      sources: [source('portal/x', 40), source('portal/y', 80)],
      problems: [{ path: 'portal/z', reason: 'encrypted entry' }],
    }));
    expect(queue.take()).toBeUndefined();
    const more = queue.whenMore();
    expect(more).toBeDefined();
    await more;
    await opened;
    expect(queue.take()?.path).toBe('portal/x');
    expect(queue.take()?.path).toBe('portal/y');
    expect(queue).toMatchObject({ filesTotal: 3, bytesTotal: 125 });
    expect(queue.paths()).toEqual(['portal', 'c', 'portal/x', 'portal/y']);
    expect(problems).toEqual([{ path: 'portal/z', reason: 'encrypted entry' }]);
    expect(queue.whenMore()).toBeUndefined();
  });

  it('reports an archive that cannot be opened as unreadable, with why', async () => {
    const problems: { path: string; reason: string }[] = [];
    const zip = source('broken.zip', 10);
    const queue = new ImportQueue([zip], (p) => problems.push(p));
    queue.take();
    await queue.openArchive(zip, () => Promise.reject(new Error('central directory missing')));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('broken.zip');
    expect(problems[0]?.reason).toMatch(/^could not be read: /);
    expect(queue).toMatchObject({ filesTotal: 1, bytesTotal: 10 });
  });
});
