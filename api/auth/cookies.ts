import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { SecurityConfig } from './config.ts';

/** Over HTTPS the `__Host-` prefix binds the cookie to this exact origin (Secure, Path=/, no Domain). */
const SECURE_NAME = '__Host-tarjotin_session';
const PLAIN_NAME = 'tarjotin_session';

/** Whether this request arrived over HTTPS (directly or, per X-Forwarded-Proto, via a proxy). */
export function isSecureRequest(c: Context, config: SecurityConfig): boolean {
  if (config.secureCookies !== 'auto') return config.secureCookies === 'always';
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export function readSessionToken(c: Context): string | undefined {
  return getCookie(c, SECURE_NAME) ?? getCookie(c, PLAIN_NAME);
}

/** HttpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure over HTTPS. */
export function setSessionCookie(
  c: Context,
  token: string,
  expiresAt: string,
  config: SecurityConfig,
): void {
  const secure = isSecureRequest(c, config);
  setCookie(c, secure ? SECURE_NAME : PLAIN_NAME, token, {
    httpOnly: true,
    secure,
    sameSite: 'Lax',
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context, config: SecurityConfig): void {
  const secure = isSecureRequest(c, config);
  deleteCookie(c, secure ? SECURE_NAME : PLAIN_NAME, {
    path: '/',
    secure,
    httpOnly: true,
    sameSite: 'Lax',
  });
}
