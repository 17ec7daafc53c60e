import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { runImport, type ImportSource } from '../../../../src/features/import/importJob';
import { importSources } from '../../../../src/features/import/importSources';
import type { ImportApi } from '../../../../src/protocol/importApi';
import type { WorkerClient } from '../../../../src/protocol/workerClient';
import { listInstances, listSeries, listStudies } from '../../../../src/catalog';
import { vaultDatabase } from '../../../../src/storage/db';
import { processImportRequest } from '../../../../workers/processImportRequest';
import { dicomPath } from '../../../sharedData';
import { freshVault } from '../../storage/resetVault';

/**
 * Import "workers" that run in this thread (the keyring is shared, so installing keys is a no-op). Each
 * answer comes after a random short delay, so files finish out of order as they do with real workers.
 */
function inlineWorkers(count = 2): WorkerClient<ImportApi>[] {
  return Array.from({ length: count }, () => ({
    pending: 0,
    dispose() {},
    async call(method: string, params: unknown) {
      if (method === 'processFile') {
        const result = await processImportRequest(params as ImportApi['processFile']['params']);
        await new Promise((r) => setTimeout(r, Math.random() * 3));
        return result;
      }
      return true;
    },
  })) as unknown as WorkerClient<ImportApi>[];
}

function seriesSources(): ImportSource[] {
  const folder = dicomPath('series', readdirSync(dicomPath('series')).sort()[0] ?? '');
  const files = readdirSync(folder).sort();
  const sources: ImportSource[] = files.map((name) => {
    const bytes = readFileSync(join(folder, name));
    return { path: `disc/${name}`, size: bytes.length, blob: async () => new Blob([bytes]) };
  });
  const first = readFileSync(join(folder, files[0] ?? ''));
  sources.push({ path: 'disc/copy/again', size: first.length, blob: async () => new Blob([first]) });
  sources.push({
    path: 'disc/AUTORUN.INF',
    size: 22,
    blob: async () => new Blob(['[autorun]\r\nopen=x.exe\r\n']),
  });
  return sources;
}

const options = () => ({
  workers: inlineWorkers(),
  signal: new AbortController().signal,
  onProgress: () => {},
});

describe('runImport', () => {
  beforeEach(() => freshVault());

  it('files every image once, counts the duplicate copy and the junk, and adds nothing the second time', async () => {
    const sources = seriesSources();
    const images = sources.length - 2;
    const first = await runImport(sources, options());
    expect(first).toMatchObject({
      imported: images,
      duplicates: 1,
      alreadyInVault: 0,
      skippedCount: 1,
      cancelled: false,
    });
    expect(first.fatal).toBeUndefined();
    const studies = await listStudies();
    expect(studies).toHaveLength(1);
    expect(studies[0]?.value.instanceCount).toBe(images);

    const second = await runImport(sources, options());
    // Importing the same disc again adds nothing: no new row, no new original, the same study.
    expect(second).toMatchObject({ imported: 0, alreadyInVault: images, duplicates: 1 });
    expect(await vaultDatabase().instances.count()).toBe(images);
    expect(await vaultDatabase().originals.count()).toBe(images);
    expect((await listStudies())[0]?.value.instanceCount).toBe(images);
  });

  it('when the disk fills up: a clear message, what was written stays and shows, nothing half-written', async () => {
    const sources = seriesSources();
    const chunks = vaultDatabase().chunks;
    const bulkPut = chunks.bulkPut.bind(chunks);
    let calls = 0;
    chunks.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      calls++;
      if (calls > 1) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return bulkPut(...args);
    }) as typeof bulkPut;
    try {
      const summary = await runImport(sources, options());
      expect(summary.fatal).toMatch(/storage for this app is full.*safe in the vault/);
      expect(summary.imported).toBeGreaterThan(0);
      expect(summary.imported).toBeLessThan(sources.length - 2);
      const [study] = await listStudies();
      expect(study?.value.instanceCount).toBe(summary.imported);
      const series = await listSeries(study?.id);
      const instances = (await Promise.all(series.map((s) => listInstances(s.id)))).flat();
      const originals = new Set((await vaultDatabase().originals.toArray()).map((o) => o.address));
      expect(instances.every((i) => originals.has(i.address))).toBe(true);
      expect(await vaultDatabase().instances.count()).toBe(summary.imported);
    } finally {
      chunks.bulkPut = bulkPut;
    }
  });

  it('opens a ZIP whose name does not say so (found by its first bytes) and imports its entries', async () => {
    const images = seriesSources().slice(0, 3);
    const entries: Record<string, Uint8Array> = {};
    for (const source of images)
      entries[source.path] = new Uint8Array(await (await source.blob()).arrayBuffer());
    const download = new File([zipSync(entries, { level: 0 })], 'portal-download');
    const loose = images[0]!;
    const picked = [
      { path: 'portal-download', file: download },
      { path: 'loose.dcm', file: new File([await loose.blob()], 'loose.dcm') },
    ];
    const { sources, problems } = await importSources(picked);
    expect(problems).toEqual([]);
    // Nothing was read to find the ZIP: it is queued like any file, and opened when a worker sees it.
    expect(sources.map((s) => s.path)).toEqual(['portal-download', 'loose.dcm']);
    const progress: { filesDone: number; filesTotal: number }[] = [];
    const summary = await runImport(sources, { ...options(), onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({ imported: 3, duplicates: 1, skippedCount: 0, unreadable: [] });
    expect(summary.filesSeen).toBe(4);
    expect(progress.at(-1)).toMatchObject({ filesDone: 4, filesTotal: 4 });
    expect(await vaultDatabase().instances.count()).toBe(3);
  });

  it('a ZIP named so is opened at once; a damaged one is reported by name and the rest goes on', async () => {
    const [good] = seriesSources();
    const bytes = new Uint8Array(await (await good!.blob()).arrayBuffer());
    const zip = zipSync({ 'IM1.dcm': bytes }, { level: 0 });
    const picked = [
      { path: 'cd/series.ZIP', file: new File([zip], 'series.ZIP') },
      { path: 'cd/broken.zip', file: new File([zip.subarray(0, zip.length - 30)], 'broken.zip') },
    ];
    const { sources, problems } = await importSources(picked);
    expect(sources.map((s) => s.path)).toEqual(['cd/series.ZIP/IM1.dcm']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: 'cd/broken.zip',
      reason: expect.stringMatching(/ZIP file cannot be read/),
    });
    const summary = await runImport(sources, options());
    expect(summary.imported).toBe(1);
  });
});
