import { DOWNLOAD_PATH, type ToPage, type ToStream, type ToWorker } from './streamedDownloadMessages';

/** The page's side of a streamed download (see streamedDownloadMessages.ts). */
export interface StreamedDownload {
  write(chunk: Uint8Array): Promise<void>;
  close(): void;
  abort(reason: string): void;
}

/** Starts a streamed download, or returns null when no service worker controls this page. */
export function openStreamedDownload(
  fileName: string,
  contentType = 'application/zip',
): StreamedDownload | null {
  const controller = navigator.serviceWorker?.controller;
  if (!controller) return null;
  const id = crypto.randomUUID();
  const channel = new MessageChannel();
  let credits = 0;
  let waiting: (() => void) | null = null;
  let cancelled = false;
  channel.port1.onmessage = (event: MessageEvent<ToPage>) => {
    if (event.data.type === 'cancel') cancelled = true;
    else credits++;
    waiting?.();
    waiting = null;
  };
  controller.postMessage({ type: 'stream-download', id, fileName, contentType } satisfies ToWorker, [
    channel.port2,
  ]);
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = `${DOWNLOAD_PATH}${id}`;
  document.body.append(frame);
  const send = (message: ToStream, transfer: Transferable[] = []) =>
    channel.port1.postMessage(message, transfer);
  const finish = () => {
    setTimeout(() => frame.remove(), 60_000);
    channel.port1.onmessage = null;
  };
  return {
    async write(chunk) {
      while (credits === 0 && !cancelled) await new Promise<void>((resolve) => (waiting = resolve));
      if (cancelled) throw new Error('The download was cancelled in the browser.');
      credits--;
      const bytes = chunk.slice();
      send({ type: 'chunk', bytes }, [bytes.buffer]);
    },
    close() {
      send({ type: 'end' });
      finish();
    },
    abort(reason) {
      send({ type: 'abort', reason });
      finish();
    },
  };
}
