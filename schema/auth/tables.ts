import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { unitTypes, userRoles } from './constants.ts';

/** County units and teams advisors belong to (data, not code: the county adds its own). */
export const units = sqliteTable('units', {
  id: integer().primaryKey({ autoIncrement: true }),
  name: text().notNull(),
  type: text({ enum: unitTypes }).notNull(),
  municipalityCode: text(),
  createdAt: text().notNull(),
});

/** Staff accounts. Never deleted (referrals and the audit log point at them), only disabled. */
export const users = sqliteTable('users', {
  id: integer().primaryKey({ autoIncrement: true }),
  /** Lower-cased; the sign-in name. */
  email: text().notNull().unique(),
  displayName: text().notNull(),
  role: text({ enum: userRoles }).notNull(),
  /** `scrypt$N$r$p$salt$hash` (base64url), see api/auth/password.ts. */
  passwordHash: text().notNull(),
  /** Advisors: the unit they refer from. */
  unitId: integer().references(() => units.id),
  createdAt: text().notNull(),
  disabledAt: text(),
  lastLoginAt: text(),
});

/** Provider users' PTV organisations: the only ones whose referrals, figures and feedback they reach. */
export const userOrganizations = sqliteTable(
  'user_organizations',
  {
    userId: integer()
      .notNull()
      .references(() => users.id),
    organizationId: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organizationId] }),
    index('user_organizations_org_idx').on(t.organizationId),
  ],
);

/** Server-side sessions. The cookie holds a random token; only its sha256 is stored here. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    /** Sent back on every state change (X-CSRF-Token header or `_csrf` form field). */
    csrfToken: text().notNull(),
    createdAt: text().notNull(),
    lastSeenAt: text().notNull(),
    /** Absolute end; idle expiry is computed from lastSeenAt. */
    expiresAt: text().notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);
