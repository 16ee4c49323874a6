import { eq, inArray } from 'drizzle-orm';
import { formatReferralCode } from '../../schema/referrals/code.ts';
import type { LineStatus } from '../../schema/referrals/constants.ts';
import type { ReferralView } from '../../schema/referrals/validation.ts';
import type { Db } from '../../schema/db.ts';
import {
  organizations,
  referrals,
  referralServices,
  services,
  units,
} from '../../schema/tables.ts';
import { ApiError } from '../errors.ts';
import type { Actor } from './audit.ts';

/** Who sees which part of a referral, and the shape they see it in. */

export type ReferralRow = typeof referrals.$inferSelect;
export type LineRow = typeof referralServices.$inferSelect;

/** Where a line stands; an unarrived line whose code has expired counts as `did_not_arrive`. */
export function lineStatus(
  line: Pick<LineRow, 'outcome' | 'arrivedAt'>,
  expiresAt: string,
  now: Date,
): LineStatus {
  if (line.outcome) return line.outcome;
  if (line.arrivedAt) return 'arrived';
  return expiresAt <= now.toISOString() ? 'did_not_arrive' : 'waiting';
}

export const notFound = () =>
  new ApiError(
    'NOT_FOUND',
    'No referral with this code for you: check the code on the client’s handoff. Codes expire, and a provider sees only its own services’ referrals.',
  );

export function toView(db: Db, referral: ReferralRow, lines: LineRow[], now: Date): ReferralView {
  const unit = db.select().from(units).where(eq(units.id, referral.unitId)).get();
  const serviceRows = lines.length
    ? db
        .select({ id: services.id, name: services.name })
        .from(services)
        .where(
          inArray(
            services.id,
            lines.map((l) => l.serviceId),
          ),
        )
        .all()
    : [];
  const orgIds = lines.map((l) => l.organizationId).filter((id): id is string => id !== null);
  const orgRows = orgIds.length
    ? db
        .select({ id: organizations.id, name: organizations.name, kind: organizations.kind })
        .from(organizations)
        .where(inArray(organizations.id, orgIds))
        .all()
    : [];
  const serviceName = new Map(serviceRows.map((s) => [s.id, s.name]));
  const org = new Map(orgRows.map((o) => [o.id, o]));
  return {
    code: referral.code,
    displayCode: formatReferralCode(referral.code),
    path: `/r/${referral.code}`,
    qrPath: `/api/referrals/${referral.code}/qr.svg`,
    createdAt: referral.createdAt,
    expiresAt: referral.expiresAt,
    expired: referral.expiresAt <= now.toISOString(),
    unit: { id: referral.unitId, name: unit?.name ?? '', type: referral.unitType },
    route: referral.route,
    language: referral.language,
    municipalityCode: referral.municipalityCode,
    ageBand: referral.ageBand,
    contactConsent: referral.contactConsent,
    themes: referral.themes,
    services: [...lines]
      .sort((a, b) => a.position - b.position)
      .map((l) => ({
        serviceId: l.serviceId,
        serviceName: serviceName.get(l.serviceId) ?? {},
        organization: l.organizationId ? (org.get(l.organizationId) ?? null) : null,
        status: lineStatus(l, referral.expiresAt, now),
        arrivedAt: l.arrivedAt,
        outcome: l.outcome,
        closedAt: l.closedAt,
      })),
  };
}

/**
 * The referral as `actor` may see it: its advisor sees all of it; a provider user only the lines of
 * its own organisations, and nothing once the code has expired unless the client already arrived.
 * Anyone else, or an unknown code, gets the same 404.
 */
export function visibleReferral(db: Db, actor: Actor, code: string, now: Date) {
  const referral = db.select().from(referrals).where(eq(referrals.code, code)).get();
  if (!referral) throw notFound();
  const lines = db
    .select()
    .from(referralServices)
    .where(eq(referralServices.referralId, referral.id))
    .all();
  if (actor.role === 'advisor' && referral.createdByUserId === actor.userId)
    return { referral, lines };
  if (actor.role !== 'provider') throw notFound();
  const own = lines.filter(
    (l) => l.organizationId !== null && actor.organizationIds.includes(l.organizationId),
  );
  const expired = referral.expiresAt <= now.toISOString();
  if (own.length === 0 || (expired && !own.some((l) => l.arrivedAt))) throw notFound();
  return { referral, lines: own };
}
