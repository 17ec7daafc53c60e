/**
 * The one message the service worker takes: workbox-window's messageSkipWaiting(), sent when the user
 * accepts the update prompt.
 */
interface SkipWaitingScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  skipWaiting(): Promise<void>;
}

export function activateWhenAsked(scope: SkipWaitingScope): void {
  scope.addEventListener('message', (event) => {
    if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void scope.skipWaiting();
  });
}
