import type { Api } from './api';
import type { MessagePortLike } from './messages';
import { serveWorker, type Handlers } from './workerServer';

/**
 * The dedicated worker's own global scope as a port. Written with the global postMessage and
 * addEventListener rather than `self`: these calls type-check under the WebWorker library the workers
 * compile with and under the DOM library the page's tests compile them with, where `self` is a Window.
 */
function ownScope(): MessagePortLike {
  return {
    postMessage: (message, transfer) => postMessage(message, { transfer }),
    addEventListener: (type, listener) => addEventListener(type, listener),
    removeEventListener: (type, listener) => removeEventListener(type, listener),
  };
}

/** Serves `handlers` to whoever started this worker; returns a function that stops serving. */
export function serveSelf<A extends Api>(handlers: Handlers<A>): () => void {
  return serveWorker<A>(ownScope(), handlers);
}
