/**
 * The wire format shared by every worker client and server. A request carries an id that its reply
 * repeats, so many calls can be in flight on one port; errors travel back as values (name, message,
 * stack) because an Error object does not survive structured cloning with its stack in every browser.
 */

export interface RequestMessage {
  readonly kind: 'request';
  readonly id: number;
  readonly method: string;
  readonly params: unknown;
}

export interface CancelMessage {
  readonly kind: 'cancel';
  readonly id: number;
}

export interface ResultMessage {
  readonly kind: 'result';
  readonly id: number;
  readonly value: unknown;
}

export interface ErrorMessage {
  readonly kind: 'error';
  readonly id: number;
  readonly error: SerializedError;
}

export interface ProgressMessage {
  readonly kind: 'progress';
  readonly id: number;
  readonly progress: unknown;
}

export type ToServer = RequestMessage | CancelMessage;
export type ToClient = ResultMessage | ErrorMessage | ProgressMessage;

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  readonly stack?: string;
}

/** What a Worker, a worker's global scope and a MessagePort have in common. */
export interface MessagePortLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?: () => void;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) {
    return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  }
  return { name: 'Error', message: String(error) };
}

/** The error a client rejects with: the worker's own name, message and stack. */
export class RemoteError extends Error {
  readonly remoteStack: string | undefined;
  constructor(serialized: SerializedError) {
    super(serialized.message);
    this.name = serialized.name;
    this.remoteStack = serialized.stack;
  }
}
