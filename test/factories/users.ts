/**
 * Staff accounts, units and sessions for tests. Passwords are hashed for real (scrypt), once per
 * process for the shared default password, so a test with many users stays fast.
 */
import type { UnitType, UserRole } from '../../schema/auth/constants.ts';
import type { Db } from '../../schema/db.ts';
import { defaultSecurityConfig, type SecurityConfig } from '../../api/auth/config.ts';
import { hashPassword } from '../../api/auth/password.ts';
import { createSession } from '../../api/auth/sessions.ts';
import { createUnit, createUser } from '../../api/queries/users.ts';

export const DEFAULT_PASSWORD = 'correct horse battery staple';
let defaultHash: Promise<string> | undefined;

let sequence = 0;

export function insertUnit(
  db: Db,
  overrides: { name?: string; type?: UnitType; municipalityCode?: string } = {},
): number {
  sequence++;
  return createUnit(
    db,
    {
      name: overrides.name ?? `Testiyksikkö ${sequence}`,
      type: overrides.type ?? 'health_station',
      municipalityCode: overrides.municipalityCode ?? '853',
    },
    new Date('2026-01-01T00:00:00Z'),
  );
}

export interface TestUser {
  id: number;
  email: string;
  password: string;
  role: UserRole;
}

/** A user with a unique email; an advisor gets a fresh unit unless one is given. */
export async function insertUser(
  db: Db,
  overrides: {
    role?: UserRole;
    email?: string;
    password?: string;
    unitId?: number;
    organizationIds?: string[];
    displayName?: string;
  } = {},
): Promise<TestUser> {
  sequence++;
  const role = overrides.role ?? 'advisor';
  const email = overrides.email ?? `${role}${sequence}@test.tarjotin`;
  const password = overrides.password ?? DEFAULT_PASSWORD;
  const passwordHash = overrides.password
    ? await hashPassword(password)
    : await (defaultHash ??= hashPassword(DEFAULT_PASSWORD));
  const unitId = overrides.unitId ?? (role === 'advisor' ? insertUnit(db) : undefined);
  const id = createUser(
    db,
    {
      email,
      displayName: overrides.displayName ?? `Test ${role} ${sequence}`,
      role,
      passwordHash,
      unitId,
      organizationIds: overrides.organizationIds,
    },
    new Date('2026-01-01T00:00:00Z'),
  );
  return { id, email, password, role };
}

export interface TestSession {
  /** Value for a `Cookie` header. */
  cookie: string;
  csrf: string;
}

/** A session made directly in the database (the login route has its own tests). */
export function insertSession(
  db: Db,
  userId: number,
  now: Date,
  config: SecurityConfig = defaultSecurityConfig,
): TestSession {
  const session = createSession(db, userId, now, config);
  return { cookie: `tarjotin_session=${session.token}`, csrf: session.csrfToken };
}
