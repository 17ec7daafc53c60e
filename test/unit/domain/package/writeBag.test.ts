import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { folderBagSink, zipBagSink } from '../../../../src/domain/package/bagSink';
import { planPackage } from '../../../../src/domain/package/planPackage';
import { writeBag, type WriteBagResult } from '../../../../src/domain/package/writeBag';
import { withSha256 } from '../../../../src/domain/zip/write/hashingSink';
import { createZipWriter, type ZipWriterOptions } from '../../../../src/domain/zip/write/zipWriter';
import { checkWithAllReaders } from '../zip-write/zipTools';
import { tempDir } from '../zip-write/testSinks';
import {
  bagInfo,
  checksumCheck,
  dicomSources,
  nodeWriteFile,
  packageInput,
  validateBag,
} from './bagFixtures';

const run = promisify(execFile);
const root = tempDir('bag-');
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function toFolder(dir: string, input = packageInput()) {
  const plan = planPackage(input);
  const result = await writeBag({
    payload: plan.payload,
    tagFiles: plan.tagFiles,
    bagInfo,
    sink: folderBagSink(nodeWriteFile(dir), plan.packageName),
  });
  return { plan, result, bagDir: join(dir, plan.packageName) };
}

async function toZip(path: string, input = packageInput(), zipOptions: ZipWriterOptions = {}) {
  const plan = planPackage(input);
  const file = await open(path, 'w');
  const hashing = await withSha256(async (chunk) => void (await file.write(chunk)));
  const writer = createZipWriter(hashing.sink, { modified: new Date(2024, 6, 15, 9, 30), ...zipOptions });
  const result = await writeBag({
    payload: plan.payload,
    tagFiles: plan.tagFiles,
    bagInfo,
    sink: zipBagSink(writer, plan.packageName),
  });
  await file.close();
  return { plan, result, fingerprint: hashing.digest() };
}

function everyLineOk(output: string, files: number): void {
  const lines = output.trim().split('\n');
  expect(lines).toHaveLength(files);
  expect(lines.every((l) => l.endsWith(': OK'))).toBe(true);
}

function expectOriginalsIntact(bagDir: string, result: WriteBagResult): void {
  for (const f of dicomSources()) {
    const copy = readFileSync(join(bagDir, 'data', ...f.fileId));
    expect(sha256(copy), f.source).toBe(sha256(readFileSync(f.source)));
  }
  expect(result.failures).toEqual([]);
}

