import { createHash, randomBytes } from 'node:crypto';
import { eq, lt, or } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import { sessions } from '../../schema/tables.ts';
import type { SecurityConfig } from './config.ts';

/** Only the hash of a session token is stored, so a copy of the database opens no session. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

const newToken = () => randomBytes(32).toString('base64url');

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

/** Starts a session for `userId`; the caller puts `token` in the cookie. */
export function createSession(
  db: Db,
  userId: number,
  now: Date,
  config: SecurityConfig,
): NewSession {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + config.sessionTtlHours * 3_600_000).toISOString();
  db.insert(sessions)
    .values({
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt,
    })
    .run();
  return { token, csrfToken, expiresAt };
}

export interface ActiveSession {
  tokenHash: string;
  userId: number;
  csrfToken: string;
}

/**
 * The live session for a cookie token: not past its absolute end nor idle too long. Touches
 * `lastSeenAt` at most once a minute (a write per request would serialise all reads).
 */
export function findSession(
  db: Db,
  token: string,
  now: Date,
  config: SecurityConfig,
): ActiveSession | null {
  const tokenHash = hashToken(token);
  const row = db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)).get();
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.lastSeenAt);
  if (row.expiresAt <= now.toISOString() || idleSince > config.sessionIdleMinutes * 60_000) {
    db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
    return null;
  }
  if (idleSince > 60_000) {
    db.update(sessions)
      .set({ lastSeenAt: now.toISOString() })
      .where(eq(sessions.tokenHash, tokenHash))
      .run();
  }
  return { tokenHash, userId: row.userId, csrfToken: row.csrfToken };
}

/** Ends a session for good: the row is gone, so the cookie is worthless even if kept. */
export function deleteSession(db: Db, tokenHash: string): void {
  db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)).run();
}

/** Ends every session of a user (on disabling the account). */
export function deleteUserSessions(db: Db, userId: number): number {
  return db.delete(sessions).where(eq(sessions.userId, userId)).run().changes;
}

/** Removes sessions past their absolute end or idle limit. */
export function purgeExpiredSessions(db: Db, now: Date, config: SecurityConfig): number {
  const idleCutoff = new Date(now.getTime() - config.sessionIdleMinutes * 60_000).toISOString();
  return db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now.toISOString()), lt(sessions.lastSeenAt, idleCutoff)))
    .run().changes;
}
