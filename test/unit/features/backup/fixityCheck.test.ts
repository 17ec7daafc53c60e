import { beforeEach, describe, expect, it } from 'vitest';
import { runFixityCheck } from '../../../../src/features/backup/fixityCheck';
import { runImport, type ImportSource } from '../../../../src/features/import/importJob';
import type { ImportApi } from '../../../../src/protocol/importApi';
import type { WorkerClient } from '../../../../src/protocol/workerClient';
import { vaultDatabase } from '../../../../src/storage/db';
import { processImportFile } from '../../../../workers/processImportFile';
import { buildDicom } from '../../../support/syntheticDicom.mjs';
import { freshVault } from '../../storage/resetVault';

const inlineWorkers = () =>
  [
    {
      pending: 0,
      dispose() {},
      async call(method: string, params: unknown) {
        if (method !== 'processFile') return true;
        const { path, file } = params as { path: string; file: Blob };
        return processImportFile(path, file);
      },
    },
  ] as unknown as WorkerClient<ImportApi>[];

function image(patient: string, n: number): ImportSource {
  const bytes = buildDicom({
    patientName: `${patient}^TEST`,
    patientId: `ID-${patient}`,
    studyDescription: `CT of ${patient}`,
    studyInstanceUid: `1.2.826.0.1.${patient.length}.1`,
    seriesInstanceUid: `1.2.826.0.1.${patient.length}.1.1`,
    sopInstanceUid: `1.2.826.0.1.${patient.length}.1.1.${n}`,
    instanceNumber: n,
  });
  return {
    path: `disc/${patient}/IM${n}`,
    size: bytes.length,
    blob: async () => new Blob([bytes as Uint8Array<ArrayBuffer>]),
  };
}

const control = { progress() {}, stopped: () => false };

/** Anna's study and Boris's study, two images each. */
async function importTwoPatients() {
  const sources = [image('ANNA', 1), image('ANNA', 2), image('BORIS', 1), image('BORIS', 2)];
  const result = await runImport(sources, {
    workers: inlineWorkers(),
    signal: new AbortController().signal,
    onProgress: () => {},
  });
  expect(result.imported).toBe(4);
}

describe('the fixity check walks instances → originals → chunks', () => {
  beforeEach(() => freshVault());

  it('names an image whose address was pointed at another patient’s file, by patient, study and file', async () => {
    await importTwoPatients();
    const db = vaultDatabase();
    const instances = await db.instances.toArray();
    const rows = await Promise.all(instances.map(async (row) => ({ row, path: await pathOf(row.id) })));
    const anna = rows.find((r) => r.path === 'disc/ANNA/IM1')!.row;
    const boris = rows.find((r) => r.path === 'disc/BORIS/IM1')!.row;
    await db.instances.update(boris.id, { address: anna.address });

    const result = await runFixityCheck(control);
    expect(result.failures).toEqual([
      expect.objectContaining({
        patient: 'BORIS, TEST',
        study: expect.stringContaining('CT of BORIS'),
        file: 'disc/BORIS/IM1',
        reason: expect.stringContaining('original file'),
      }),
    ]);
  });

  it('names a damaged series row and an image whose original is gone, and checks all the rest', async () => {
    await importTwoPatients();
    const db = vaultDatabase();
    const [series] = await db.series.toArray();
    const garbled = Uint8Array.from(series!.sealed);
    garbled[30]! ^= 1;
    await db.series.put({ ...series!, sealed: garbled });
    const instance = (await db.instances.toArray()).find((i) => i.seriesId !== series!.id)!;
    await db.originals.delete(instance.address);

    const result = await runFixityCheck(control);
    expect(result.failures).toHaveLength(2);
    expect(result.failures).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/^A series/),
        reason: expect.stringMatching(/could not be read/),
      }),
    );
    expect(result.failures).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/^disc\//),
        reason: expect.stringMatching(/missing from the vault/),
      }),
    );
    expect(result.checked).toBe(4);
  });
});

async function pathOf(id: string): Promise<string> {
  const { readInstances } = await import('../../../../src/catalog');
  const all = await readInstances();
  return all.items.find((i) => i.id === id)?.value.sourcePath ?? '';
}
