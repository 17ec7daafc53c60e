/**
 * The text of anything thrown — an Error's message, or the value itself — for messages that name a cause.
 * Pure, so the page, the workers and the package's verify page share this one helper.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
