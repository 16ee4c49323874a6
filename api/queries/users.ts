import { asc, eq, inArray } from 'drizzle-orm';
import type { UnitType, UserRole } from '../../schema/auth/constants.ts';
import type { CurrentUserView, UnitView } from '../../schema/auth/validation.ts';
import type { OrganizationKind } from '../../schema/constants.ts';
import { transaction, type Db } from '../../schema/db.ts';
import { organizations, units, userOrganizations, users } from '../../schema/tables.ts';

/** The signed-in user as handlers see it. */
export type CurrentUser = CurrentUserView & { organizationIds: string[] };

export function findUserForLogin(db: Db, email: string) {
  return db
    .select({ id: users.id, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email))
    .get();
}

export function recordLogin(db: Db, userId: number, now: Date): void {
  db.update(users).set({ lastLoginAt: now.toISOString() }).where(eq(users.id, userId)).run();
}

/** An enabled user with unit and organisations; null when unknown or disabled. */
export function loadCurrentUser(db: Db, userId: number): CurrentUser | null {
  const row = db
    .select({ user: users, unit: units })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .where(eq(users.id, userId))
    .get();
  if (!row || row.user.disabledAt) return null;
  const orgs = db
    .select({
      id: userOrganizations.organizationId,
      name: organizations.name,
      kind: organizations.kind,
    })
    .from(userOrganizations)
    .leftJoin(organizations, eq(organizations.id, userOrganizations.organizationId))
    .where(eq(userOrganizations.userId, userId))
    .orderBy(asc(userOrganizations.organizationId))
    .all();
  const { user, unit } = row;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    unit: unit && {
      id: unit.id,
      name: unit.name,
      type: unit.type,
      municipalityCode: unit.municipalityCode,
    },
    organizations: orgs.map((o) => ({
      id: o.id,
      name: o.name ?? {},
      kind: (o.kind ?? 'other') as OrganizationKind,
    })),
    organizationIds: orgs.map((o) => o.id),
  };
}

export interface NewUser {
  email: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  unitId?: number | null;
  organizationIds?: string[];
}

/** Creates a user; advisors need a unit and provider users at least one organisation. */
export function createUser(db: Db, input: NewUser, now: Date): number {
  if (input.role === 'advisor' && !input.unitId)
    throw new Error('An advisor needs a unit (--unit <id>).');
  if (input.role === 'provider' && !input.organizationIds?.length) {
    throw new Error('A provider user needs at least one PTV organisation (--org <id>).');
  }
  return transaction(db, () => {
    const { id } = db
      .insert(users)
      .values({
        email: input.email.trim().toLowerCase(),
        displayName: input.displayName,
        role: input.role,
        passwordHash: input.passwordHash,
        unitId: input.unitId ?? null,
        createdAt: now.toISOString(),
      })
      .returning({ id: users.id })
      .get();
    for (const organizationId of new Set(input.organizationIds ?? [])) {
      db.insert(userOrganizations).values({ userId: id, organizationId }).run();
    }
    return id;
  });
}

/** Disables a user by email; returns its id, or null when there is no such user. */
export function disableUser(db: Db, email: string, now: Date): number | null {
  const row = db
    .update(users)
    .set({ disabledAt: now.toISOString() })
    .where(eq(users.email, email.trim().toLowerCase()))
    .returning({ id: users.id })
    .get();
  return row?.id ?? null;
}

export function listUsers(db: Db) {
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: users.role,
      unit: units.name,
      disabledAt: users.disabledAt,
      lastLoginAt: users.lastLoginAt,
    })
    .from(users)
    .leftJoin(units, eq(units.id, users.unitId))
    .orderBy(asc(users.id))
    .all();
  const memberships = rows.length
    ? db
        .select()
        .from(userOrganizations)
        .where(
          inArray(
            userOrganizations.userId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((r) => ({
    ...r,
    organizationIds: memberships.filter((m) => m.userId === r.id).map((m) => m.organizationId),
  }));
}

export function createUnit(
  db: Db,
  input: { name: string; type: UnitType; municipalityCode?: string | null },
  now: Date,
): number {
  return db
    .insert(units)
    .values({
      name: input.name,
      type: input.type,
      municipalityCode: input.municipalityCode ?? null,
      createdAt: now.toISOString(),
    })
    .returning({ id: units.id })
    .get().id;
}

export function listUnits(db: Db): UnitView[] {
  return db
    .select({
      id: units.id,
      name: units.name,
      type: units.type,
      municipalityCode: units.municipalityCode,
    })
    .from(units)
    .orderBy(asc(units.type), asc(units.name))
    .all();
}
