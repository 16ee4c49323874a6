import type { Db } from '../../schema/db.ts';
import { ApiError } from '../errors.ts';
import { tooManyRequests, type RateLimiter } from '../middleware/rate-limit.ts';
import {
  findUserForLogin,
  loadCurrentUser,
  recordLogin,
  type CurrentUser,
} from '../queries/users.ts';
import type { SecurityConfig } from './config.ts';
import { DUMMY_HASH, verifyPassword } from './password.ts';
import { createSession, deleteSession, type NewSession } from './sessions.ts';
import type { Context } from 'hono';

export interface LoginLimiters {
  /** Failures per email address. */
  byEmail: RateLimiter;
  /** Failures per client address (a higher limit: many staff may share one NAT). */
  byAddress: RateLimiter;
}

export interface LoginAttempt {
  email: string;
  password: string;
  address: string;
  /** Token hash of a session this browser already has: replaced, never reused (no fixation). */
  previousSession?: string;
}

/**
 * Checks a password and opens a session. Unknown emails cost the same scrypt work as known ones;
 * failures are throttled per email and per address, and a success clears the email's count.
 */
export async function signIn(
  c: Context,
  deps: { db: Db; now: Date; config: SecurityConfig; limiters: LoginLimiters },
  attempt: LoginAttempt,
): Promise<{ session: NewSession; user: CurrentUser }> {
  const { db, now, limiters } = deps;
  const t = now.getTime();
  const emailKey = attempt.email;
  const wait = Math.max(
    limiters.byEmail.blockedFor(emailKey, t),
    limiters.byAddress.blockedFor(attempt.address, t),
  );
  if (wait > 0) tooManyRequests(c, wait, 'Too many failed sign-ins.');
  const found = findUserForLogin(db, attempt.email);
  const passwordOk = await verifyPassword(attempt.password, found?.passwordHash ?? DUMMY_HASH);
  const user = found && passwordOk && !found.disabledAt ? loadCurrentUser(db, found.id) : null;
  if (!user) {
    limiters.byEmail.hit(emailKey, t);
    limiters.byAddress.hit(attempt.address, t);
    throw new ApiError('UNAUTHORIZED', 'Wrong email or password, or the account is disabled.');
  }
  limiters.byEmail.reset(emailKey);
  if (attempt.previousSession) deleteSession(db, attempt.previousSession);
  recordLogin(db, user.id, now);
  return { session: createSession(db, user.id, now, deps.config), user };
}
