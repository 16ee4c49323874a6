/**
 * Demo accounts, county units and a year of sample referrals for `npm start` on an empty database,
 * so every page has something to show. Runs only when there are no staff accounts yet.
 */
import { and, count, desc, eq, isNull, ne } from 'drizzle-orm';
import type { UnitType } from '../schema/auth/constants.ts';
import { varsinaisSuomiMunicipalities } from '../schema/constants.ts';
import { transaction, type Db } from '../schema/db.ts';
import { ageBands, referralOutcomes, referralRoutes } from '../schema/referrals/constants.ts';
import { organizations, services, users } from '../schema/tables.ts';
import { needThemes } from '../search/needs/index.ts';
import { hashPassword } from './auth/password.ts';
import type { Actor, AdvisorActor } from './queries/audit.ts';
import { createServiceReport } from './queries/feedback.ts';
import { createReferral, createUnmetNeed } from './queries/referrals.ts';
import { markArrival, recordOutcome } from './queries/referrals-lines.ts';
import { createUnit, createUser } from './queries/users.ts';

/** Documented in the README; demo data only, never a real deployment. */
export const demoAccounts = [
  {
    email: 'neuvoja@demo.tarjotin',
    password: 'neuvoja-demo-2026',
    role: 'advisor',
    displayName: 'Demo Neuvoja',
  },
  {
    email: 'jarjesto@demo.tarjotin',
    password: 'jarjesto-demo-2026',
    role: 'provider',
    displayName: 'Demo Järjestö',
  },
  {
    email: 'admin@demo.tarjotin',
    password: 'admin-demo-2026',
    role: 'admin',
    displayName: 'Demo Ylläpitäjä',
  },
] as const;

const demoUnits: [string, UnitType, string][] = [
  ['Kupittaan terveysasema', 'health_station', '853'],
  ['Salon terveysasema', 'health_station', '734'],
  ['Turun aikuissosiaalityö', 'social_work', '853'],
  ['Kaarinan sosiaalityö', 'social_work', '202'],
  ['Perheneuvola Turku', 'family_services', '853'],
  ['Uudenkaupungin perhekeskus', 'family_services', '895'],
  ['Seniorineuvonta Raisio', 'elderly_services', '680'],
  ['Loimaan ikäihmisten palvelut', 'elderly_services', '430'],
  ['Etsivä nuorisotyö Turku', 'outreach', '853'],
  ['Liikkuva palveluohjaus Vakka-Suomi', 'outreach', '895'],
];

/** A small seeded generator: the same demo data on every machine. */
function generator(seed: number) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] };
}

export interface DemoSeedResult {
  accounts: typeof demoAccounts;
  organizationId: string;
  referrals: number;
}

