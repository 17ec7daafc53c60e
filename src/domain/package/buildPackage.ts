import { createDeidContext, deidentify, type DeidContext, type DeidOptions } from '../deid';
import {
  assignFileIds,
  readDirectoryInstance,
  writeDicomdir,
  type DirectoryInstance,
} from '../dicomdir-write';
import type { BagSink } from './bagSink';
import { PACKAGE_LAYOUT_VERSION, planPackage } from './planPackage';
import type { ReadmeRecipient, ReadmeStudy } from './readmeText';
import { writeBag, type PayloadItem, type WriteBagResult } from './writeBag';
import type { WrittenDocument } from './writtenDocument';
import { inChunks } from './inChunks';
import { IMPLEMENTATION, SOFTWARE_AGENT } from './implementation';
import { errorMessage } from '../text/errorMessage';

/** What the package builder needs to know about each original; bytes come from readOriginal. */
export interface BuildInstance {
  readonly key: number;
  readonly size: number;
  readonly patientKey: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly label: string;
}

export interface BuildPackageInput {
  readonly packageId: string;
  readonly packageName: string;
  readonly createdAt: Date;
  readonly instances: readonly BuildInstance[];
  readonly readOriginal: (key: number) => Promise<Uint8Array>;
  readonly attachments: readonly { name: string; description: string; size: number; file: Blob }[];
  readonly writtenDocuments: readonly { readonly name: string; readonly document: WrittenDocument }[];
  readonly sender?: string;
  readonly recipient?: ReadmeRecipient;
  readonly purpose?: string;
  readonly studies: readonly ReadmeStudy[];
  readonly deid: DeidOptions | null;
  readonly verifyHtml: Uint8Array;
  readonly sink: BagSink;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { path: string; filesDone: number; bytesDone: number }) => void;
  /** For tests: deterministic UIDs in de-identified files. */
  readonly newUid?: () => string;
}

export interface BuildPackageResult {
  readonly bag: WriteBagResult;
  readonly dicomFiles: number;
  readonly leftOut: readonly { what: string; reason: string }[];
  readonly warnings: readonly string[];
}

const MAX_WARNINGS = 50;

/**
 * Writes a transfer package (the lossless, checksummed package a specialist opens) into a sink, reading
 * each original once: the file is (optionally) de-identified, read for its DICOMDIR record and streamed
 * through SHA-256, MD5 and the sink.
 * The DICOMDIR is therefore written after the images, from what was really written; a file that cannot be
 * read or is not a Part 10 instance is left out (and not listed), with its reason, and the rest goes on.
 */
