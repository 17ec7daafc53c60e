import { locateJsonError } from './locateJsonError';

export type JsonParse =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string };

/** JSON.parse with a message a person can act on: what is wrong, and at which line and column. */
export function parseJsonText(text: string, what: string): JsonParse {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: `${what} is empty.` };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const at = locateJsonError(body);
    const detail = at
      ? `${at.reason} at line ${at.line}, column ${at.column} (character ${at.offset + 1})`
      : e instanceof Error
        ? e.message
        : String(e);
    return { ok: false, error: `${what} is not valid JSON: ${detail}.` };
  }
}
