import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { unitTypes } from '../auth/constants.ts';
import { units, users } from '../auth/tables.ts';
import { json } from '../columns.ts';
import { organizationKinds } from '../constants.ts';
import { ageBands, lineStatuses, referralOutcomes, referralRoutes } from './constants.ts';

/**
 * One client's referral. Deliberately nothing that identifies the client: no name, identity code,
 * contact details or free text. The code is what the client carries to the provider.
 */
export const referrals = sqliteTable(
  'referrals',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    code: text().notNull().unique(),
    createdAt: text().notNull(),
    /** `YYYY-MM` in Europe/Helsinki: the month figures count the referral in. */
    month: text().notNull(),
    expiresAt: text().notNull(),
    createdByUserId: integer()
      .notNull()
      .references(() => users.id),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    /** The unit's type when referred, so figures survive a unit being re-typed. */
    unitType: text({ enum: unitTypes }).notNull(),
    route: text({ enum: referralRoutes }).notNull(),
    /** Client's language, ISO 639-1/-3 (`fi`, `sv`, `so`, `smn`). */
    language: text().notNull(),
    municipalityCode: text().notNull(),
    ageBand: text({ enum: ageBands }),
    contactConsent: integer({ mode: 'boolean' }).notNull(),
    /** Need theme ids (search/needs/themes.json), sorted. */
    themes: json<string[]>().notNull(),
  },
  (t) => [
    index('referrals_month_idx').on(t.month),
    index('referrals_created_by_idx').on(t.createdByUserId),
  ],
);

/** A service on a referral: the provider's own line, marked arrived and closed by the provider. */
export const referralServices = sqliteTable(
  'referral_services',
  {
    referralId: integer()
      .notNull()
      .references(() => referrals.id, { onDelete: 'cascade' }),
    serviceId: text().notNull(),
    position: integer().notNull(),
    /** The service's responsible organisation when referred: who may see and mark this line. */
    organizationId: text(),
    organizationKind: text({ enum: organizationKinds }),
    arrivedAt: text(),
    arrivedByUserId: integer().references(() => users.id),
    outcome: text({ enum: referralOutcomes }),
    closedAt: text(),
    closedByUserId: integer().references(() => users.id),
  },
  (t) => [
    primaryKey({ columns: [t.referralId, t.serviceId] }),
    index('referral_services_org_idx').on(t.organizationId, t.arrivedAt),
  ],
);

/** A need no suitable service was found for: themes and place only, never client data. */
export const unmetNeeds = sqliteTable(
  'unmet_needs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    createdAt: text().notNull(),
    month: text().notNull(),
    createdByUserId: integer()
      .notNull()
      .references(() => users.id),
    unitId: integer()
      .notNull()
      .references(() => units.id),
    unitType: text({ enum: unitTypes }).notNull(),
    municipalityCode: text().notNull(),
    language: text().notNull(),
    themes: json<string[]>().notNull(),
  },
  (t) => [index('unmet_needs_month_idx').on(t.month)],
);

/**
 * What the retention job leaves of referral lines older than the retention period: counts per
 * month and dimension. Figures read these together with the detail rows.
 */
export const referralAggregates = sqliteTable(
  'referral_aggregates',
  {
    month: text().notNull(),
    /** Empty string when the service had no responsible organisation. */
    organizationId: text().notNull(),
    organizationKind: text().notNull(),
    route: text({ enum: referralRoutes }).notNull(),
    unitType: text({ enum: unitTypes }).notNull(),
    municipalityCode: text().notNull(),
    /** The line's theme set as a sorted JSON array, so a line is counted once per row. */
    themes: text().notNull(),
    status: text({ enum: lineStatuses }).notNull(),
    lines: integer().notNull(),
  },
  (t) => [
    primaryKey({
      columns: [
        t.month,
        t.organizationId,
        t.organizationKind,
        t.route,
        t.unitType,
        t.municipalityCode,
        t.themes,
        t.status,
      ],
    }),
  ],
);
