/** The message a person should read for an error thrown anywhere below the UI. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
