import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_CONTENT_SECURITY_POLICY } from '../../../../src/domain/hosting/securityHeaders';

describe('README, hosting', () => {
  it('names exactly the header the app checks for', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${HEADER_CONTENT_SECURITY_POLICY}\n`);
  });
});