describe('writeBag', () => {
  it('writes a folder bag that validates, passes sha256sum -c and md5sum -c, and keeps originals byte for byte', async () => {
    const { plan, result, bagDir } = await toFolder(join(root, 'folder'));
    expect(plan.packageName).toBe('Second_opinion_Dr_Ruiz_2024-07-15');
    await validateBag(bagDir);
    const payloadCount = plan.payload.length;
    everyLineOk(await checksumCheck('sha256sum', bagDir, 'manifest-sha256.txt'), payloadCount);
    everyLineOk(await checksumCheck('md5sum', bagDir, 'manifest-md5.txt'), payloadCount);
    everyLineOk(await checksumCheck('sha256sum', bagDir, 'tagmanifest-sha256.txt'), 5);
    everyLineOk(await checksumCheck('md5sum', bagDir, 'tagmanifest-md5.txt'), 5);
    expectOriginalsIntact(bagDir, result);
    const onDisk = plan.entries.reduce((sum, e) => sum + statSync(join(bagDir, e.path)).size, 0);
    expect(result.packageBytes).toBe(onDisk);
    const payloadBytes = result.payload.reduce((s, e) => s + e.size, 0);
    expect(result.payloadOxum).toBe(`${payloadBytes}.${payloadCount}`);
    expect(readFileSync(join(bagDir, 'bag-info.txt'), 'utf8')).toContain(
      `Payload-Oxum: ${result.payloadOxum}\n`,
    );
    expect(plan.entries.map((e) => e.path)).toContain('data/documents/befund_muller-2.PDF');
  });

  it('writes the same bag into a ZIP that three readers accept, in plan order, with a true fingerprint', async () => {
    const zipPath = join(root, 'bag.zip');
    const { plan, result, fingerprint } = await toZip(zipPath);
    await validateBag(zipPath);
    const view = await checkWithAllReaders(zipPath, false);
    expect(view.entries.map((e) => e.name)).toEqual(plan.entries.map((e) => e.outputPath));
    expect(view.zip64End).toBe(false);
    for (const entry of view.entries) {
      const planned = plan.entries.find((e) => e.outputPath === entry.name);
      expect(entry.compress_type, entry.name).toBe(planned?.compress ? 8 : 0);
    }
    const zipBytes = readFileSync(zipPath);
    expect(result.packageBytes).toBe(zipBytes.length);
    expect(fingerprint).toBe(sha256(zipBytes));

    // Unzipped, it is the folder bag file for file.
    const unzipped = join(root, 'unzipped');
    await run('unzip', ['-q', zipPath, '-d', unzipped]);
    const folder = await toFolder(join(root, 'folder-for-diff'));
    await run('diff', ['-r', folder.bagDir, join(unzipped, plan.packageName)]);
    expectOriginalsIntact(join(unzipped, plan.packageName), result);
    everyLineOk(
      await checksumCheck('sha256sum', join(unzipped, plan.packageName), 'manifest-sha256.txt'),
      plan.payload.length,
    );
  });

  it('leaves out a file that cannot be read, reports it, and the bag stays valid (folder and ZIP)', async () => {
    const base = packageInput();
    const broken = {
      ...base,
      dicomFiles: base.dicomFiles.map((f, i) =>
        i !== 3
          ? f
          : {
              ...f,
              stream: async function* () {
                yield new Uint8Array(100);
                throw new Error('Vault record is corrupt');
              },
            },
      ),
    };
    const expectLeftOut = (result: WriteBagResult) => {
      expect(result.failures).toEqual([
        {
          path: 'data/DICOM/ST000001/SE000001/IM000004',
          reason: expect.stringMatching(/IM000004.*Vault record is corrupt/),
        },
      ]);
      expect(result.payload.map((p) => p.path)).not.toContain('data/DICOM/ST000001/SE000001/IM000004');
    };
    const folder = await toFolder(join(root, 'broken-folder'), broken);
    expectLeftOut(folder.result);
    await validateBag(folder.bagDir);
    const zipPath = join(root, 'broken.zip');
    const zipped = await toZip(zipPath, broken);
    expectLeftOut(zipped.result);
    await validateBag(zipPath);
    await checkWithAllReaders(zipPath, false);
  });

  it('stops the whole bag when the output fails', async () => {
    const plan = planPackage(packageInput());
    let written = 0;
    const sink = folderBagSink(async (path, data) => {
      for await (const chunk of data) written += chunk.length;
      if (path.endsWith('IM000002')) throw new Error('No space left on device');
    });
    await expect(writeBag({ payload: plan.payload, tagFiles: plan.tagFiles, bagInfo, sink })).rejects.toThrow(
      /No space left/,
    );
    expect(written).toBeGreaterThan(0);
  });

  it('stays valid when ZIP64 records are forced (low limits)', async () => {
    const zipPath = join(root, 'bag64.zip');
    await toZip(zipPath, packageInput(), { zip64Limits: { bytes: 40_000, entries: 20 } });
    await validateBag(zipPath);
    const view = await checkWithAllReaders(zipPath, false);
    expect(view.zip64End).toBe(true);
    expect(view.entries.some((e) => e.extra.startsWith('0100'))).toBe(true);
  });
});

describe('writeBag cancel and progress', () => {
  it('reports progress and stops at once when cancelled, even inside a file', async () => {
    const plan = planPackage(packageInput());
    const controller = new AbortController();
    const progress: number[] = [];
    const sink = folderBagSink(async (_path, data) => {
      for await (const _chunk of data) {
        /* consume */
      }
    });
    const bag = writeBag({
      payload: plan.payload,
      tagFiles: plan.tagFiles,
      bagInfo,
      sink,
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p.bytesDone);
        if (p.path.endsWith('IM000005') && p.bytesDone > 0) controller.abort();
      },
    });
    await expect(bag).rejects.toThrow(/abort/i);
    expect(progress.length).toBeGreaterThan(5);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });
});
