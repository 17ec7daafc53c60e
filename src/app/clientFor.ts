import type { Api } from '../protocol/api';
import { clientOf } from '../protocol/clientOf';
import type { WorkerClient } from '../protocol/workerClient';

/**
 * A client whose pending calls fail with a clear message if the worker cannot start or crashes. The dead
 * worker is stopped; `onCrash` lets the owner forget it, so the next use starts a fresh one.
 */
export function clientFor<A extends Api>(
  worker: Worker,
  what: string,
  onCrash?: () => void,
): WorkerClient<A> {
  const client = clientOf<A>(worker);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onCrash?.();
    worker.terminate();
    client.dispose(
      `The ${what} could not run${event.message ? `: ${event.message}` : '.'} Reload the page and try again.`,
    );
  });
  return client;
}
