import { describe, expect, it } from 'vitest';
import {
  checkSecurityHeaders,
  HEADER_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../../../src/domain/hosting/securityHeaders';

describe('the security headers a host must send', () => {
  it('adds frame-ancestors to the header only (a meta tag cannot carry it)', () => {
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(HEADER_CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
  });

  it('accepts our own header, in any case and order, and a stricter one', () => {
    const shuffled = HEADER_CONTENT_SECURITY_POLICY.split('; ').reverse().join(';  ').toUpperCase();
    const stricter = `${HEADER_CONTENT_SECURITY_POLICY.replace(' blob:', '')}; upgrade-insecure-requests`;
    expect(
      checkSecurityHeaders([
        { path: '/', contentSecurityPolicy: HEADER_CONTENT_SECURITY_POLICY },
        { path: '/sw.js', contentSecurityPolicy: shuffled },
        { path: '/x', contentSecurityPolicy: stricter },
      ]),
    ).toEqual([]);
  });

  it('names a response with no policy, a missing directive and a wider one', () => {
    const withoutFrame = META_CONTENT_SECURITY_POLICY;
    const wider = HEADER_CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' https:");
    expect(
      checkSecurityHeaders([
        { path: '/', contentSecurityPolicy: null },
        { path: '/sw.js', contentSecurityPolicy: withoutFrame },
        { path: '/index.html', contentSecurityPolicy: wider },
      ]),
    ).toEqual([
      { kind: 'no-policy', path: '/' },
      { kind: 'directive-missing', path: '/sw.js', directive: 'frame-ancestors' },
      { kind: 'directive-wider', path: '/index.html', directive: 'connect-src', extra: ['https:'] },
    ]);
  });

  it('lets a second, stricter policy in the same header hold a directive (all policies apply)', () => {
    const loose = HEADER_CONTENT_SECURITY_POLICY.replace("img-src 'self' blob:", 'img-src *');
    expect(checkSecurityHeaders([{ path: '/', contentSecurityPolicy: `${loose}, img-src 'self'` }])).toEqual(
      [],
    );
    expect(checkSecurityHeaders([{ path: '/', contentSecurityPolicy: loose }])).toEqual([
      { kind: 'directive-wider', path: '/', directive: 'img-src', extra: ['*'] },
    ]);
  });
});
