/**
 * A download streamed through the service worker, for browsers without a save picker: the page hands
 * chunks over a MessageChannel only when the service worker asks for more (back-pressure), and the
 * service worker answers a navigation to DOWNLOAD_PATH/<id> with a streamed response the browser saves
 * as a file. Nothing is gathered in memory, and a cancelled stream is a failed download the browser
 * discards. streamedDownloadPage.ts is the page's side, streamedDownloadWorker.ts the service worker's.
 */
export const DOWNLOAD_PATH = '/__download/';

export type ToWorker = {
  readonly type: 'stream-download';
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
};
export type ToPage = { readonly type: 'pull' } | { readonly type: 'cancel' };
export type ToStream =
  | { readonly type: 'chunk'; readonly bytes: Uint8Array }
  | { readonly type: 'end' }
  | { readonly type: 'abort'; readonly reason: string };
