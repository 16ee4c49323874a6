import { and, eq, inArray, isNull } from 'drizzle-orm';
import { generateReferralCode } from '../../schema/referrals/code.ts';
import type {
  ReferralInput,
  ReferralView,
  UnmetNeedInput,
} from '../../schema/referrals/validation.ts';
import { transaction, type Db } from '../../schema/db.ts';
import {
  organizations,
  referrals,
  referralServices,
  services,
  units,
  unmetNeeds,
} from '../../schema/tables.ts';
import { ApiError } from '../errors.ts';
import { writeAudit, type Actor, type AdvisorActor } from './audit.ts';
import { helsinkiMonth } from './figures-months.ts';
import { toView, visibleReferral } from './referrals-view.ts';

export interface ReferralSettings {
  now: Date;
  codeDays: number;
}

/** Records a referral from the advisor's unit, with its audit row, in one durable transaction. */
export function createReferral(
  db: Db,
  actor: AdvisorActor,
  input: ReferralInput,
  settings: ReferralSettings,
): ReferralView {
  const { now } = settings;
  return transaction(db, () => {
    const found = db
      .select({
        id: services.id,
        organizationId: services.responsibleOrganizationId,
        kind: organizations.kind,
      })
      .from(services)
      .leftJoin(organizations, eq(organizations.id, services.responsibleOrganizationId))
      .where(
        and(
          inArray(services.id, input.services),
          isNull(services.deletedAt),
          eq(services.publishingStatus, 'Published'),
        ),
      )
      .all();
    const missing = input.services.filter((id) => !found.some((s) => s.id === id));
    if (missing.length) {
      throw new ApiError(
        'UNPROCESSABLE',
        `Not published in the catalogue: ${missing.join(', ')}. Refer only to services the search shows.`,
      );
    }
    const unit = db.select().from(units).where(eq(units.id, actor.unitId)).get();
    if (!unit)
      throw new ApiError('FORBIDDEN', 'Your account has no unit: ask an administrator to set one.');
    const referral = db
      .insert(referrals)
      .values({
        code: uniqueCode(db),
        createdAt: now.toISOString(),
        month: helsinkiMonth(now),
        expiresAt: new Date(now.getTime() + settings.codeDays * 86_400_000).toISOString(),
        createdByUserId: actor.userId,
        unitId: unit.id,
        unitType: unit.type,
        route: input.route,
        language: input.language,
        municipalityCode: input.municipalityCode,
        ageBand: input.ageBand ?? null,
        contactConsent: input.contactConsent,
        themes: input.themes,
      })
      .returning()
      .get();
    const lines = input.services.map((serviceId, position) => {
      const service = found.find((s) => s.id === serviceId)!;
      return db
        .insert(referralServices)
        .values({
          referralId: referral.id,
          serviceId,
          position,
          organizationId: service.organizationId,
          organizationKind: service.kind,
        })
        .returning()
        .get();
    });
    writeAudit(db, actor, 'create', 'referral', referral.code, now);
    return toView(db, referral, lines, now);
  });
}

/** 50 random bits make a clash vanishingly rare; checking costs one indexed read. */
function uniqueCode(db: Db): string {
  for (;;) {
    const code = generateReferralCode();
    if (!db.select({ id: referrals.id }).from(referrals).where(eq(referrals.code, code)).get())
      return code;
  }
}

/** Reads a referral (one audit row per read). */
export function readReferral(db: Db, actor: Actor, code: string, now: Date): ReferralView {
  return transaction(db, () => {
    const { referral, lines } = visibleReferral(db, actor, code, now);
    writeAudit(db, actor, 'read', 'referral', referral.code, now);
    return toView(db, referral, lines, now);
  });
}

/** Records a need nothing suitable was found for (no client data), with its audit row. */
export function createUnmetNeed(db: Db, actor: AdvisorActor, input: UnmetNeedInput, now: Date) {
  return transaction(db, () => {
    const unit = db.select().from(units).where(eq(units.id, actor.unitId)).get();
    if (!unit)
      throw new ApiError('FORBIDDEN', 'Your account has no unit: ask an administrator to set one.');
    const row = db
      .insert(unmetNeeds)
      .values({
        createdAt: now.toISOString(),
        month: helsinkiMonth(now),
        createdByUserId: actor.userId,
        unitId: unit.id,
        unitType: unit.type,
        municipalityCode: input.municipalityCode,
        language: input.language,
        themes: input.themes,
      })
      .returning()
      .get();
    writeAudit(db, actor, 'create', 'unmet_need', String(row.id), now);
    return {
      id: row.id,
      createdAt: row.createdAt,
      unitType: row.unitType,
      municipalityCode: row.municipalityCode,
      language: row.language,
      themes: row.themes,
    };
  });
}
