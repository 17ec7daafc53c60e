import { beforeEach, describe, expect, it } from 'vitest';
import { concatBytes } from '../../../../src/domain/bytes/concatBytes';
import { damagedOriginalFile, listDamagedOriginals } from '../../../../src/features/import/damagedOriginals';
import { runImport, type ImportSource } from '../../../../src/features/import/importJob';
import type { ImportApi } from '../../../../src/protocol/importApi';
import type { WorkerClient } from '../../../../src/protocol/workerClient';
import { listStudies } from '../../../../src/catalog';
import { vaultDatabase } from '../../../../src/storage/db';
import { processImportFile } from '../../../../workers/processImportFile';
import {
  buildDicom,
  implicitElement,
  latin1,
  padEven,
  type SyntheticImage,
} from '../../../support/syntheticDicom.mjs';
import { freshVault } from '../../storage/resetVault';

/** Import "workers" that run in this thread (the keyring is shared, so installing keys is a no-op). */
function inlineWorkers(): WorkerClient<ImportApi>[] {
  return [
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
}

const image = (n: number): SyntheticImage => ({
  patientName: 'Doe^Jane',
  patientId: 'P1',
  studyDescription: 'CT head',
  studyInstanceUid: '1.2.3.4',
  seriesInstanceUid: '1.2.3.4.5',
  sopInstanceUid: `1.2.3.4.5.${n}`,
  instanceNumber: n,
});

const source = (path: string, bytes: Uint8Array): ImportSource => ({
  path,
  size: bytes.length,
  blob: async () => new Blob([bytes as Uint8Array<ArrayBuffer>]),
});

const options = () => ({
  workers: inlineWorkers(),
  signal: new AbortController().signal,
  onProgress: () => {},
});

/** The file meta of a built file (it ends where the first element of group 0008 starts). */
function metaOf(file: Uint8Array): Uint8Array {
  for (let i = 132; i + 2 <= file.length; i += 2)
    if (file[i] === 0x08 && file[i + 1] === 0x00) return file.slice(0, i);
  throw new Error('no data set');
}

/** One implicit VR little endian element holding text (NUL-padded to even length). */
const implicit = (tag: number, text: string) => implicitElement(tag, padEven(latin1(text), 'UI'));

describe('damaged originals on import', () => {
  beforeEach(() => freshVault());

  it('keeps a truncated DICOM file byte for byte, counted with its reason, never as an image', async () => {
    const good = buildDicom(image(1));
    const cut = buildDicom(image(2));
    const truncated = cut.slice(0, cut.length - 100);
    const summary = await runImport([source('disc/IM1', good), source('disc/IM2', truncated)], options());
    expect(summary.imported).toBe(1);
    expect(summary.unreadable).toEqual([]);
    expect(summary.damaged).toHaveLength(1);
    expect(summary.damaged[0]).toMatchObject({ path: 'disc/IM2', size: truncated.length });
    expect(summary.damaged[0]?.reason).toMatch(/truncated at byte/);
    // Stored as an original, listed as a damaged document, and filed nowhere in the catalog.
    expect(await vaultDatabase().originals.count()).toBe(2);
    expect(await vaultDatabase().instances.count()).toBe(1);
    const kept = await listDamagedOriginals();
    expect(kept.map((k) => [k.path, k.reason])).toEqual([['disc/IM2', summary.damaged[0]?.reason]]);
    const file = await damagedOriginalFile(kept[0]!);
    expect(file.name).toBe('IM2');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(truncated);
    // A document pointing at another original (an edited database) is refused, not served.
    const other = (await vaultDatabase().originals.toArray()).find((o) => o.address !== kept[0]!.address);
    await expect(damagedOriginalFile({ ...kept[0]!, address: other!.address })).rejects.toThrow(
      /not the file this record names: this record is damaged/,
    );
  });

  it('names a declared syntax that contradicts the bytes, instead of a phantom unnamed patient', async () => {
    const meta = metaOf(buildDicom(image(3)));
    const lying = concatBytes([
      meta,
      implicit(0x00080016, '1.2.840.10008.5.1.4.1.1.2'),
      implicit(0x00080018, '1.2.3.4.5.3'),
      implicit(0x00080060, 'CT'),
      implicit(0x00100010, 'Doe^Jane'),
      implicit(0x0020000d, '1.2.3.4'),
    ]);
    const summary = await runImport([source('disc/IM3', lying)], options());
    expect(summary.imported).toBe(0);
    expect(summary.damaged.map((d) => d.reason)).toEqual([
      'declares Explicit VR Little Endian (1.2.840.10008.1.2.1) but its elements are implicit VR (little endian)',
    ]);
    expect(await listStudies()).toEqual([]);
  });
});
