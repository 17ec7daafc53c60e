import {
  isWithTransfer,
  type Api,
  type ParamsOf,
  type ProgressOf,
  type ResultOf,
  type WithTransfer,
} from './api';
import { serializeError, type MessagePortLike, type ToClient, type ToServer } from './messages';

export interface HandlerContext<P> {
  /** Aborted when the caller cancels this call. */
  readonly signal: AbortSignal;
  progress(progress: P): void;
}

export type Handlers<A extends Api> = {
  [M in keyof A]: (
    params: ParamsOf<A, M>,
    context: HandlerContext<ProgressOf<A, M>>,
  ) => ResultOf<A, M> | WithTransfer<ResultOf<A, M>> | Promise<ResultOf<A, M> | WithTransfer<ResultOf<A, M>>>;
};

/** Answers requests arriving on `port` with `handlers`; returns a function that stops serving. */
export function serveWorker<A extends Api>(port: MessagePortLike, handlers: Handlers<A>): () => void {
  const running = new Map<number, AbortController>();
  const send = (message: ToClient, transfer: Transferable[] = []) => port.postMessage(message, transfer);

  const onMessage = async (event: MessageEvent) => {
    const message = event.data as ToServer;
    if (message.kind === 'cancel') {
      running.get(message.id)?.abort();
      return;
    }
    const { id, method } = message;
    const controller = new AbortController();
    running.set(id, controller);
    try {
      if (!Object.hasOwn(handlers, method)) throw new Error(`Unknown method "${method}".`);
      const handler = handlers[method as keyof A] as Handlers<A>[keyof A];
      const outcome = await handler(message.params as never, {
        signal: controller.signal,
        progress: (progress) => send({ kind: 'progress', id, progress }),
      });
      if (controller.signal.aborted) return;
      if (isWithTransfer(outcome)) send({ kind: 'result', id, value: outcome.value }, outcome.transfer);
      else send({ kind: 'result', id, value: outcome });
    } catch (error) {
      if (!controller.signal.aborted) send({ kind: 'error', id, error: serializeError(error) });
    } finally {
      running.delete(id);
    }
  };

  port.addEventListener('message', onMessage);
  port.start?.();
  return () => {
    port.removeEventListener('message', onMessage);
    for (const controller of running.values()) controller.abort();
  };
}
