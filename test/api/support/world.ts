/**
 * The real app on a private copy of the test catalogue, with one staff member of each kind and a
 * session for each: advisors of two units, provider users of associations A and B, an admin.
 */
import pino, { type Logger } from 'pino';
import type { SecurityConfig } from '../../../api/auth/config.ts';
import { createTestApp } from '../../helpers/app.ts';
import { insertSession, insertUnit, insertUser, type TestSession } from '../../factories/users.ts';
import type { Catalogue } from './catalogue.ts';

export type Who = 'advisor' | 'otherAdvisor' | 'providerA' | 'providerB' | 'admin' | null;

export interface CallOptions {
  /** JSON body (default) or, with `form`, url-encoded fields (arrays repeat the field). */
  body?: unknown;
  form?: boolean;
  /** Send the session's CSRF token (default true), none (false), or this string. */
  csrf?: boolean | string;
  headers?: Record<string, string>;
}

export async function createWorld(
  catalogue: Catalogue,
  options: { logger?: Logger; security?: Partial<SecurityConfig>; now?: Date } = {},
) {
  const db = catalogue.cloneDb();
  let now = options.now ?? new Date('2026-11-23T10:00:00Z');
  const { app, deps } = createTestApp({
    db,
    logger: options.logger ?? pino({ level: 'silent' }),
    clock: () => now,
    security: options.security,
  });
  const healthStation = insertUnit(db, { name: 'Kupittaan terveysasema', type: 'health_station' });
  const outreach = insertUnit(db, { name: 'Etsivä työ', type: 'outreach' });
  const users = {
    advisor: await insertUser(db, { role: 'advisor', unitId: healthStation }),
    otherAdvisor: await insertUser(db, { role: 'advisor', unitId: outreach }),
    providerA: await insertUser(db, { role: 'provider', organizationIds: [catalogue.orgA] }),
    providerB: await insertUser(db, { role: 'provider', organizationIds: [catalogue.orgB] }),
    admin: await insertUser(db, { role: 'admin' }),
  };
  const sessions = Object.fromEntries(
    Object.entries(users).map(([k, u]) => [k, insertSession(db, u.id, now)]),
  ) as Record<Exclude<Who, null>, TestSession>;

  function request(who: Who, method: string, path: string, call: CallOptions = {}) {
    const headers = new Headers(call.headers);
    const session = who ? sessions[who] : undefined;
    if (session) headers.set('cookie', session.cookie);
    const csrf = call.csrf ?? true;
    if (session && csrf !== false) headers.set('x-csrf-token', csrf === true ? session.csrf : csrf);
    let body: string | undefined;
    if (call.body !== undefined && call.form) {
      const form = new URLSearchParams();
      for (const [k, v] of Object.entries(call.body as Record<string, unknown>)) {
        for (const item of [v].flat()) form.append(k, String(item));
      }
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = form.toString();
    } else if (call.body !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(call.body);
    }
    return app.request(path, { method, headers, body });
  }

  /** A valid referral body to A1 and B1; override any field. */
  const referralBody = (overrides: Record<string, unknown> = {}) => ({
    services: [catalogue.serviceA1, catalogue.serviceB1],
    themes: ['loneliness'],
    route: 'visit',
    language: 'fi',
    municipalityCode: '853',
    contactConsent: false,
    ...overrides,
  });

  /** Creates a referral as the advisor and returns its code. */
  async function refer(
    overrides: Record<string, unknown> = {},
    who: Who = 'advisor',
  ): Promise<string> {
    const res = await request(who, 'POST', '/api/referrals', { body: referralBody(overrides) });
    if (res.status !== 201) throw new Error(`referral failed: ${res.status} ${await res.text()}`);
    return ((await res.json()) as { code: string }).code;
  }

  const auditCount = () =>
    (db.$client.prepare('select count(*) as n from audit_log').get() as { n: number }).n;

  return {
    db,
    app,
    deps,
    users,
    sessions,
    catalogue,
    request,
    refer,
    referralBody,
    auditCount,
    setNow: (date: Date) => void (now = date),
    /** Moves the clock and gives everyone a fresh session (the old ones would have idled out). */
    travel(date: Date) {
      now = date;
      for (const [k, u] of Object.entries(users))
        sessions[k as keyof typeof sessions] = insertSession(db, u.id, now);
    },
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
