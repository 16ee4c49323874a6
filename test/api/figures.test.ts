import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSecurityConfig } from '../../api/auth/config.ts';
import { actorOf } from '../../api/queries/audit.ts';
import { createReferral } from '../../api/queries/referrals.ts';
import { markArrival, recordOutcome } from '../../api/queries/referrals-lines.ts';
import { loadCurrentUser } from '../../api/queries/users.ts';
import { runRetention } from '../../api/retention.ts';
import type { ReferralInput } from '../../schema/referrals/validation.ts';
import { recoverableCells } from './support/disclosure.ts';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';
import { createWorld, type World } from './support/world.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

const routes = ['visit', 'phone', 'chat', 'outreach', 'self_search'] as const;
const themes = ['loneliness', 'debt-and-money', 'food-aid', 'older-people'];
const places = ['853', '202', '529', '680'];
const outcomes = ['helped', 'not_suitable', 'no_capacity', 'did_not_arrive'] as const;

/**
 * 2026 referrals straight through the query layer (HTTP would hit the creation rate limit):
 * a busy March of 40 phone referrals to A1, and a sparse, varied rest with arrivals and outcomes.
 */
function seedYear(world: World) {
  const advisorUser = loadCurrentUser(world.db, world.users.advisor.id)!;
  const advisor = {
    ...actorOf(advisorUser, null),
    userId: advisorUser.id,
    unitId: advisorUser.unit!.id,
  };
  const providerA = actorOf(loadCurrentUser(world.db, world.users.providerA.id)!, null);
  const base = { language: 'fi', contactConsent: false } as const;
  let n = 0;
  const refer = (day: string, input: Partial<ReferralInput>) =>
    createReferral(
      world.db,
      advisor,
      {
        ...base,
        services: [catalogue.serviceA1],
        themes: ['loneliness'],
        route: 'visit',
        municipalityCode: '853',
        ...input,
      },
      { now: new Date(`${day}T09:00:00Z`), codeDays: 60 },
    );
  for (let i = 0; i < 40; i++) refer('2026-03-10', { route: 'phone' });
  for (let m = 1; m <= 11; m++) {
    for (let k = 0; k < (m * 7) % 13; k++) {
      n++;
      const view = refer(
        `2026-${String(m).padStart(2, '0')}-${String(1 + (k % 27)).padStart(2, '0')}`,
        {
          route: routes[n % 5],
          themes: [themes[n % 4], themes[(n + 1) % 4]].sort(),
          municipalityCode: places[n % 4],
          services: n % 3 ? [catalogue.serviceA1, catalogue.serviceB1] : [catalogue.serviceA2],
        },
      );
      const when = new Date(view.createdAt);
      const service = view.services[0].serviceId;
      if (n % 2) markArrival(world.db, providerA, view.code, service, when);
      if (n % 4 === 1)
        recordOutcome(
          world.db,
          providerA,
          view.code,
          service,
          outcomes[n % 4 === 1 ? (n >> 2) % 3 : 3],
          when,
        );
    }
  }
}

async function figures(world: World, who: 'providerA' | 'admin', path: string) {
  const res = await world.request(who, 'GET', path);
  expect(res.status).toBe(200);
  return res.json();
}

type Table = {
  dimension: string;
  unit: string;
  columns: string[];
  rows: { month: string; cells: (number | '<5')[]; total: number | '<5' }[];
  totals: { cells: (number | '<5')[]; total: number | '<5' };
};
const published = (t: Table) => ({
  cells: t.rows.map((r) => r.cells),
  rowTotals: t.rows.map((r) => r.total),
  columnTotals: t.totals.cells,
  total: t.totals.total,
});
const numbers = (t: Table) =>
  [...t.rows.flatMap((r) => [...r.cells, r.total]), ...t.totals.cells, t.totals.total].filter(
    (c) => c !== '<5',
  ) as number[];

