import { sha256HexOfText } from '../src/domain/hash/sha256';
import { manifestText } from '../src/domain/package/manifests';
import { buildPackage } from '../src/domain/package/buildPackage';
import { explainWriteError } from '../src/domain/package/explainWriteError';
import { openFolder } from './package/folderOutput';
import { pageZipOutput } from './package/pageZipOutput';
import type { OpenedOutput } from './package/packageOutput';
import { openZipFile } from './package/zipFileOutput';
import type {
  PackageApi,
  PackageOutcome,
  PackagePageApi,
  PackageProgress,
  PackageRequest,
} from '../src/protocol/packageApi';
import { clientOf } from '../src/protocol/clientOf';
import type { WorkerClient } from '../src/protocol/workerClient';
import { serveSelf } from '../src/protocol/serveSelf';
import { composeVerifyPage } from '../src/domain/package/composeVerifyPage';
import { fetchVerifyScript } from './fetchVerifyScript';
// The verify page is bundled by Vite as a self-contained script (the `?worker&url` form bundles an entry
// with all its imports into one file and gives its URL; it never runs as a worker). It is fetched from
// the app's own origin (or the service worker's cache, offline) and inlined into verify.html.
import verifyScriptUrl from '../src/verify-page/main.ts?worker&url';
import verifyCss from '../src/verify-page/verifyPage.css?raw';

const encoder = new TextEncoder();
let verifyPage: Promise<Uint8Array> | undefined;

function loadVerifyPage(): Promise<Uint8Array> {
  verifyPage ??= (async () => {
    return encoder.encode(await composeVerifyPage(await fetchVerifyScript(verifyScriptUrl), verifyCss));
  })();
  verifyPage.catch(() => (verifyPage = undefined));
  return verifyPage;
}

const jobs = new Map<string, AbortController>();

function openOutput(
  request: PackageRequest,
  page: WorkerClient<PackagePageApi>,
  signal: AbortSignal,
): Promise<OpenedOutput> {
  const { output, packageName } = request;
  switch (output.kind) {
    case 'zip-file':
      return openZipFile(output.handle, packageName, signal);
    case 'folder':
      return openFolder(output.handle, packageName);
    case 'zip-to-page':
      return pageZipOutput(
        async (chunk) => void (await page.call('writeChunk', { chunk }, { transfer: [chunk.buffer] })),
        packageName,
        signal,
      );
  }
}

async function exportPackage(
  request: PackageRequest,
  progress: (p: PackageProgress) => void,
  callerSignal: AbortSignal,
): Promise<PackageOutcome> {
  const controller = new AbortController();
  const { signal } = controller;
  jobs.set(request.packageId, controller);
  callerSignal.addEventListener('abort', () => controller.abort(), { once: true });
  const page = clientOf<PackagePageApi>(request.port);
  const bytesTotal =
    request.instances.reduce((n, i) => n + i.size, 0) +
    request.attachments.reduce((n, a) => n + a.file.size, 0);
  const filesTotal = request.instances.length + request.attachments.length;
  let lastReport = 0;
  let output: OpenedOutput | undefined;
  try {
    const verifyHtml = await loadVerifyPage();
    output = await openOutput(request, page, signal);
    const built = await buildPackage({
      packageId: request.packageId,
      packageName: request.packageName,
      createdAt: new Date(request.createdAt),
      instances: request.instances,
      readOriginal: (key) => page.call('readOriginal', { key }),
      attachments: request.attachments.map((a) => ({ ...a, size: a.file.size })),
      writtenDocuments: request.writtenDocuments,
      ...(request.sender ? { sender: request.sender } : {}),
      ...(request.recipient ? { recipient: request.recipient } : {}),
      ...(request.purpose ? { purpose: request.purpose } : {}),
      studies: request.studies,
      deid: request.deid,
      verifyHtml,
      sink: output.sink,
      signal,
      onProgress: (p) => {
        const now = performance.now();
        if (now - lastReport < 150) return;
        lastReport = now;
        progress({ ...p, filesDone: Math.min(p.filesDone, filesTotal), filesTotal, bytesTotal });
      },
    });
    await output.commit();
    progress({ path: '', filesDone: filesTotal, filesTotal, bytesDone: bytesTotal, bytesTotal });
    const zip = output.zipSha256;
    return {
      ok: true,
      fingerprint: zip ? zip() : await sha256HexOfText(manifestText(built.bag.tagFiles, 'sha256')),
      fingerprintOf: zip ? 'zip' : 'tagmanifest',
      packageBytes: built.bag.packageBytes,
      payloadFiles: built.bag.payload.length,
      dicomFiles: built.dicomFiles,
      leftOut: built.leftOut,
      warnings: built.warnings,
    };
  } catch (error) {
    const cancelled = signal.aborted;
    const cleanupProblem = output ? await output.discard() : undefined;
    return {
      ok: false,
      cancelled,
      reason: cancelled ? 'The export was cancelled.' : explainWriteError(error),
      cleanedUp: cleanupProblem === undefined,
      ...(cleanupProblem ? { cleanupProblem } : {}),
    };
  } finally {
    jobs.delete(request.packageId);
    page.dispose('The export ended.');
    request.port.close();
  }
}

serveSelf<PackageApi>({
  exportPackage: (request, context) => exportPackage(request, context.progress, context.signal),
  cancel: ({ packageId }) => {
    const job = jobs.get(packageId);
    job?.abort();
    return job !== undefined;
  },
});
