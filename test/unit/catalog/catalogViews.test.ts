import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  commitCatalog,
  deleteStudy,
  largestStudies,
  loadCatalogTree,
  loadInstances,
  loadLibrary,
  loadStudyFacts,
  patientName,
  readStudies,
  sealInstanceRow,
  viewerInstances,
  viewerSeries,
  viewerStudies,
  walkCatalog,
} from '../../../src/catalog';
import type { SealedOriginal } from '../../../src/crypto/sealOriginal';
import { parseDicomHeader, type GroupInput } from '../../../src/domain/dicom';
import { writeCatalogRows } from '../../../src/storage/catalogRepository';
import { vaultDatabase } from '../../../src/storage/db';
import { storeOriginal } from '../../../src/storage/originalsRepository';
import { dicomPath } from '../../sharedData';
import { freshVault } from '../storage/resetVault';

/** Real files of three patients, each with one study: Japanese, Korean and French names. */
const FILES = ['chrH32.dcm', 'chrI2.dcm', 'chrFren.dcm'];

/** Files them as an import does: original, instance row, then the summaries of commitCatalog. */
async function importFiles(files: readonly string[]) {
  const inputs: GroupInput[] = [];
  const rows = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(dicomPath('charset', file)));
    const parsed = parseDicomHeader(bytes, file);
    if (!parsed.ok) throw new Error(parsed.reason);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { address } = await storeOriginal(bytes, sha256);
    // sealInstanceRow reads only the address of the sealed original.
    const sealed = { address } as unknown as SealedOriginal;
    rows.push(
      await sealInstanceRow({
        kind: 'dicom',
        path: `disc/${file}`,
        size: bytes.length,
        sha256,
        instance: parsed.instance,
        sealed,
      }),
    );
    inputs.push({ instance: parsed.instance, sha256, size: bytes.length, path: `disc/${file}` });
  }
  await writeCatalogRows({ instances: rows });
  return commitCatalog(inputs, new Map());
}

describe('the catalog views every feature reads', () => {
  beforeEach(() => freshVault());

  it('the library lists each patient by a readable name with their studies', async () => {
    const { studyIds } = await importFiles(FILES);
    expect(studyIds).toHaveLength(3);
    const library = await loadLibrary();
    expect(library.damaged).toEqual([]);
    expect(library.patients).toHaveLength(3);
    expect(library.patients.every((p) => p.studies.length === 1)).toBe(true);
    expect(library.patients.map((p) => patientName(p.patient.info)).sort()).toEqual([
      'Buc, Jérôme',
      '山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ)',
      '洪 吉洞 (Hong Gildong)',
    ]);
  });

  it('the tree for a package holds patients, studies and series; the instances come with their originals', async () => {
    await importFiles(FILES);
    const tree = await loadCatalogTree();
    expect(tree.damaged).toEqual([]);
    const series = tree.patients.flatMap((p) => p.studies.flatMap((s) => s.series));
    expect(series).toHaveLength(3);
    const instances = await loadInstances(series.map((s) => s.id));
    expect(instances.map((i) => i.stored.sourcePath).sort()).toEqual(FILES.map((f) => `disc/${f}`).sort());
  });

  it('the largest studies name their patient as read, never with ^ or =', async () => {
    await importFiles(FILES);
    const largest = await largestStudies(10);
    expect(largest.map((s) => s.patient).sort()).toEqual([
      'Buc, Jérôme',
      '山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ)',
      '洪 吉洞 (Hong Gildong)',
    ]);
    expect(largest.map((s) => s.patient).join(' ')).not.toMatch(/[\^=]/);
    expect(await largestStudies(1)).toHaveLength(1);
  });

  it('the records see every study by its facts', async () => {
    await importFiles(FILES);
    const facts = await loadStudyFacts();
    expect(facts).toHaveLength(3);
    expect(facts.every((f) => f.studyUid !== '')).toBe(true);
  });

  it('the walk finds every instance under its original, and no broken link', async () => {
    await importFiles(FILES);
    const walk = await walkCatalog();
    expect(walk.failures).toEqual([]);
    expect(
      [...walk.byAddress.values()]
        .flat()
        .map((r) => r.label.file)
        .sort(),
    ).toEqual(FILES.map((f) => `disc/${f}`).sort());
  });

  it('the viewer sees each study by its readable patient name, its series and their instances', async () => {
    await importFiles(FILES);
    const studies = await viewerStudies();
    expect(studies.map((s) => s.patientName).sort()).toEqual([
      'Buc, Jérôme',
      '山田 太郎 (ﾔﾏﾀﾞ ﾀﾛｳ)',
      '洪 吉洞 (Hong Gildong)',
    ]);
    const [series] = await viewerSeries(studies[0]!.id);
    expect(series?.imageCount).toBe(1);
    const { instances, damaged } = await viewerInstances(series!.id);
    expect(damaged).toEqual([]);
    expect(instances).toHaveLength(1);
    expect(instances[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(instances[0]?.instance.header.patientName).toBe(studies[0]?.patientName);
  });

  it('deleting a study removes it and the originals only it used', async () => {
    const { studyIds } = await importFiles(FILES);
    const [first] = studyIds;
    const report = await deleteStudy(first!, 'a study');
    expect(report).toMatchObject({ instances: 1, files: 1 });
    expect((await readStudies()).items.map((s) => s.id)).not.toContain(first);
    expect(await vaultDatabase().instances.count()).toBe(2);
  });
});
