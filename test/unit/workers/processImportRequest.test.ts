import { zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { readCentralDirectory } from '../../../src/domain/zip/read';
import { importSources } from '../../../src/features/import/importSources';
import { processImportRequest } from '../../../workers/processImportRequest';
import { buildDicom } from '../../support/syntheticDicom.mjs';
import { deflatedDicomBomb, lyingAboutSize, zeros, zipOf } from '../support/bombs';
import { freshVault } from '../storage/resetVault';

const image = buildDicom({
  patientName: 'Zip^Entry',
  patientId: 'Z1',
  studyDescription: 'in a ZIP',
  studyInstanceUid: '1.2.826.0.1.3680043.10.1234.77',
  seriesInstanceUid: '1.2.826.0.1.3680043.10.1234.77.1',
  sopInstanceUid: '1.2.826.0.1.3680043.10.1234.77.1.1',
});

/** A Blob whose every read fails the way Chromium's does for a file changed on disk after it was picked. */
function changedOnDisk(size: number): Blob {
  const fail = () =>
    Promise.reject(
      new DOMException(
        'The requested file could not be read, typically due to permission problems that have occurred after a reference to a file was acquired.',
        'NotReadableError',
      ),
    );
  const blob = { size, type: '', arrayBuffer: fail, slice: () => blob };
  return blob as unknown as Blob;
}

const reasonOf = (result: object) => ('reason' in result ? String(result.reason) : '');

describe('ZIP entries in an import', () => {
  beforeEach(() => freshVault());

  it('are handed to the import worker as the ZIP and the entry, never expanded on the page', async () => {
    const zip = new File([zipSync({ 'IM1.dcm': image })], 'portal.zip');
    const { sources } = await importSources([{ path: 'cd/portal.zip', file: zip }]);
    expect(sources).toHaveLength(1);
    const [source] = sources;
    expect(await source!.blob()).toBe(zip);
    expect(source!.zipEntry).toMatchObject({ path: 'IM1.dcm', size: image.length });
    const result = await processImportRequest({
      path: source!.path,
      file: await source!.blob(),
      zipEntry: source!.zipEntry!,
    });
    expect(result.kind).toBe('dicom');
    expect(result.kind === 'dicom' && result.instance.patient.id).toBe('Z1');
  });

  it('an entry lying about its size comes back as a named decompression bomb', async () => {
    const zip = new Blob([lyingAboutSize(zipOf({ 'bomb.dcm': zeros(24 * 1024 * 1024) }), 4096)]);
    const [entry] = (await readCentralDirectory(zip)).entries;
    const result = await processImportRequest({ path: 'cd/x.zip/bomb.dcm', file: zip, zipEntry: entry! });
    expect(result).toMatchObject({ kind: 'unreadable', path: 'cd/x.zip/bomb.dcm', size: 4096 });
    expect(reasonOf(result)).toBe(
      'ZIP entry "bomb.dcm" expands far beyond its declared size of 4096 bytes: refused as a decompression bomb.',
    );
  });

  it('a Deflated DICOM bomb is refused with the reason', async () => {
    const result = await processImportRequest({
      path: 'cd/bomb.dcm',
      file: new Blob([deflatedDicomBomb(64)]),
    });
    expect(reasonOf(result)).toMatch(/deflated data set expands more than 128 times .*decompression bomb/);
  });
});

describe('a file that cannot be read', () => {
  it('says why in words, not the browser’s NotReadableError text', async () => {
    const result = await processImportRequest({ path: 'cd/IM9', file: changedOnDisk(1000) });
    expect(result).toMatchObject({ kind: 'unreadable', path: 'cd/IM9' });
    expect(reasonOf(result)).toBe(
      'could not be read: it was changed, moved or deleted after it was chosen, or its disc or drive was removed; choose it again',
    );
  });

  it('names the ZIP entry it stopped when the archive changed on disk', async () => {
    const bytes = zipSync({ 'IM1.dcm': image });
    const [entry] = (await readCentralDirectory(new Blob([bytes]))).entries;
    const result = await processImportRequest({
      path: 'cd/p.zip/IM1.dcm',
      file: changedOnDisk(bytes.length),
      zipEntry: entry!,
    });
    expect(reasonOf(result)).toMatch(
      /^ZIP entry "IM1\.dcm" could not be read: it was changed, moved or deleted/,
    );
  });
});