describe('provider figures', () => {
  it('counts an organisation’s lines by month and dimension over ended months only', async () => {
    const world = await createWorld(catalogue);
    seedYear(world);
    const body = await figures(
      world,
      'providerA',
      `/api/provider/organizations/${catalogue.orgA}/figures`,
    );
    expect(body.year).toBe(2026);
    expect(body.months).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
    const route = body.tables.find((t: Table) => t.dimension === 'route');
    expect(route.columns).toEqual(['visit', 'phone', 'chat', 'outreach', 'self_search']);
    expect(route.rows[2].cells[1]).toBeGreaterThanOrEqual(40);
    expect(body.tables.map((t: Table) => t.dimension)).toEqual([
      'route',
      'unit_type',
      'municipality',
      'status',
      'theme',
    ]);
  });

  it('never shows a count below 5 and leaves no hidden count recoverable from any table’s sums', async () => {
    const world = await createWorld(catalogue);
    seedYear(world);
    const body = await figures(
      world,
      'providerA',
      `/api/provider/organizations/${catalogue.orgA}/figures`,
    );
    let hidden = 0;
    for (const table of body.tables as Table[]) {
      expect(
        numbers(table).every((n) => n >= 5),
        table.dimension,
      ).toBe(true);
      expect(recoverableCells(published(table)), table.dimension).toEqual([]);
      hidden += JSON.stringify(table).split('"<5"').length - 1;
    }
    expect(hidden).toBeGreaterThan(20);
    const monthTotals = (body.tables as Table[])
      .filter((t) => t.unit === 'referral_lines')
      .map((t) => [t.rows.map((r) => r.total), t.totals.total]);
    expect(new Set(monthTotals.map((m) => JSON.stringify(m))).size).toBe(1);
    const year = body.rates.at(-1);
    expect(year.month).toBe('total');
    expect(year.arrivalRate.low).toBeLessThanOrEqual(year.arrivalRate.high);
    expect(year.arrivalRate.high - year.arrivalRate.low).toBeLessThan(0.1);
    for (const r of body.rates)
      for (const v of [r.arrivalRate, r.helpedRate]) if (v) expect(v.high).toBeLessThanOrEqual(1);
  });

  it('exports the same suppressed figures as CSV, audited as an export', async () => {
    const world = await createWorld(catalogue);
    seedYear(world);
    const json = await figures(
      world,
      'providerA',
      `/api/provider/organizations/${catalogue.orgA}/figures?year=2026`,
    );
    const res = await world.request(
      'providerA',
      'GET',
      `/api/provider/organizations/${catalogue.orgA}/figures.csv?year=2026`,
    );
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).trim().split('\n');
    expect(lines[0]).toBe('table,unit,month,column,value');
    const route = json.tables[0] as Table;
    expect(lines).toContain(`route,referral_lines,2026-03,phone,${route.rows[2].cells[1]}`);
    expect(lines).toContain(`route,referral_lines,total,total,${route.totals.total}`);
    expect(lines.filter((l) => /,[0-4]$/.test(l))).toEqual([]);
    const audit = world.db.$client
      .prepare("select action, object_id from audit_log where object_type = 'referral_figures'")
      .all();
    expect(audit).toEqual([
      { action: 'read', object_id: `${catalogue.orgA}/2026` },
      { action: 'export', object_id: `${catalogue.orgA}/2026` },
    ]);
  });

  it('refuses a year with no ended month', async () => {
    const world = await createWorld(catalogue);
    const res = await world.request(
      'providerA',
      'GET',
      `/api/provider/organizations/${catalogue.orgA}/figures?year=2027`,
    );
    expect(res.status).toBe(422);
  });
});

describe('county figures', () => {
  it('shows admins non-sote referrals by sector and theme and unmet needs by municipality, suppressed the same way', async () => {
    const world = await createWorld(catalogue);
    seedYear(world);
    for (let i = 0; i < 6; i++) {
      await world.request('advisor', 'POST', '/api/unmet-needs', {
        body: { themes: ['gambling'], municipalityCode: '853', language: 'fi' },
      });
    }
    const body = await figures(world, 'admin', '/api/admin/figures?year=2026');
    expect(body.tables.map((t: Table) => `${t.dimension}/${t.unit}`)).toEqual([
      'sector/referral_lines',
      'theme/theme_mentions',
      'municipality/unmet_needs',
      'theme/unmet_theme_mentions',
    ]);
    const sector = body.tables[0] as Table;
    expect(sector.columns).not.toContain('wellbeing_county');
    expect(sector.totals.cells[sector.columns.indexOf('association')]).toBeGreaterThan(40);
    for (const table of body.tables as Table[]) {
      expect(numbers(table).every((n) => n >= 5)).toBe(true);
      expect(recoverableCells(published(table))).toEqual([]);
    }
  });
});

describe('retention', () => {
  it('turns old referrals into monthly counts, deletes them with an audit row each, and keeps the figures identical', async () => {
    const world = await createWorld(catalogue);
    seedYear(world);
    const path = `/api/provider/organizations/${catalogue.orgA}/figures?year=2026`;
    const before = await figures(world, 'providerA', path);
    const count = (sql: string) => (world.db.$client.prepare(sql).get() as { n: number }).n;
    const oldReferrals = count("select count(*) as n from referrals where month < '2026-06'");
    const result = runRetention(world.db, world.deps.clock(), {
      ...defaultSecurityConfig,
      retentionMonths: 5,
    });
    expect(result).toMatchObject({ before: '2026-06', referrals: oldReferrals });
    expect(count("select count(*) as n from referrals where month < '2026-06'")).toBe(0);
    expect(
      count(
        'select count(*) as n from referral_services rs left join referrals r on r.id = rs.referral_id where r.id is null',
      ),
    ).toBe(0);
    expect(
      count("select count(*) as n from audit_log where action = 'delete' and role = 'system'"),
    ).toBe(oldReferrals);
    expect(count('select sum(lines) as n from referral_aggregates')).toBe(result.lines);
    const after = await figures(world, 'providerA', path);
    expect(after.tables).toEqual(before.tables);
  });
});
