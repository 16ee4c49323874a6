import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';
import { createWorld, type Who, type World } from './support/world.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

/**
 * A world where association A has a referral (code `a`, A's services only), a mixed referral
 * (code `mixed`, A1 and B1) and a problem report about its service.
 */
async function scene() {
  const world = await createWorld(catalogue);
  const a = await world.refer({ services: [catalogue.serviceA1, catalogue.serviceA2] });
  const mixed = await world.refer({ services: [catalogue.serviceA1, catalogue.serviceB1] });
  await world.request(
    'providerA',
    'POST',
    `/api/referrals/${a}/services/${catalogue.serviceA2}/arrival`,
  );
  const report = await world.request(null, 'POST', '/api/feedback/services', {
    body: { serviceId: catalogue.serviceA1, kind: 'wrong_phone', text: 'Numero ei vastaa.' },
  });
  const reportId = (await report.json()).id as number;
  return { world, a, mixed, reportId };
}

type Scene = Awaited<ReturnType<typeof scene>>;

interface Case {
  name: string;
  method: 'GET' | 'POST';
  path: (s: Scene) => string;
  body?: unknown;
}

/** Every verb that touches association A's referrals, figures or feedback. */
const touchingA: Case[] = [
  { name: 'read A’s referral', method: 'GET', path: (s) => `/api/referrals/${s.a}` },
  { name: 'get A’s referral QR code', method: 'GET', path: (s) => `/api/referrals/${s.a}/qr.svg` },
  {
    name: 'mark arrival on A’s line',
    method: 'POST',
    path: (s) => `/api/referrals/${s.a}/services/${catalogue.serviceA1}/arrival`,
  },
  {
    name: 'close A’s line',
    method: 'POST',
    path: (s) => `/api/referrals/${s.a}/services/${catalogue.serviceA2}/outcome`,
    body: { outcome: 'helped' },
  },
  {
    name: 'mark arrival on A’s line of a mixed referral',
    method: 'POST',
    path: (s) => `/api/referrals/${s.mixed}/services/${catalogue.serviceA1}/arrival`,
  },
  {
    name: 'close A’s line of a mixed referral',
    method: 'POST',
    path: (s) => `/api/referrals/${s.mixed}/services/${catalogue.serviceA1}/outcome`,
    body: { outcome: 'did_not_arrive' },
  },
  {
    name: 'read A’s figures',
    method: 'GET',
    path: () => `/api/provider/organizations/${catalogue.orgA}/figures`,
  },
  {
    name: 'export A’s figures as CSV',
    method: 'GET',
    path: () => `/api/provider/organizations/${catalogue.orgA}/figures.csv?year=2026`,
  },
  {
    name: 'read A’s feedback queue',
    method: 'GET',
    path: () => `/api/feedback/services?organizationId=${catalogue.orgA}`,
  },
  {
    name: 'resolve A’s feedback',
    method: 'POST',
    path: (s) => `/api/feedback/services/${s.reportId}/resolve`,
  },
];

/** What must not change whatever B tries. */
function snapshot(world: World) {
  const q = (sql: string) => world.db.$client.prepare(sql).all();
  return {
    lines: q(
      'select referral_id, service_id, arrived_at, outcome, closed_at from referral_services order by 1, 2',
    ),
    reports: q('select id, status from service_reports'),
    audit: q('select count(*) as n from audit_log'),
  };
}

