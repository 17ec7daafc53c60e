import { oneLine } from './writtenDocument';
import { wrapText } from './wrapText';

export interface ReadmeStudy {
  /** DICOM DA (YYYYMMDD) or ISO (YYYY-MM-DD). */
  readonly date?: string;
  readonly description?: string;
  readonly modalities: readonly string[];
  readonly seriesCount?: number;
  readonly imageCount?: number;
}

export interface ReadmeRecipient {
  readonly name: string;
  readonly specialty?: string;
  readonly institution?: string;
  readonly country?: string;
}

export interface ReadmeInput {
  /** The package's top-level folder name. */
  readonly packageName: string;
  readonly packageId: string;
  readonly createdAt: Date;
  /** Who sends it. With de-identified images, pass a pseudonym or nothing: this text is not de-identified. */
  readonly sender?: string;
  readonly recipient?: ReadmeRecipient;
  readonly purpose?: string;
  readonly studies: readonly ReadmeStudy[];
  /** Documents in the package, paths relative to data/ (e.g. "documents/report.pdf"). */
  readonly documents: readonly { readonly path: string; readonly description: string }[];
  readonly dicom:
    { readonly kind: 'original' } | { readonly kind: 'de-identified'; readonly options: readonly string[] };
  readonly hasDicomdir: boolean;
}

/** data/README.txt: what the package is, how to open it, how to check it arrived intact. Plain UTF-8, LF. */
export function readmeText(input: ReadmeInput): string {
  const out: string[] = [];
  const heading = (title: string) => out.push('', title, '-'.repeat(title.length));
  const para = (text: string) => out.push(wrapText(text), '');
  const title = `Medical imaging transfer package ${input.packageName}`;
  out.push(title, '='.repeat(title.length));

  heading('What this is');
  para(whatItIs(input));
  out.push(
    `Package id: ${input.packageId}`,
    `Created:    ${localStamp(input.createdAt)} (sender's local time)`,
    '',
  );
  if (input.purpose?.trim()) para(`Purpose: ${oneLine(input.purpose)}`);

  heading('Studies');
  if (input.studies.length === 0) out.push('(none)');
  for (const study of input.studies) out.push(wrapText(studyLine(study), 76, '  ').replace(/^ {2}/, '- '));
  out.push('');

  heading('Documents');
  if (input.documents.length === 0) out.push('(none)');
  for (const doc of input.documents) out.push(`- data/${doc.path}: ${oneLine(doc.description)}`);
  out.push('');

  heading('The DICOM files');
  if (input.dicom.kind === 'original') {
    para(
      'The files under data/DICOM/ are the original DICOM files exactly as they came from the hospital or ' +
        'imaging centre, byte for byte. Nothing was re-encoded or compressed.',
    );
  } else {
    const options = input.dicom.options.length ? input.dicom.options.join('; ') : 'none';
    para(
      'The files under data/DICOM/ are DE-IDENTIFIED COPIES, not the originals: identifying attributes ' +
        'were removed or replaced following the DICOM PS3.15 Basic Application Level Confidentiality ' +
        `Profile (options: ${options}), private attributes were dropped and UIDs were replaced ` +
        'consistently. Pixel data was not changed, so text burned into the images may still identify the ' +
        'patient.',
    );
  }

  heading('How to open the images');
  para('If the package arrived as a ZIP file, unzip it first.');
  if (input.hasDicomdir) {
    para(
      'In a DICOM viewer (for example Weasis, Horos, OsiriX, RadiAnt, MicroDicom or 3D Slicer), open the ' +
        'file data/DICOMDIR (often under File > Open DICOMDIR, or "Import" / "Open folder"), or open the ' +
        'folder data/ itself. Do not rename or move the files under data/DICOM/: the DICOMDIR refers to them ' +
        'by name.',
    );
  } else {
    para('In a DICOM viewer, import or open the folder data/DICOM/.');
  }

  heading('How to check that nothing was changed or lost');
  para(
    'This package is a BagIt bag (RFC 8493). manifest-sha256.txt and manifest-md5.txt, in the top folder ' +
      `${input.packageName}/, list every file under data/ with its checksum. Open a terminal in that top ` +
      'folder (the one holding manifest-sha256.txt) and run:',
  );
  out.push(
    '  Linux:    sha256sum -c manifest-sha256.txt',
    '  macOS:    shasum -a 256 -c manifest-sha256.txt',
    '  Windows (PowerShell):',
    '    Get-Content manifest-sha256.txt | ForEach-Object {',
    "      $h, $p = $_ -split '  ', 2",
    '      $ok = (Get-FileHash -Algorithm SHA256 -LiteralPath $p).Hash -eq $h',
    '      if ($ok) { "OK      $p" } else { "FAILED  $p" }',
    '    }',
    '  Windows (one file, Command Prompt):',
    '    certutil -hashfile data\\README.txt SHA256',
    "    and compare the result with that file's line in manifest-sha256.txt.",
    '',
  );
  para(
    'Every file must be reported OK. Without a terminal, open verify.html (in the top folder) in any web ' +
      'browser: it works offline, lets you choose this folder or the ZIP file, and gives a verdict per file ' +
      '(OK, altered, missing or extra).',
  );
  para(
    'The sender can also read you the SHA-256 fingerprint of the ZIP file they sent; compare it with ' +
      '"sha256sum FILE.zip" (Linux), "shasum -a 256 FILE.zip" (macOS) or "certutil -hashfile FILE.zip ' +
      'SHA256" (Windows). A package sent as a folder has no ZIP: its fingerprint is the SHA-256 of ' +
      'tagmanifest-sha256.txt in the top folder ("sha256sum tagmanifest-sha256.txt"), which pins every ' +
      'manifest and so every file.',
  );
  para(
    'Why the fingerprint matters: whoever changed files on the way could also have rewritten the ' +
      'manifests, and verify.html too, since it travels inside the package; a page shipped inside a ' +
      'package cannot vouch for that package. The fingerprint the sender reads you by phone or another ' +
      'channel is the independent check: it must match.',
  );
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function whatItIs(input: ReadmeInput): string {
  const from = input.sender?.trim() ? ` by ${oneLine(input.sender)}` : '';
  const r = input.recipient;
  const details = r
    ? [r.specialty, r.institution, r.country].filter((s) => s?.trim()).map((s) => oneLine(s!))
    : [];
  const to = r ? ` for ${oneLine(r.name)}${details.length ? ` (${details.join(', ')})` : ''}` : '';
  const sent = from || to ? `, sent${from}${to}` : '';
  return (
    `This package holds medical images (DICOM) and documents${sent}. It was made with ` +
    "Imaging Vault, which keeps a patient's imaging archive on their own device."
  );
}

function studyLine(study: ReadmeStudy): string {
  const parts = [isoDate(study.date) ?? 'date unknown'];
  if (study.modalities.length) parts.push(study.modalities.join('/'));
  if (study.description?.trim()) parts.push(oneLine(study.description));
  const counts = [
    study.seriesCount !== undefined ? `${study.seriesCount} series` : '',
    study.imageCount !== undefined ? `${study.imageCount} image${study.imageCount === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.join(', ') + (counts.length ? ` (${counts.join(', ')})` : '');
}

function isoDate(date: string | undefined): string | undefined {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date?.trim() ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function localStamp(when: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${when.getFullYear()}-${p(when.getMonth() + 1)}-${p(when.getDate())} ${p(when.getHours())}:${p(when.getMinutes())}`;
}
