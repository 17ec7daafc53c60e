import type { ServedResponse } from '../domain/hosting/securityHeaders';

/** The page and the service worker script: a host's header rules either cover both or show a gap. */
const PROBED_PATHS = ['/', '/sw.js'];

/**
 * Asks the app's own origin for the headers of its page and service worker. HEAD requests bypass the
 * precache (it answers GETs only), so this sees what the host sends. Offline, or when the host refuses
 * HEAD, nothing can be learnt and the answer is null: the start-up check then stays silent rather than
 * warn about what it could not see.
 */
export async function readServedHeaders(): Promise<ServedResponse[] | null> {
  try {
    const responses = await Promise.all(
      PROBED_PATHS.map(async (path) => {
        const response = await fetch(path, { method: 'HEAD', cache: 'no-store' });
        return response.ok
          ? { path, contentSecurityPolicy: response.headers.get('content-security-policy') }
          : null;
      }),
    );
    const served = responses.filter((r): r is ServedResponse => r !== null);
    return served.length > 0 ? served : null;
  } catch {
    return null;
  }
}
