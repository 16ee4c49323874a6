import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';
import { inspectBody, isFormRequest } from './inspect-body.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const sameToken = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * CSRF defence for every state change. (1) A browser's cross-site request is refused outright
 * (Origin or Sec-Fetch-Site say so). (2) With a session, the session's CSRF token must come back
 * in `X-CSRF-Token` or a `_csrf` form field. Signing in is exempt from (2): there is no session
 * yet, and (1) plus SameSite=Lax cover it. GET never changes state, so it is never checked.
 */
export function csrfProtection(options: {
  exempt: (path: string) => boolean;
  trustedOrigins?: string[];
}): MiddlewareHandler<AppEnv> {
  return async function csrfMiddleware(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    const allowed = new Set([new URL(c.req.url).origin, ...(options.trustedOrigins ?? [])]);
    const fetchSite = c.req.header('sec-fetch-site');
    // An opaque origin ("null": sandboxed frames, some redirects) is not in `allowed` either.
    if ((origin !== undefined && !allowed.has(origin)) || fetchSite === 'cross-site') {
      throw new ApiError(
        'FORBIDDEN',
        'Cross-site request refused: send it from tarjotin’s own pages.',
      );
    }
    const session = c.get('session');
    if (session && !options.exempt(c.req.path)) {
      let token = c.req.header('x-csrf-token');
      if (!token && isFormRequest(c)) {
        const body = await inspectBody(c);
        const field =
          body && typeof body === 'object' ? (body as Record<string, unknown>)._csrf : undefined;
        token = typeof field === 'string' ? field : undefined;
      }
      if (!token || !sameToken(token, session.csrfToken)) {
        throw new ApiError(
          'FORBIDDEN',
          'Missing or wrong CSRF token: send the csrfToken from GET /api/auth/me as X-CSRF-Token or a _csrf form field.',
        );
      }
    }
    await next();
  };
}
