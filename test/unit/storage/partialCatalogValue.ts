/**
 * The storage tests seal only the fields they look at; the full payloads are catalog/model.ts's, by
 * which the repository is typed. This lets such a partial value stand in for one.
 */
export const partial = <T = never>(value: object): T => value as T;
