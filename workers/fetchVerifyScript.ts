/**
 * The bundled verify-page script, fetched from the app's own files (or the service worker's cache,
 * offline). A rejected fetch says only "Failed to fetch"; this says which file and what to do.
 */
export async function fetchVerifyScript(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(
      'The verify page (verify.html) could not be loaded from the app’s own files: the app is not fully available offline yet. Reload it once while online, then export again.',
    );
  }
  if (!response.ok) throw new Error(`The verify page could not be loaded (HTTP ${response.status}).`);
  return response.text();
}