export async function buildPackage(input: BuildPackageInput): Promise<BuildPackageResult> {
  const { signal } = input;
  const leftOut: { what: string; reason: string }[] = [];
  const warnings = new Set<string>();
  const warn = (message: string) => {
    if (warnings.size < MAX_WARNINGS) warnings.add(message);
  };
  const fileIds = assignFileIds(
    input.instances.map((i) => ({
      patientId: i.patientKey,
      studyInstanceUid: i.studyInstanceUid,
      seriesInstanceUid: i.seriesInstanceUid,
    })),
  );
  const deidContext: DeidContext | null = input.deid
    ? createDeidContext(IMPLEMENTATION, input.newUid ? { newUid: input.newUid } : {})
    : null;

  // planPackage lays out the documents and README; the DICOM files and the DICOMDIR are produced below,
  // so it gets no DICOM files and an empty stand-in DICOMDIR (which makes the README describe one).
  const plan = planPackage({
    packageName: input.packageName,
    dicomdir: new Uint8Array(0),
    dicomFiles: [],
    attachments: input.attachments.map((a) => ({
      name: a.name,
      description: a.description,
      size: a.size,
      stream: () => a.file,
    })),
    writtenDocuments: input.writtenDocuments,
    readme: {
      packageId: input.packageId,
      createdAt: input.createdAt,
      ...(input.sender ? { sender: input.sender } : {}),
      ...(input.recipient ? { recipient: input.recipient } : {}),
      ...(input.purpose ? { purpose: input.purpose } : {}),
      studies: input.studies,
      dicom: input.deid
        ? { kind: 'de-identified', options: deidOptionNames(input.deid) }
        : { kind: 'original' },
    },
    verifyHtml: input.verifyHtml,
  });
  const [standIn, ...rest] = plan.payload;
  if (standIn?.path !== 'data/DICOMDIR') throw new Error('Package layout error: data/DICOMDIR is not first.');

  let dicomFiles = 0;
  async function* payload(): AsyncGenerator<PayloadItem> {
    const directory: DirectoryInstance[] = [];
    const read = (index: number) => {
      const instance = input.instances[index];
      if (!instance) return undefined;
      const pending = input.readOriginal(instance.key);
      // Read one file ahead, so decrypting the next overlaps hashing and writing this one.
      pending.catch(() => undefined);
      return pending;
    };
    let next = read(0);
    for (let index = 0; index < input.instances.length; index++) {
      const instance = input.instances[index]!;
      const fileId = fileIds[index]!;
      const current = next!;
      next = read(index + 1);
      let bytes: Uint8Array;
      try {
        bytes = await current;
        signal?.throwIfAborted();
        if (deidContext && input.deid) {
          const result = deidentify(bytes, input.deid, deidContext);
          for (const w of result.warnings) warn(`${instance.label}: ${w}`);
          bytes = result.bytes;
        }
        directory.push(readDirectoryInstance(bytes, fileId, (m) => warn(`${instance.label}: ${m}`)));
      } catch (error) {
        signal?.throwIfAborted();
        leftOut.push({ what: instance.label, reason: errorMessage(error) });
        continue;
      }
      const out = bytes;
      dicomFiles++;
      yield {
        path: `data/${fileId.join('/')}`,
        size: out.length,
        compress: false,
        stream: () => inChunks(out),
      };
    }
    if (directory.length > 0) {
      const dicomdir = writeDicomdir(directory, {
        implementationClassUid: IMPLEMENTATION.classUid,
        implementationVersionName: IMPLEMENTATION.versionName,
        fileSetId: 'IMAGING_VAULT',
      });
      for (const w of dicomdir.warnings) warn(`DICOMDIR: ${w}`);
      const bytes = dicomdir.bytes;
      yield { path: 'data/DICOMDIR', size: bytes.length, compress: false, stream: () => bytes };
    }
    yield* rest;
  }

  const bag = await writeBag({
    payload: payload(),
    bagInfo: {
      sourceOrganization: input.sender?.trim() || 'Imaging Vault (patient-held archive)',
      externalDescription: externalDescription(input),
      internalSenderIdentifier: input.packageId,
      baggingDate: input.createdAt,
      extra: [
        ['Bag-Software-Agent', SOFTWARE_AGENT],
        ['Imaging-Vault-Package-Layout', String(PACKAGE_LAYOUT_VERSION)],
        [
          'Imaging-Vault-Images',
          input.deid ? 'de-identified copies (DICOM PS3.15 Basic Profile)' : 'original files, unchanged',
        ],
      ],
    },
    tagFiles: plan.tagFiles,
    sink: input.sink,
    ...(signal ? { signal } : {}),
    ...(input.onProgress ? { onProgress: input.onProgress } : {}),
  });
  for (const failure of bag.failures) leftOut.push({ what: failure.path, reason: failure.reason });
  return { bag, dicomFiles, leftOut, warnings: [...warnings] };
}

const OPTION_NAMES: Record<keyof DeidOptions, string> = {
  retainLongitudinalFullDates: 'Retain Longitudinal Temporal Information With Full Dates',
  retainPatientCharacteristics: 'Retain Patient Characteristics',
  retainDeviceIdentity: 'Retain Device Identity',
  retainInstitutionIdentity: 'Retain Institution Identity',
  retainUids: 'Retain UIDs',
  cleanDescriptors: 'Clean Descriptors',
};

/** The PS3.15 names of the options chosen, for the README. */
export function deidOptionNames(options: DeidOptions): string[] {
  return (Object.keys(OPTION_NAMES) as (keyof DeidOptions)[])
    .filter((k) => options[k])
    .map((k) => OPTION_NAMES[k]);
}

function externalDescription(input: BuildPackageInput): string {
  const what = `Medical images (DICOM File-set with DICOMDIR) and documents of ${input.studies.length} ${
    input.studies.length === 1 ? 'study' : 'studies'
  }`;
  const to = input.recipient ? ` for ${input.recipient.name}` : '';
  const purpose = input.purpose?.trim() ? `. Purpose: ${input.purpose.trim()}` : '';
  return `${what}${to}${purpose}`;
}
