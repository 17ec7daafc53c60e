import { DOWNLOAD_PATH, type ToPage, type ToStream, type ToWorker } from './streamedDownloadMessages';

interface DownloadScope {
  addEventListener(
    type: 'message',
    listener: (event: { data: unknown; ports: readonly MessagePort[] }) => void,
  ): void;
  addEventListener(
    type: 'fetch',
    listener: (event: {
      request: Request;
      respondWith(response: Promise<Response> | Response): void;
    }) => void,
  ): void;
}

type Pending = { port: MessagePort; fileName: string; contentType: string };

/**
 * How long the navigation to a download waits for the page's message announcing it. The page posts the
 * message before it adds the iframe, but a service worker's message and fetch events are separate task
 * sources: under load the fetch can come first. Answering it then as unknown let the navigation fall
 * through to the host (an HTML page, no download) while the page waited for the stream forever.
 */
const ANNOUNCE_WAIT_MS = 10_000;

/** The service worker's side: remembers announced downloads and answers their navigation with a stream. */
export function serveStreamedDownloads(scope: DownloadScope): void {
  const pending = new Map<string, Pending>();
  const waiting = new Map<string, (entry: Pending) => void>();
  scope.addEventListener('message', (event) => {
    const data = event.data as ToWorker | null;
    const port = event.ports[0];
    if (data?.type !== 'stream-download' || !port) return;
    const entry = { port, fileName: data.fileName, contentType: data.contentType };
    const waiter = waiting.get(data.id);
    if (waiter) {
      waiting.delete(data.id);
      waiter(entry);
    } else pending.set(data.id, entry);
  });
  const announced = (id: string): Promise<Pending | undefined> => {
    const entry = pending.get(id);
    if (entry) {
      pending.delete(id);
      return Promise.resolve(entry);
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(undefined);
      }, ANNOUNCE_WAIT_MS);
      waiting.set(id, (e) => {
        clearTimeout(timer);
        resolve(e);
      });
    });
  };
  scope.addEventListener('fetch', (event) => {
    const url = new URL(event.request.url);
    if (!url.pathname.startsWith(DOWNLOAD_PATH)) return;
    const id = url.pathname.slice(DOWNLOAD_PATH.length);
    event.respondWith(
      announced(id).then((entry) =>
        entry
          ? streamedResponse(entry)
          : new Response('This download is no longer available.', { status: 404 }),
      ),
    );
  });
}

function streamedResponse(entry: Pending): Response {
  const { port } = entry;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      return new Promise<void>((resolve) => {
        port.onmessage = (message: MessageEvent<ToStream>) => {
          const m = message.data;
          if (m.type === 'chunk') controller.enqueue(m.bytes);
          else if (m.type === 'end') controller.close();
          else controller.error(new Error(m.reason));
          resolve();
        };
        port.postMessage({ type: 'pull' } satisfies ToPage);
      });
    },
    cancel() {
      port.postMessage({ type: 'cancel' } satisfies ToPage);
    },
  });
  const name = encodeURIComponent(entry.fileName);
  return new Response(body, {
    headers: {
      'Content-Type': entry.contentType,
      'Content-Disposition': `attachment; filename="${entry.fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${name}`,
    },
  });
}
