import type { Api, ParamsOf, ProgressOf, ResultOf } from './api';
import { RemoteError, type MessagePortLike, type ToClient, type ToServer } from './messages';

export interface CallOptions<P> {
  /** Buffers in params to move to the worker instead of copying them. */
  readonly transfer?: Transferable[];
  readonly onProgress?: (progress: P) => void;
  /** Aborting sends a cancel to the worker and rejects the call with an AbortError. */
  readonly signal?: AbortSignal;
}

export interface WorkerClient<A extends Api> {
  call<M extends keyof A & string>(
    method: M,
    params: ParamsOf<A, M>,
    options?: CallOptions<ProgressOf<A, M>>,
  ): Promise<ResultOf<A, M>>;
  /** Calls still waiting for a reply. */
  readonly pending: number;
  /** Rejects every pending call and stops listening; the port itself is the caller's to close. */
  dispose(reason?: string): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onProgress: ((progress: never) => void) | undefined;
  cleanup(): void;
}

export function abortError(): Error {
  const error = new Error('The operation was cancelled.');
  error.name = 'AbortError';
  return error;
}

export function createWorkerClient<A extends Api>(port: MessagePortLike): WorkerClient<A> {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const send = (message: ToServer, transfer: Transferable[] = []) => port.postMessage(message, transfer);

  const onMessage = (event: MessageEvent) => {
    const message = event.data as ToClient;
    const entry = pending.get(message.id);
    if (!entry) return;
    if (message.kind === 'progress') {
      entry.onProgress?.(message.progress as never);
      return;
    }
    pending.delete(message.id);
    entry.cleanup();
    if (message.kind === 'result') entry.resolve(message.value);
    else entry.reject(new RemoteError(message.error));
  };
  port.addEventListener('message', onMessage);
  port.start?.();

  return {
    call(method, params, options = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const { signal } = options;
        if (signal?.aborted) {
          reject(abortError());
          return;
        }
        const onAbort = () => {
          if (!pending.delete(id)) return;
          send({ kind: 'cancel', id });
          reject(abortError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        pending.set(id, {
          resolve: resolve as (value: unknown) => void,
          reject,
          onProgress: options.onProgress as ((progress: never) => void) | undefined,
          cleanup: () => signal?.removeEventListener('abort', onAbort),
        });
        send({ kind: 'request', id, method, params }, options.transfer ?? []);
      });
    },
    get pending() {
      return pending.size;
    },
    dispose(reason = 'The worker was stopped.') {
      port.removeEventListener('message', onMessage);
      for (const entry of pending.values()) {
        entry.cleanup();
        entry.reject(new Error(reason));
      }
      pending.clear();
    },
  };
}
