import { execFile } from 'node:child_process';
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { mkdir, open, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { WriteFile } from '../../../../src/domain/package/bagSink';
import type { PackageInput } from '../../../../src/domain/package/planPackage';
import { dicomPath, sharedPath } from '../../../sharedData';

const run = promisify(execFile);

/** A folder sink's writeFile on Node: removes the partial file when the data fails, as the contract asks. */
export function nodeWriteFile(root: string): WriteFile {
  return async (path, data) => {
    const full = join(root, ...path.split('/'));
    await mkdir(dirname(full), { recursive: true });
    const handle = await open(full, 'w');
    try {
      for await (const chunk of data) await handle.write(chunk);
      await handle.close();
    } catch (error) {
      await handle.close();
      await rm(full, { force: true });
      throw error;
    }
  };
}

/** The real validator beside the checkout: exit 0 and not a single warning. */
export async function validateBag(path: string): Promise<string> {
  const tool = sharedPath('tools', 'validate_bag.py');
  const { stdout, stderr } = await run('/usr/bin/python3', [tool, path]).catch(
    (e: { stdout?: string; stderr?: string }) => {
      throw new Error(`validate_bag.py rejected ${path}:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    },
  );
  if (stderr.trim() !== '') throw new Error(`validate_bag.py warned about ${path}:\n${stderr}`);
  return stdout;
}

/** Runs a checksum tool in the bag's top folder; returns its output (exit status 0 required). */
export async function checksumCheck(tool: 'sha256sum' | 'md5sum', bagDir: string, manifest: string) {
  const { stdout } = await run(tool, ['-c', manifest], { cwd: bagDir });
  return stdout;
}

export const seriesDir = () => dicomPath('series', 'pacsman_synthetic_mr_128');

/** The real DICOM files the test packages, with the file IDs a DICOMDIR writer would give them. */
export function dicomSources(): { source: string; fileId: string[]; size: number }[] {
  const dir = seriesDir();
  return readdirSync(dir)
    .sort()
    .map((name, i) => ({
      source: join(dir, name),
      fileId: ['DICOM', 'ST000001', 'SE000001', `IM${String(i + 1).padStart(6, '0')}`],
      size: statSync(join(dir, name)).size,
    }));
}

const encoder = new TextEncoder();

export function packageInput(overrides: Partial<PackageInput> = {}): PackageInput {
  const pdf = encoder.encode('%PDF-1.4 stand-in for a scanned report\n');
  return {
    packageName: 'Second opinion — Dr Ruiz 2024-07-15',
    // Stand-in bytes: the DICOMDIR writer is tested on its own; here only the bag around it matters.
    dicomdir: encoder.encode('DICOMDIR stand-in'),
    dicomFiles: dicomSources().map((f) => ({
      fileId: f.fileId,
      size: f.size,
      stream: () => createReadStream(f.source, { highWaterMark: 16 * 1024 }) as AsyncIterable<Uint8Array>,
    })),
    attachments: [
      { name: 'Befund Müller.pdf', description: 'Radiology report', size: pdf.length, stream: () => pdf },
      {
        name: 'befund muller.PDF',
        description: 'Report translated into English',
        size: pdf.length,
        stream: () => pdf,
      },
    ],
    writtenDocuments: [
      {
        name: 'patient history',
        document: {
          title: 'Patient history',
          sections: [{ heading: 'Summary', text: 'Smoker, 20 pack-years.' }],
        },
      },
      {
        name: 'questions',
        document: {
          title: 'Questions for the consultant',
          sections: [{ heading: 'Q1', text: 'Is it benign?' }],
        },
      },
    ],
    readme: {
      packageId: 'pkg-test-0001',
      createdAt: new Date(2024, 6, 15, 9, 30),
      sender: 'Jane Doe',
      recipient: { name: 'Dr Ana Ruiz', country: 'Spain' },
      purpose: 'Second opinion',
      studies: [
        {
          date: '20240701',
          modalities: ['MR'],
          description: 'Synthetic MR',
          seriesCount: 1,
          imageCount: 128,
        },
      ],
      dicom: { kind: 'original' },
    },
    verifyHtml: encoder.encode('<!DOCTYPE html><title>verify stand-in</title>\n'),
    ...overrides,
  };
}

export const bagInfo = {
  sourceOrganization: 'Jane Doe (patient)',
  externalDescription: 'Imaging for a second opinion',
  internalSenderIdentifier: 'pkg-test-0001',
  baggingDate: '2024-07-15',
  extra: [['Bag-Software-Agent', 'Imaging Vault test']] as const,
};
