import type { Api } from './api';
import { createWorkerClient, type WorkerClient } from './workerClient';

/** What a typed client talks to: a worker the page started, or one end of a MessageChannel. */
export type Endpoint = Worker | MessagePort;

/** A typed client of the API served at the other end of `endpoint`. */
export function clientOf<A extends Api>(endpoint: Endpoint): WorkerClient<A> {
  return createWorkerClient<A>(endpoint);
}
