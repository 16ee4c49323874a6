import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import type { SecurityConfig } from '../auth/config.ts';
import { readSessionToken } from '../auth/cookies.ts';
import { findSession } from '../auth/sessions.ts';
import { loadCurrentUser } from '../queries/users.ts';

/**
 * Resolves the session cookie to `session` and `user` (both null for residents and for a stale or
 * disabled session) and makes the security configuration reachable as `security`.
 */
export function session(config: SecurityConfig): MiddlewareHandler<AppEnv> {
  return async function sessionMiddleware(c, next) {
    c.set('security', config);
    c.set('session', null);
    c.set('user', null);
    const token = readSessionToken(c);
    if (token) {
      const { db, clock } = c.get('deps');
      const found = findSession(db, token, clock(), config);
      const user = found && loadCurrentUser(db, found.userId);
      if (found && user) {
        c.set('session', found);
        c.set('user', user);
      }
    }
    await next();
  };
}
