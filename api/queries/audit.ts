import { asc, and, eq } from 'drizzle-orm';
import type { AuditAction, AuditObjectType } from '../../schema/audit/tables.ts';
import type { Db } from '../../schema/db.ts';
import { auditLog, users } from '../../schema/tables.ts';
import type { CurrentUser } from './users.ts';

/** Who is acting, as the audit log records it. */
export interface Actor {
  userId: number | null;
  role: 'advisor' | 'provider' | 'admin' | 'system';
  organizationIds: string[];
  requestId: string | null;
}

/** An advisor acting from its unit: the author of referrals and unmet needs. */
export type AdvisorActor = Actor & { userId: number; unitId: number };

export function actorOf(user: CurrentUser, requestId: string | null): Actor {
  return { userId: user.id, role: user.role, organizationIds: user.organizationIds, requestId };
}

export const systemActor: Actor = {
  userId: null,
  role: 'system',
  organizationIds: [],
  requestId: null,
};

/** Appends one audit row; call inside the transaction that reads or writes the object. */
export function writeAudit(
  db: Db,
  actor: Actor,
  action: AuditAction,
  objectType: AuditObjectType,
  objectId: string,
  now: Date,
): void {
  db.insert(auditLog)
    .values({
      at: now.toISOString(),
      userId: actor.userId,
      role: actor.role,
      organizationIds: actor.organizationIds,
      action,
      objectType,
      objectId,
      requestId: actor.requestId,
    })
    .run();
}

/** Every recorded access to one referral (by code), oldest first, with who did it. */
export function referralAccessLog(db: Db, code: string) {
  return db
    .select({
      at: auditLog.at,
      action: auditLog.action,
      role: auditLog.role,
      userId: auditLog.userId,
      email: users.email,
      displayName: users.displayName,
      organizationIds: auditLog.organizationIds,
      requestId: auditLog.requestId,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(and(eq(auditLog.objectType, 'referral'), eq(auditLog.objectId, code)))
    .orderBy(asc(auditLog.id))
    .all();
}
