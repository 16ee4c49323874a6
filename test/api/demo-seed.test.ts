import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../api/demo-seed.ts';
import { createTestApp } from '../helpers/app.ts';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

describe('demo seed', () => {
  it('creates the three demo accounts, units and a year of referrals for the busiest association, once', async () => {
    const db = catalogue.cloneDb();
    const now = new Date('2026-11-23T10:00:00Z');
    const result = await seedDemo(db, { now });
    expect(result).toMatchObject({ organizationId: catalogue.orgA, referrals: 200 });
    expect(await seedDemo(db, { now })).toBeNull();
    const { app } = createTestApp({ db, clock: () => now });
    for (const account of result!.accounts) {
      const res = await app.request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
      expect(res.status, account.email).toBe(200);
      if (account.role !== 'provider') continue;
      const cookie = res.headers.get('set-cookie')!.split(';')[0];
      const figures = await (
        await app.request(`/api/provider/organizations/${catalogue.orgA}/figures`, {
          headers: { cookie },
        })
      ).json();
      expect(figures.tables[0].totals.total).toBeGreaterThan(50);
    }
    const count = (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n;
    expect(count('select count(distinct type) as n from units')).toBe(5);
    expect(
      count('select count(*) as n from referral_services where arrived_at is not null'),
    ).toBeGreaterThan(30);
    expect(count('select count(*) as n from unmet_needs')).toBeGreaterThan(10);
  });
});
