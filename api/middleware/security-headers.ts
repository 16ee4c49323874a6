import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../app-env.ts';
import { errorBody } from '../errors.ts';

/**
 * Headers every API answer carries. The API serves JSON, CSV and SVG only, so the CSP allows
 * nothing to load or frame it; HSTS for a year (browsers ignore it over plain HTTP).
 */
export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
    },
    strictTransportSecurity: 'max-age=31536000; includeSubDomains',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
  });
}

/** `Cache-Control: no-store` for answers about people's referrals, sessions and figures. */
export function noStore(): MiddlewareHandler<AppEnv> {
  return async function noStoreMiddleware(c, next) {
    await next();
    c.header('Cache-Control', 'no-store');
    c.header('Pragma', 'no-cache');
  };
}

/** Refuses bodies over `maxBytes` with 413 in the error envelope, before anything parses them. */
export function limitBody(maxBytes: number): MiddlewareHandler<AppEnv> {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) =>
      c.json(
        errorBody(
          c as never,
          'PAYLOAD_TOO_LARGE',
          `The request body is over ${Math.round(maxBytes / 1024)} KB. Send less.`,
        ),
        413,
      ),
  });
  // GET and HEAD bodies are never read; checking one would build the full Request per call.
  return async function limitBodyMiddleware(c, next) {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return limit(c, next);
  };
}
