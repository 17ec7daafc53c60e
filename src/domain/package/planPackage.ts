import type { EntrySource } from '../zip/write/entrySource';
import { isTextPath } from './bagPaths';
import { documentHtml } from './documentsHtml';
import { documentText } from './documentsText';
import { MANIFEST_ALGORITHMS, manifestName, tagManifestName } from './manifests';
import { readmeText, type ReadmeInput } from './readmeText';
import { safePackageName } from './safePackageName';
import type { PayloadItem, TagFile } from './writeBag';
import type { WrittenDocument } from './writtenDocument';

/** Version of this layout, for readers of packages made today (bag-info "Imaging-Vault-Package-Layout"). */
export const PACKAGE_LAYOUT_VERSION = 1;

export interface PlanDicomFile {
  /** File ID components relative to data/, as the DICOMDIR references them: ["DICOM", "ST000001", ...]. */
  readonly fileId: readonly string[];
  readonly size: number;
  readonly stream: () => EntrySource | Promise<EntrySource>;
}

export interface PlanAttachment {
  /** The name the user knows it by; it becomes an ASCII file name. */
  readonly name: string;
  /** What it is, for the README ("Radiology report", "Report translated into English"). */
  readonly description: string;
  readonly size: number;
  readonly stream: () => EntrySource | Promise<EntrySource>;
}

export interface PackageInput {
  /** Any name: it becomes the ASCII top-level folder. */
  readonly packageName: string;
  /** The DICOMDIR's bytes (from the DICOMDIR writer); omit only for a package without images. */
  readonly dicomdir?: Uint8Array;
  readonly dicomFiles: readonly PlanDicomFile[];
  readonly attachments: readonly PlanAttachment[];
  /** Written in the app; each becomes an .html and a .txt file. */
  readonly writtenDocuments: readonly { readonly name: string; readonly document: WrittenDocument }[];
  readonly readme: Omit<ReadmeInput, 'packageName' | 'documents' | 'hasDicomdir'>;
  /** The offline verification page, placed at the bag root. */
  readonly verifyHtml: Uint8Array;
}

export interface PlannedEntry {
  /** Path inside the bag. */
  readonly path: string;
  /** Path inside the ZIP or the chosen folder: "<PackageName>/<path>". */
  readonly outputPath: string;
  readonly role: 'tag' | 'payload';
  readonly compress: boolean;
}

export interface PackagePlan {
  readonly packageName: string;
  /** Hand these to writeBag, in this order. */
  readonly payload: readonly PayloadItem[];
  readonly tagFiles: readonly TagFile[];
  /** Every file of the package in the order writeBag writes it. */
  readonly entries: readonly PlannedEntry[];
}

const encoder = new TextEncoder();
const DICOM_ID_COMPONENT = /^[A-Z0-9_]{1,8}$/;

/**
 * The package layout: <PackageName>/ holding the BagIt tag files, verify.html, and data/ with DICOMDIR,
 * DICOM/..., documents/... and README.txt. Throws, naming the file, on a DICOM file ID that breaks
 * PS3.10 (components of 1-8 characters A-Z, 0-9, _; at most 8 levels) or the data/DICOM/ layout.
 */
export function planPackage(input: PackageInput): PackagePlan {
  const packageName = safePackageName(input.packageName, undefined, { fallback: 'package' });
  const payload: PayloadItem[] = [];
  const bytesItem = (path: string, bytes: Uint8Array): PayloadItem => ({
    path,
    size: bytes.length,
    stream: () => bytes,
  });
  if (input.dicomdir) payload.push(bytesItem('data/DICOMDIR', input.dicomdir));

  const ids = new Set<string>();
  for (const file of input.dicomFiles) {
    const id = file.fileId.join('/');
    if (file.fileId[0] !== 'DICOM' || file.fileId.length < 2 || file.fileId.length > 8) {
      throw new Error(`DICOM file ID "${id}" must be DICOM/... with at most 8 components`);
    }
    const bad = file.fileId.find((c) => !DICOM_ID_COMPONENT.test(c));
    if (bad !== undefined)
      throw new Error(`DICOM file ID "${id}": "${bad}" is not 1-8 characters of A-Z, 0-9, _`);
    if (ids.has(id)) throw new Error(`DICOM file ID "${id}" is used twice`);
    ids.add(id);
    payload.push({ path: `data/${id}`, size: file.size, compress: false, stream: file.stream });
  }

  const taken = new Set<string>();
  const documents: { path: string; description: string }[] = [];
  for (const doc of input.attachments) {
    const path = `documents/${safePackageName(doc.name, taken, { fallback: 'document' })}`;
    documents.push({ path, description: doc.description });
    payload.push({ path: `data/${path}`, size: doc.size, stream: doc.stream });
  }
  for (const { name, document } of input.writtenDocuments) {
    const stem = safePackageName(name, undefined, { fallback: 'document' }).replace(/\.(html?|txt)$/i, '');
    for (const [extension, render, label] of [
      ['html', documentHtml, 'web page'],
      ['txt', documentText, 'plain text'],
    ] as const) {
      const path = `documents/${safePackageName(`${stem}.${extension}`, taken)}`;
      documents.push({ path, description: `${document.title} (${label})` });
      payload.push(bytesItem(`data/${path}`, encoder.encode(render(document))));
    }
  }
  const readme = readmeText({
    ...input.readme,
    packageName,
    documents,
    hasDicomdir: Boolean(input.dicomdir),
  });
  payload.push(bytesItem('data/README.txt', encoder.encode(readme)));

  const tagFiles: TagFile[] = [{ path: 'verify.html', bytes: input.verifyHtml }];
  const entries = bagEntryOrder(
    payload.map((p) => ({ path: p.path, compress: p.compress ?? isTextPath(p.path) })),
    tagFiles.map((t) => t.path),
  ).map((e) => ({ ...e, outputPath: `${packageName}/${e.path}` }));
  return { packageName, payload, tagFiles, entries };
}

/** The order writeBag writes a bag in: bagit.txt, the payload, then the tag files that depend on it. */
export function bagEntryOrder(
  payload: readonly { path: string; compress: boolean }[],
  extraTags: readonly string[],
): Omit<PlannedEntry, 'outputPath'>[] {
  const tag = (path: string) => ({ path, role: 'tag' as const, compress: isTextPath(path) });
  return [
    tag('bagit.txt'),
    ...payload.map((p) => ({ ...p, role: 'payload' as const })),
    tag('bag-info.txt'),
    ...MANIFEST_ALGORITHMS.map((a) => tag(manifestName(a))),
    ...extraTags.map(tag),
    ...MANIFEST_ALGORITHMS.map((a) => tag(tagManifestName(a))),
  ];
}
