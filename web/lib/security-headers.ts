/**
 * Security headers on every answer of the web. Pages get their Content-Security-Policy from Astro
 * (`experimental.csp` in astro.config.mjs: the directives there plus the SHA-256 hashes of the
 * inlined scripts and styles); other answers with a body (plain-text refusals, endpoints) load
 * nothing, so they get the strictest policy.
 */

/** For answers without a policy of their own. */
export const FALLBACK_CSP =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** A year, subdomains included: browsers honour it over HTTPS only, so it is harmless locally. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Sets the headers every web answer carries; keeps a Content-Security-Policy already there. An
 * answer without a body gets none: Astro fills an empty 404 with the 404 page and lays the empty
 * answer's headers over the page's, so a policy here would replace the page's own (and a
 * redirect's body is never rendered anyway).
 */
export function applySecurityHeaders(headers: Headers, hasBody: boolean): void {
  if (hasBody && !headers.has('content-security-policy'))
    headers.set('content-security-policy', FALLBACK_CSP);
  headers.set('strict-transport-security', HSTS);
  headers.set('x-content-type-options', 'nosniff');
  headers.set('referrer-policy', 'same-origin');
  headers.set('x-frame-options', 'DENY');
}
