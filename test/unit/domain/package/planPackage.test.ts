import { describe, expect, it } from 'vitest';
import { planPackage } from '../../../../src/domain/package/planPackage';
import { packageInput } from './bagFixtures';

const file = (fileId: string[]) => ({ fileId, size: 1, stream: () => new Uint8Array(1) });

describe('planPackage', () => {
  it('lays out one ASCII top folder: bagit.txt first, payload, then the tag files that depend on it', () => {
    const plan = planPackage(packageInput());
    const paths = plan.entries.map((e) => e.path);
    expect(paths[0]).toBe('bagit.txt');
    expect(paths[1]).toBe('data/DICOMDIR');
    expect(paths.at(-1)).toBe('tagmanifest-md5.txt');
    expect(paths.slice(-7)).toEqual([
      'data/README.txt',
      'bag-info.txt',
      'manifest-sha256.txt',
      'manifest-md5.txt',
      'verify.html',
      'tagmanifest-sha256.txt',
      'tagmanifest-md5.txt',
    ]);
    expect(plan.entries.every((e) => e.outputPath === `${plan.packageName}/${e.path}`)).toBe(true);
    expect(plan.entries.every((e) => /^[\x21-\x7e]+$/.test(e.outputPath))).toBe(true);
    expect(plan.payload.map((p) => p.path)).toEqual(paths.filter((p) => p.startsWith('data/')));
    // DICOM and PDFs stored, text deflated.
    const compress = new Map(plan.entries.map((e) => [e.path, e.compress]));
    expect(compress.get('data/DICOM/ST000001/SE000001/IM000001')).toBe(false);
    expect(compress.get('data/DICOMDIR')).toBe(false);
    expect(compress.get('data/documents/Befund_Muller.pdf')).toBe(false);
    expect(compress.get('data/documents/questions.html')).toBe(true);
    expect(compress.get('data/README.txt')).toBe(true);
  });

  it('refuses DICOM file IDs that break PS3.10 or the data/DICOM/ layout, naming them', () => {
    const plan = (ids: string[][]) => () => planPackage(packageInput({ dicomFiles: ids.map(file) }));
    expect(plan([['DICOM', 'ST000001', 'im000001']])).toThrow(/"im000001"/);
    expect(plan([['DICOM', 'IMAGE00001']])).toThrow(/IMAGE00001/);
    expect(plan([['IMAGES', 'IM1']])).toThrow(/DICOM\/\.\.\./);
    expect(plan([['DICOM', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']])).toThrow(/at most 8/);
    expect(
      plan([
        ['DICOM', 'IM1'],
        ['DICOM', 'IM1'],
      ]),
    ).toThrow(/used twice/);
  });
});
