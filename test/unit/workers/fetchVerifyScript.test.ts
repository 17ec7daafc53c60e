import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchVerifyScript } from '../../../workers/fetchVerifyScript';

describe('fetchVerifyScript', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says which file could not be loaded and what to do, never the bare "Failed to fetch"', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const failure = fetchVerifyScript('/assets/main.js');
    await expect(failure).rejects.toThrow(
      /^The verify page \(verify\.html\) could not be loaded .*Reload it once while online/,
    );
    await expect(failure).rejects.not.toThrow(/Failed to fetch/);
  });

  it('returns the script, and names an HTTP failure', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('console.log(1)')));
    await expect(fetchVerifyScript('/a.js')).resolves.toBe('console.log(1)');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    await expect(fetchVerifyScript('/a.js')).rejects.toThrow(
      'The verify page could not be loaded (HTTP 404).',
    );
  });
});
