import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, FALLBACK_CSP, HSTS } from '../../web/lib/security-headers.ts';

describe('security headers on web answers', () => {
  it("keep the page's own policy and add HSTS", () => {
    const headers = new Headers({ 'content-security-policy': "default-src 'self'" });
    applySecurityHeaders(headers, true);
    expect(headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(headers.get('strict-transport-security')).toBe(HSTS);
    expect(headers.get('x-frame-options')).toBe('DENY');
  });

  it('give an answer with a body but no policy one that loads nothing', () => {
    const headers = new Headers({ 'content-type': 'text/plain' });
    applySecurityHeaders(headers, true);
    expect(headers.get('content-security-policy')).toBe(FALLBACK_CSP);
    expect(FALLBACK_CSP).toContain("default-src 'none'");
  });

  it('leave the policy of an empty answer to the page Astro may render into it', () => {
    const headers = new Headers();
    applySecurityHeaders(headers, false);
    expect(headers.has('content-security-policy')).toBe(false);
    expect(headers.get('strict-transport-security')).toBe(HSTS);
  });
});
