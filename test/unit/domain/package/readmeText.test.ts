import { describe, expect, it } from 'vitest';
import { readmeText, type ReadmeInput } from '../../../../src/domain/package/readmeText';

const input: ReadmeInput = {
  packageName: 'Second-opinion-2024-07-15',
  packageId: 'pkg-7f3a',
  createdAt: new Date(2024, 6, 15, 9, 5),
  sender: 'Jane Doe',
  recipient: {
    name: 'Dr Ana Ruiz',
    specialty: 'Thoracic radiology',
    institution: 'Hospital Clínic',
    country: 'Spain',
  },
  purpose: 'Second opinion on a lung nodule',
  studies: [
    { date: '20240701', description: 'CT CHEST', modalities: ['CT'], seriesCount: 3, imageCount: 412 },
    { modalities: ['PT', 'CT'], imageCount: 1 },
  ],
  documents: [{ path: 'documents/report.pdf', description: 'Radiology report' }],
  dicom: { kind: 'original' },
  hasDicomdir: true,
};

describe('readmeText', () => {
  it('says what the package is, for whom, and lists studies and documents', () => {
    const text = readmeText(input).replace(/\s+/g, ' ');
    expect(text).toContain('sent by Jane Doe for Dr Ana Ruiz (Thoracic radiology, Hospital Clínic, Spain)');
    expect(text).toContain('Purpose: Second opinion on a lung nodule');
    expect(text).toContain('Package id: pkg-7f3a');
    expect(text).toContain('Created: 2024-07-15 09:05');
    expect(text).toContain('- 2024-07-01, CT, CT CHEST (3 series, 412 images)');
    expect(text).toContain('- date unknown, PT/CT (1 image)');
    expect(text).toContain('- data/documents/report.pdf: Radiology report');
    expect(text).toContain('original DICOM files exactly as they came');
    expect(text).toContain('data/DICOMDIR');
  });
  it('explains every way to verify it', () => {
    const text = readmeText(input);
    for (const command of [
      'sha256sum -c manifest-sha256.txt',
      'shasum -a 256 -c manifest-sha256.txt',
      'certutil -hashfile',
      'Get-FileHash -Algorithm SHA256',
      'verify.html',
    ]) {
      expect(text).toContain(command);
    }
    expect(text.endsWith('\n')).toBe(true);
    expect(text).not.toContain('\r');
    expect(Math.max(...text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });
  it('names the folder fingerprint the sender’s screen shows, and why a page inside cannot vouch', () => {
    const text = readmeText(input).replace(/\s+/g, ' ');
    expect(text).toContain(
      'its fingerprint is the SHA-256 of tagmanifest-sha256.txt in the top folder ("sha256sum tagmanifest-sha256.txt")',
    );
    expect(text).toContain('a page shipped inside a package cannot vouch for that package');
  });
  it('says plainly when the images are de-identified copies', () => {
    const text = readmeText({
      ...input,
      dicom: { kind: 'de-identified', options: ['retain longitudinal dates'] },
    });
    expect(text.replace(/\s+/g, ' ')).toContain('DE-IDENTIFIED COPIES, not the originals');
    expect(text.replace(/\s+/g, ' ')).toContain('retain longitudinal dates');
    expect(text.replace(/\s+/g, ' ')).not.toContain('original DICOM files exactly');
  });
});