/** Seeds the demo; null when the database already has accounts or no published services. */
export async function seedDemo(
  db: Db,
  options: { now?: Date; referrals?: number } = {},
): Promise<DemoSeedResult | null> {
  const now = options.now ?? new Date();
  if (db.select({ n: count() }).from(users).get()!.n > 0) return null;
  const live = and(isNull(services.deletedAt), eq(services.publishingStatus, 'Published'));
  const busiest = db
    .select({ id: organizations.id, n: count() })
    .from(services)
    .innerJoin(organizations, eq(organizations.id, services.responsibleOrganizationId))
    .where(and(live, isNull(organizations.deletedAt)))
    .groupBy(organizations.id)
    .orderBy(desc(eq(organizations.kind, 'association')), desc(count()))
    .get();
  if (!busiest) return null;
  const hashes = await Promise.all(demoAccounts.map((a) => hashPassword(a.password)));
  return transaction(db, () => {
    const unitIds = demoUnits.map(([name, type, municipalityCode]) =>
      createUnit(db, { name, type, municipalityCode }, now),
    );
    const [advisorId, providerId] = demoAccounts.map((a, i) =>
      createUser(
        db,
        {
          email: a.email,
          displayName: a.displayName,
          role: a.role,
          passwordHash: hashes[i],
          unitId: a.role === 'advisor' ? unitIds[0] : null,
          organizationIds: a.role === 'provider' ? [busiest.id] : [],
        },
        now,
      ),
    );
    const own = db
      .select({ id: services.id })
      .from(services)
      .where(and(live, eq(services.responsibleOrganizationId, busiest.id)))
      .all();
    const others = db
      .select({ id: services.id })
      .from(services)
      .innerJoin(organizations, eq(organizations.id, services.responsibleOrganizationId))
      .where(and(live, ne(organizations.kind, 'wellbeing_county')))
      .limit(300)
      .all();
    const provider: Actor = {
      userId: providerId,
      role: 'provider',
      organizationIds: [busiest.id],
      requestId: null,
    };
    const total = seedReferrals(db, {
      now,
      count: options.referrals ?? 200,
      advisorId,
      unitIds,
      provider,
      own: own.map((s) => s.id),
      others: others.map((s) => s.id),
    });
    for (const [i, kind] of (['wrong_hours', 'wrong_phone', 'other'] as const).entries()) {
      createServiceReport(
        db,
        {
          serviceId: own[i % own.length].id,
          kind,
          text: 'Esimerkkipalaute: tieto ei pidä paikkaansa.',
        },
        now,
      );
    }
    return { accounts: demoAccounts, organizationId: busiest.id, referrals: total };
  });
}

function seedReferrals(
  db: Db,
  seed: {
    now: Date;
    count: number;
    advisorId: number;
    unitIds: number[];
    provider: Actor;
    own: string[];
    others: string[];
  },
): number {
  const random = generator(2026);
  const themeIds = needThemes.filter((t) => !t.sote).map((t) => t.id);
  const places = ['853', '853', '853', '202', '680', '529', ...varsinaisSuomiMunicipalities];
  const day = 86_400_000;
  for (let i = 0; i < seed.count; i++) {
    const created = new Date(
      seed.now.getTime() -
        Math.floor(random.next() * 365) * day -
        Math.floor(random.next() * 8) * 3_600_000,
    );
    const services = new Set<string>();
    if (random.next() < 0.7 && seed.own.length) services.add(random.pick(seed.own));
    while (services.size < 1 + Math.floor(random.next() * 2) && seed.others.length)
      services.add(random.pick(seed.others));
    const advisor: AdvisorActor = {
      userId: seed.advisorId,
      role: 'advisor',
      organizationIds: [],
      requestId: null,
      unitId: random.pick(seed.unitIds),
    };
    const view = createReferral(
      db,
      advisor,
      {
        services: [...services],
        themes: [...new Set([random.pick(themeIds), random.pick(themeIds)])].sort(),
        route: random.pick(referralRoutes),
        language: random.pick(['fi', 'fi', 'fi', 'fi', 'sv', 'en', 'ar', 'so', 'ru']),
        municipalityCode: random.pick(places),
        ageBand: random.next() < 0.7 ? random.pick(ageBands) : undefined,
        contactConsent: random.next() < 0.4,
      },
      { now: created, codeDays: 60 },
    );
    for (const line of view.services.filter((l) => seed.own.includes(l.serviceId))) {
      const arrival = new Date(
        Math.min(
          created.getTime() + (1 + Math.floor(random.next() * 10)) * day,
          seed.now.getTime(),
        ),
      );
      const roll = random.next();
      if (roll < 0.6) markArrival(db, seed.provider, view.code, line.serviceId, arrival);
      if (roll < 0.45)
        recordOutcome(
          db,
          seed.provider,
          view.code,
          line.serviceId,
          random.pick(referralOutcomes.slice(0, 3)),
          arrival,
        );
    }
    if (i % 8 === 0) {
      createUnmetNeed(
        db,
        advisor,
        { themes: [random.pick(themeIds)], municipalityCode: random.pick(places), language: 'fi' },
        created,
      );
    }
  }
  return seed.count;
}
