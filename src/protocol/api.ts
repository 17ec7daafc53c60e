/**
 * A worker's API is a map from method name to { params, result, progress }. Each worker's map lives in
 * its own file beside this one, written as a type alias (an interface would not fit Api's index
 * signature); callers import it type-only.
 */
export interface MethodSpec {
  params: unknown;
  result: unknown;
  progress?: unknown;
}

export type Api = Record<string, MethodSpec>;

export type ParamsOf<A extends Api, M extends keyof A> = A[M]['params'];
export type ResultOf<A extends Api, M extends keyof A> = A[M]['result'];
export type ProgressOf<A extends Api, M extends keyof A> = A[M] extends { progress: infer P } ? P : never;

/** A value together with the buffers to move (not copy) across the port. */
export interface WithTransfer<T> {
  readonly value: T;
  readonly transfer: Transferable[];
}

const TRANSFER = Symbol('transfer');

/** Marks a handler's result so its buffers are transferred rather than copied. */
export function withTransfer<T>(value: T, transfer: Transferable[]): WithTransfer<T> {
  return Object.assign({ value, transfer }, { [TRANSFER]: true });
}

export function isWithTransfer(x: unknown): x is WithTransfer<unknown> {
  return typeof x === 'object' && x !== null && TRANSFER in x;
}
