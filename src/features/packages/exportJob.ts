import { withTransfer } from '../../protocol/api';
import type {
  ExportAttachment,
  ExportInstanceRef,
  PackageOutcome,
  PackageOutput,
  PackagePageApi,
  PackageProgress,
  PackageApi,
  PackageRequest,
} from '../../protocol/packageApi';
import type { WorkerClient } from '../../protocol/workerClient';
import { serveWorker } from '../../protocol/workerServer';
import { putDocument, shareKind, type ShareRecord } from '../../documents';
import { appendAudit } from '../../storage/auditRepository';
import { readOriginal } from '../../storage/originalsRepository';
import { openStreamedDownload } from '../../protocol/streamedDownloadPage';
import { downloadBlob } from '../../ui/download';
import { loadInstances } from '../../catalog';
import type { ChosenStudy } from './wizardModel';

export interface ExportPlan {
  readonly packageId: string;
  readonly packageName: string;
  readonly createdAt: Date;
  readonly chosen: readonly ChosenStudy[];
  readonly specialistId: string;
  readonly request: Omit<
    PackageRequest,
    'instances' | 'output' | 'port' | 'packageId' | 'packageName' | 'createdAt' | 'attachments'
  >;
  readonly attachments: readonly ExportAttachment[];
}

/** Where the person chose to write: a picked file or folder, or a download (no save picker here). */
export type ExportTarget =
  | { readonly kind: 'zip-file'; readonly handle: FileSystemFileHandle }
  | { readonly kind: 'folder'; readonly handle: FileSystemDirectoryHandle }
  | { readonly kind: 'download' };

export type ExportResult = PackageOutcome & {
  readonly packageName: string;
  readonly target: ExportTarget['kind'];
};

function numberOf(value: number | undefined): number {
  return value ?? Number.POSITIVE_INFINITY;
}

/**
 * Runs one export: lists the chosen instances, lets the package worker build the bag (the page reads and
 * decrypts each original when the worker asks, and transfers the bytes: keys and the database stay with
 * the page), and on success records the share and the audit event.
 */
export async function runExport(
  worker: WorkerClient<PackageApi>,
  plan: ExportPlan,
  target: ExportTarget,
  onProgress: (progress: PackageProgress) => void,
  signal: AbortSignal,
): Promise<ExportResult> {
  const seriesIds = plan.chosen.flatMap((c) => c.series.map((s) => s.id));
  const loaded = await loadInstances(seriesIds);
  const seriesOrder = new Map(seriesIds.map((id, i) => [id, i]));
  loaded.sort(
    (a, b) =>
      (seriesOrder.get(a.seriesId) ?? 0) - (seriesOrder.get(b.seriesId) ?? 0) ||
      numberOf(a.stored.instance.image.instanceNumber) - numberOf(b.stored.instance.image.instanceNumber),
  );
  const addresses = loaded.map((i) => i.address);
  const imported = loaded.map((i) => i.stored.sha256);
  const instances: ExportInstanceRef[] = loaded.map((i, key) => ({
    key,
    size: i.stored.size,
    patientKey: i.stored.instance.patient.id ?? i.stored.instance.patient.name?.text ?? '',
    studyInstanceUid: i.stored.instance.study.studyInstanceUid ?? '',
    seriesInstanceUid: i.stored.instance.series.seriesInstanceUid ?? '',
    label: i.stored.sourcePath || i.stored.instance.fileName,
  }));

  // Without a save picker the ZIP streams to a download through the service worker; only when no
  // service worker controls the page (first visit, private modes) are its chunks gathered as Blob parts.
  const streamed = target.kind === 'download' ? openStreamedDownload(`${plan.packageName}.zip`) : null;
  const parts: Blob[] = [];
  const channel = new MessageChannel();
  const stopServing = serveWorker<PackagePageApi>(channel.port1, {
    readOriginal: async ({ key }) => {
      const address = addresses[key];
      if (address === undefined) throw new Error(`No original number ${key} in this export.`);
      const bytes = await readOriginal(address, imported[key]);
      return withTransfer(bytes, [bytes.buffer]);
    },
    writeChunk: async ({ chunk }): Promise<true> => {
      if (streamed) await streamed.write(chunk);
      // Blob parts stay out of the JS heap in Chromium (it spills them to disk); the last resort only.
      else parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
      return true;
    },
  });
  const output: PackageOutput =
    target.kind === 'download'
      ? { kind: 'zip-to-page' }
      : ({ kind: target.kind, handle: target.handle } as PackageOutput);
  const cancel = () => void worker.call('cancel', { packageId: plan.packageId }).catch(() => undefined);
  if (signal.aborted) cancel();
  else signal.addEventListener('abort', cancel, { once: true });
  let outcome: PackageOutcome;
  try {
    outcome = await worker.call(
      'exportPackage',
      {
        ...plan.request,
        packageId: plan.packageId,
        packageName: plan.packageName,
        createdAt: plan.createdAt.toISOString(),
        instances,
        attachments: plan.attachments,
        output,
        port: channel.port2,
      },
      { transfer: [channel.port2], onProgress },
    );
  } catch (error) {
    streamed?.abort('The export stopped.');
    throw error;
  } finally {
    stopServing();
    channel.port1.close();
  }
  if (!outcome.ok) streamed?.abort('The export stopped.');
  if (outcome.ok) {
    if (streamed) streamed.close();
    else if (target.kind === 'download')
      downloadBlob(new Blob(parts, { type: 'application/zip' }), `${plan.packageName}.zip`);
    await recordExport(plan, outcome, loaded.length);
  }
  return { ...outcome, packageName: plan.packageName, target: target.kind };
}

async function recordExport(
  plan: ExportPlan,
  outcome: PackageOutcome & { ok: true },
  images: number,
): Promise<void> {
  const share: ShareRecord = {
    packageId: plan.packageId,
    specialistId: plan.specialistId,
    studies: plan.chosen.map((c) => ({
      studyId: c.study.id,
      ...(c.study.study.info.studyInstanceUid
        ? { studyInstanceUid: c.study.study.info.studyInstanceUid }
        : {}),
      description: c.study.study.info.description ?? '',
      date: c.study.study.info.date ?? '',
    })),
    sentAt: plan.createdAt.toISOString(),
    channel: 'file',
    fingerprint: outcome.fingerprint,
    fingerprintOf: outcome.fingerprintOf,
    packageName: plan.packageName,
    deidentified: plan.request.deid !== null,
    acknowledged: false,
    verifiedByReceipt: false,
  };
  await putDocument(shareKind, plan.packageId, share);
  await appendAudit('export', plan.packageId, {
    packageName: plan.packageName,
    specialistId: plan.specialistId,
    studies: plan.chosen.length,
    images,
    fingerprint: outcome.fingerprint,
    deidentified: plan.request.deid !== null,
    bytes: outcome.packageBytes,
  });
}
