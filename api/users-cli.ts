/**
 * `npm run users -- <command>`: staff accounts, units and the retention job, for administrators
 * on the server. Composition root: the environment is read here and nowhere below.
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ZodError } from 'zod';
import { unitTypes, userRoles, type UnitType, type UserRole } from '../schema/auth/constants.ts';
import { passwordSchema } from '../schema/auth/validation.ts';
import { ptvIdSchema } from '../schema/catalogue/api.ts';
import { openDatabase, type Db } from '../schema/db.ts';
import type { SecurityConfig } from './auth/config.ts';
import { hashPassword } from './auth/password.ts';
import { deleteUserSessions } from './auth/sessions.ts';
import { parseEnv, securityConfig } from './env.ts';
import { createUnit, createUser, disableUser, listUnits, listUsers } from './queries/users.ts';
import { runRetention } from './retention.ts';

export const usage = `Usage: npm run users -- <command> [options]
  add --email <email> --role advisor|provider|admin --name <display name>
      [--unit <unit id>] [--org <PTV organisation id>]... [--password-stdin]
      Without --password-stdin a random password is generated and printed once.
  disable --email <email>      Disables the account and ends its sessions.
  list                         Lists accounts.
  add-unit --name <name> --type ${unitTypes.join('|')} [--municipality <code>]
  units                        Lists units.
  retention                    Turns referrals older than RETENTION_MONTHS into monthly counts.`;

export interface CliDeps {
  db: Db;
  now: Date;
  config: SecurityConfig;
  out: (line: string) => void;
  /** Reads a password from stdin (for --password-stdin). */
  readPassword: () => Promise<string>;
}

const oneOf = <T extends string>(
  values: readonly T[],
  value: string | undefined,
  name: string,
): T => {
  if (!value || !values.includes(value as T))
    throw new Error(`--${name} must be one of ${values.join(', ')}`);
  return value as T;
};

/** Runs one command; returns the exit code. Errors are printed, not thrown. */
export async function runUsersCli(argv: string[], deps: CliDeps): Promise<number> {
  const { db, now, out } = deps;
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
        unit: { type: 'string' },
        org: { type: 'string', multiple: true },
        type: { type: 'string' },
        municipality: { type: 'string' },
        'password-stdin': { type: 'boolean' },
      },
    });
    switch (positionals[0]) {
      case 'add': {
        if (!values.email || !values.name) throw new Error('add needs --email and --name');
        const role: UserRole = oneOf(userRoles, values.role, 'role');
        const generated = !values['password-stdin'];
        const password = generated
          ? randomBytes(18).toString('base64url')
          : passwordSchema.parse((await deps.readPassword()).trim());
        const id = createUser(
          db,
          {
            email: values.email,
            displayName: values.name,
            role,
            passwordHash: await hashPassword(password),
            unitId: values.unit ? Number(values.unit) : null,
            organizationIds: values.org?.map((id) => ptvIdSchema.parse(id)),
          },
          now,
        );
        out(`Added ${role} ${values.email.toLowerCase()} (id ${id}).`);
        if (generated) out(`Password (shown once): ${password}`);
        return 0;
      }
      case 'disable': {
        if (!values.email) throw new Error('disable needs --email');
        const id = disableUser(db, values.email, now);
        if (id === null) throw new Error(`No account ${values.email}.`);
        out(`Disabled ${values.email}; ended ${deleteUserSessions(db, id)} session(s).`);
        return 0;
      }
      case 'list':
        for (const u of listUsers(db)) {
          const where = u.role === 'provider' ? u.organizationIds.join(' ') : (u.unit ?? '');
          out(
            [
              u.id,
              u.email,
              u.role,
              u.displayName,
              where,
              u.disabledAt ? `disabled ${u.disabledAt}` : 'active',
            ].join('\t'),
          );
        }
        return 0;
      case 'add-unit': {
        if (!values.name) throw new Error('add-unit needs --name');
        const type: UnitType = oneOf(unitTypes, values.type, 'type');
        const id = createUnit(
          db,
          { name: values.name, type, municipalityCode: values.municipality },
          now,
        );
        out(`Added unit ${id}: ${values.name} (${type}).`);
        return 0;
      }
      case 'units':
        for (const u of listUnits(db))
          out([u.id, u.type, u.name, u.municipalityCode ?? ''].join('\t'));
        return 0;
      case 'retention': {
        const r = runRetention(db, now, deps.config);
        out(
          `Aggregated ${r.referrals} referral(s) (${r.lines} service lines) from before ${r.before}; purged ${r.sessions} ended session(s).`,
        );
        return 0;
      }
      default:
        out(usage);
        return positionals[0] ? 1 : 0;
    }
  } catch (error) {
    const message =
      error instanceof ZodError
        ? error.issues.map((i) => i.message).join('; ')
        : error instanceof Error
          ? error.message
          : String(error);
    out(`Error: ${message}`);
    return 1;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const env = parseEnv();
  const db = openDatabase(env.TARJOTIN_DB, { synchronous: 'full' });
  const code = await runUsersCli(process.argv.slice(2), {
    db,
    now: new Date(),
    config: securityConfig(env),
    out: (line) => console.log(line),
    readPassword: readStdin,
  });
  db.$client.close();
  process.exit(code);
}