describe('object-level authorisation', () => {
  it.each(touchingA)(
    'refuses provider B to $name (403/404), changing and disclosing nothing',
    async (c) => {
      const s = await scene();
      const before = snapshot(s.world);
      const res = await s.world.request('providerB', c.method, c.path(s), { body: c.body });
      expect([403, 404]).toContain(res.status);
      const text = await res.text();
      expect(JSON.parse(text).error.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      expect(text).not.toContain(s.a);
      expect(snapshot(s.world)).toEqual(before);
    },
  );

  it.each(touchingA)('lets provider A $name', async (c) => {
    const s = await scene();
    const res = await s.world.request('providerA', c.method, c.path(s), { body: c.body });
    expect(res.status).toBe(200);
  });

  it('shows provider B of a mixed referral only its own line and lists none of A’s referrals', async () => {
    const s = await scene();
    const mixed = await (
      await s.world.request('providerB', 'GET', `/api/referrals/${s.mixed}`)
    ).json();
    expect(mixed.services.map((l: { serviceId: string }) => l.serviceId)).toEqual([
      catalogue.serviceB1,
    ]);
    const listed = await (
      await s.world.request('providerB', 'GET', '/api/provider/referrals')
    ).json();
    expect(listed.referrals).toEqual([]);
    const queue = await (
      await s.world.request('providerB', 'GET', '/api/feedback/services')
    ).json();
    expect(queue.reports).toEqual([]);
  });
});

describe('undocumented verbs', () => {
  it.each(['PUT', 'PATCH', 'DELETE'])(
    '%s on a referral, its lines or figures changes nothing for anyone',
    async (method) => {
      const s = await scene();
      const before = snapshot(s.world);
      const paths = [
        `/api/referrals/${s.a}`,
        `/api/referrals/${s.a}/services/${catalogue.serviceA1}/arrival`,
        `/api/provider/organizations/${catalogue.orgA}/figures`,
        `/api/feedback/services/${s.reportId}/resolve`,
      ];
      for (const who of ['providerA', 'providerB', 'admin'] as const) {
        for (const path of paths) {
          const res = await s.world.request(who, method, path, { body: { outcome: 'helped' } });
          expect(res.status, `${who} ${method} ${path}`).toBe(404);
        }
      }
      expect(snapshot(s.world)).toEqual(before);
    },
  );
});

interface RoleCase {
  name: string;
  method: 'GET' | 'POST';
  path: (s: Scene) => string;
  body?: (s: Scene) => unknown;
  allowed: Exclude<Who, null>[];
}

const roleCases: RoleCase[] = [
  {
    name: 'list units',
    method: 'GET',
    path: () => '/api/units',
    allowed: ['advisor', 'otherAdvisor', 'admin'],
  },
  {
    name: 'create a referral',
    method: 'POST',
    path: () => '/api/referrals',
    body: (s) => s.world.referralBody(),
    allowed: ['advisor', 'otherAdvisor'],
  },
  {
    name: 'record an unmet need',
    method: 'POST',
    path: () => '/api/unmet-needs',
    body: () => ({ themes: ['gambling'], municipalityCode: '853', language: 'fi' }),
    allowed: ['advisor', 'otherAdvisor'],
  },
  {
    name: 'read a referral by code',
    method: 'GET',
    path: (s) => `/api/referrals/${s.a}`,
    allowed: ['advisor', 'providerA'],
  },
  {
    name: 'mark arrival',
    method: 'POST',
    path: (s) => `/api/referrals/${s.a}/services/${catalogue.serviceA1}/arrival`,
    allowed: ['providerA'],
  },
  {
    name: 'list arrived referrals',
    method: 'GET',
    path: () => '/api/provider/referrals',
    allowed: ['providerA', 'providerB'],
  },
  {
    name: 'read an organisation’s figures',
    method: 'GET',
    path: () => `/api/provider/organizations/${catalogue.orgA}/figures`,
    allowed: ['providerA', 'admin'],
  },
  {
    name: 'read the feedback queue',
    method: 'GET',
    path: () => '/api/feedback/services',
    allowed: ['providerA', 'providerB', 'admin'],
  },
  {
    name: 'read site feedback',
    method: 'GET',
    path: () => '/api/feedback/site',
    allowed: ['admin'],
  },
  {
    name: 'read usage statistics',
    method: 'GET',
    path: () => '/api/admin/usage',
    allowed: ['admin'],
  },
  {
    name: 'read county figures',
    method: 'GET',
    path: () => '/api/admin/figures',
    allowed: ['admin'],
  },
  {
    name: 'export county figures',
    method: 'GET',
    path: () => '/api/admin/figures.csv',
    allowed: ['admin'],
  },
  {
    name: 'read the referral access log',
    method: 'GET',
    path: (s) => `/api/admin/audit/referrals/${s.a}`,
    allowed: ['admin'],
  },
  {
    name: 'sign out',
    method: 'POST',
    path: () => '/api/auth/logout',
    allowed: ['advisor', 'otherAdvisor', 'providerA', 'providerB', 'admin'],
  },
];

const everyone: Who[] = [null, 'advisor', 'otherAdvisor', 'providerA', 'providerB', 'admin'];

describe('roles', () => {
  it.each(roleCases)('lets exactly the right roles $name', async (c) => {
    const s = await scene();
    for (const who of everyone) {
      const res = await s.world.request(who, c.method, c.path(s), { body: c.body?.(s) });
      const expected =
        who === null ? [401] : c.allowed.includes(who) ? [200, 201, 204] : [403, 404];
      expect(expected, `${who ?? 'resident'} → ${res.status}`).toContain(res.status);
    }
  });
});
