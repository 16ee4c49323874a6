import { and, asc, desc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { ReferralOutcome } from '../../schema/referrals/constants.ts';
import type { ReferralView } from '../../schema/referrals/validation.ts';
import { transaction, type Db } from '../../schema/db.ts';
import { referrals, referralServices } from '../../schema/tables.ts';
import { ApiError } from '../errors.ts';
import { writeAudit, type Actor } from './audit.ts';
import { notFound, toView, visibleReferral, type LineRow } from './referrals-view.ts';

/** What a provider does with its own service lines: arrival, outcome, and the list of arrived ones. */

function ownLine(db: Db, actor: Actor, code: string, serviceId: string, now: Date) {
  if (actor.role !== 'provider') throw notFound();
  const { referral, lines } = visibleReferral(db, actor, code, now);
  const line = lines.find((l) => l.serviceId === serviceId);
  if (!line) {
    throw new ApiError(
      'NOT_FOUND',
      `Service ${serviceId} is not one of your organisation’s services on this referral.`,
    );
  }
  return { referral, line };
}

const conflict = (message: string) => new ApiError('CONFLICT', message);

/** The provider marks that the client turned up for its service. */
export function markArrival(
  db: Db,
  actor: Actor,
  code: string,
  serviceId: string,
  now: Date,
): ReferralView {
  return transaction(db, () => {
    const { referral, line } = ownLine(db, actor, code, serviceId, now);
    if (line.outcome) throw conflict(`This service line is already closed (${line.outcome}).`);
    if (line.arrivedAt)
      throw conflict(`The client's arrival was already recorded at ${line.arrivedAt}.`);
    if (referral.expiresAt <= now.toISOString()) {
      throw conflict(
        `This referral code expired on ${referral.expiresAt.slice(0, 10)}; the client's advisor can make a new referral.`,
      );
    }
    updateLine(db, line, { arrivedAt: now.toISOString(), arrivedByUserId: actor.userId });
    writeAudit(db, actor, 'update', 'referral', referral.code, now);
    return toView(db, referral, ownLinesAfterUpdate(db, actor, referral.id), now);
  });
}

/**
 * Closes the provider's line. Helped, not suitable and no capacity mean the client did get in
 * touch, so they also record arrival if it was not; did-not-arrive is refused after an arrival.
 */
export function recordOutcome(
  db: Db,
  actor: Actor,
  code: string,
  serviceId: string,
  outcome: ReferralOutcome,
  now: Date,
): ReferralView {
  return transaction(db, () => {
    const { referral, line } = ownLine(db, actor, code, serviceId, now);
    if (line.outcome) throw conflict(`This service line is already closed (${line.outcome}).`);
    if (outcome === 'did_not_arrive' && line.arrivedAt) {
      throw conflict('The client arrived: close with helped, not_suitable or no_capacity.');
    }
    if (!line.arrivedAt && referral.expiresAt <= now.toISOString()) {
      throw conflict(
        'This referral code has expired before the client arrived; it already counts as did not arrive.',
      );
    }
    const at = now.toISOString();
    const arrival =
      outcome !== 'did_not_arrive' && !line.arrivedAt
        ? { arrivedAt: at, arrivedByUserId: actor.userId }
        : {};
    updateLine(db, line, { ...arrival, outcome, closedAt: at, closedByUserId: actor.userId });
    writeAudit(db, actor, 'update', 'referral', referral.code, now);
    return toView(db, referral, ownLinesAfterUpdate(db, actor, referral.id), now);
  });
}

function updateLine(db: Db, line: LineRow, set: Partial<LineRow>) {
  db.update(referralServices)
    .set(set)
    .where(
      and(
        eq(referralServices.referralId, line.referralId),
        eq(referralServices.serviceId, line.serviceId),
      ),
    )
    .run();
}

function ownLinesAfterUpdate(db: Db, actor: Actor, referralId: number) {
  return db
    .select()
    .from(referralServices)
    .where(
      and(
        eq(referralServices.referralId, referralId),
        inArray(referralServices.organizationId, actor.organizationIds),
      ),
    )
    .all();
}

/**
 * The provider's referrals whose client has arrived (newest first), to close them later. Lines
 * still waiting are never listed: a provider learns of a referral only from the client's code.
 * Each listed referral is one audit row.
 */
export function listArrivedReferrals(
  db: Db,
  actor: Actor,
  options: { open: boolean; now: Date; limit?: number },
): ReferralView[] {
  if (actor.organizationIds.length === 0) return [];
  return transaction(db, () => {
    const lines = db
      .select()
      .from(referralServices)
      .where(
        and(
          inArray(referralServices.organizationId, actor.organizationIds),
          isNotNull(referralServices.arrivedAt),
          options.open ? isNull(referralServices.outcome) : isNotNull(referralServices.outcome),
        ),
      )
      .orderBy(desc(referralServices.arrivedAt), asc(referralServices.referralId))
      .all();
    const ids = [...new Set(lines.map((l) => l.referralId))].slice(0, options.limit ?? 100);
    if (ids.length === 0) return [];
    const rows = db.select().from(referrals).where(inArray(referrals.id, ids)).all();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const referral = byId.get(id)!;
      writeAudit(db, actor, 'read', 'referral', referral.code, options.now);
      return toView(
        db,
        referral,
        lines.filter((l) => l.referralId === id),
        options.now,
      );
    });
  });
}
