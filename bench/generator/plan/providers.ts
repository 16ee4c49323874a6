/**
 * Chooses who provides a service of a template and in which municipality. Candidate pools and
 * their cumulative weights are computed once per template, because a 100 000-service dump asks
 * this question 100 000 times over pools of thousands of associations.
 */
import { municipality, varsinaisSuomi, type Municipality } from '../data/municipalities.ts';
import type { Random } from '../random.ts';
import type { ServiceTemplate } from '../templates/types.ts';
import type { OrgDirectory } from './organizations.ts';
import type { OrgPlan } from './types.ts';

/** Items with cumulative weights, picked by binary search. */
export class WeightedPool<T> {
  readonly items: readonly T[];
  readonly #cumulative: number[];

  constructor(items: readonly T[], weight: (item: T) => number) {
    this.items = items;
    let total = 0;
    this.#cumulative = items.map((item) => (total += weight(item)));
  }

  pick(random: Random): T {
    const target = random.next() * this.#cumulative[this.#cumulative.length - 1];
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

const OTHER_REGIONS = ['091', '837', '609'].map(municipality);
const byPopulation = (ms: readonly Municipality[]) => new WeightedPool(ms, (m) => m.population);

export interface Provision {
  provider: OrgPlan;
  municipality: Municipality;
}

export class Providers {
  readonly #orgs: OrgDirectory;
  readonly #municipalities = new Map<string, WeightedPool<Municipality>>();
  readonly #locals = new Map<string, WeightedPool<OrgPlan> | null>();
  /** Companies that can be procured producers of county services. */
  readonly companies: readonly OrgPlan[];

  constructor(orgs: OrgDirectory) {
    this.#orgs = orgs;
    this.companies = [...orgs.companies.values()].flat();
  }

  #municipalityPool(
    t: ServiceTemplate,
    within?: readonly string[] | null,
  ): WeightedPool<Municipality> {
    const key = `${t.onlyIn?.join(',') ?? 'vs'}|${within?.join(',') ?? ''}`;
    let pool = this.#municipalities.get(key);
    if (!pool) {
      const allowed = t.onlyIn ? t.onlyIn.map(municipality) : varsinaisSuomi;
      const area = within ? allowed.filter((m) => within.includes(m.code)) : allowed;
      pool = byPopulation(area.length > 0 ? area : allowed);
      this.#municipalities.set(key, pool);
    }
    return pool;
  }

  #localPool(t: ServiceTemplate): WeightedPool<OrgPlan> | null {
    if (!this.#locals.has(t.key)) {
      const source = t.sector === 'company' ? this.#orgs.companies : this.#orgs.associations;
      const pool = (t.kinds ?? []).flatMap((k) => source.get(k) ?? []);
      const candidates = t.onlyIn ? pool.filter((o) => t.onlyIn!.includes(o.home.code)) : pool;
      this.#locals.set(
        t.key,
        candidates.length > 0
          ? new WeightedPool(candidates, (o) => Math.sqrt(o.home.population))
          : null,
      );
    }
    return this.#locals.get(t.key)!;
  }

  /** A provider of the template's sector, or null when the dump has none (pick another template). */
  resolve(t: ServiceTemplate, random: Random): Provision | null {
    const orgs = this.#orgs;
    switch (t.sector) {
      case 'county':
        return {
          provider: (t.unit && orgs.countyUnits.get(t.unit)) || orgs.county,
          municipality: this.#municipalityPool(t).pick(random),
        };
      case 'municipality': {
        // A sprinkle of services elsewhere in Finland, for contrast in area filters.
        const m =
          !t.onlyIn && random.chance(0.015)
            ? random.pick(OTHER_REGIONS)
            : this.#municipalityPool(t).pick(random);
        const employment =
          t.unit === 'employment'
            ? orgs.employmentAreas.find((a) => a.areaCodes?.includes(m.code))
            : undefined;
        const unit = t.unit ? orgs.municipalUnits.get(m.code)?.get(t.unit) : undefined;
        return { provider: employment ?? unit ?? orgs.municipal.get(m.code)!, municipality: m };
      }
      case 'parish': {
        const m = this.#municipalityPool(t).pick(random);
        const local = orgs.parishes.get(m.code) ?? [];
        if (local.length === 0) return null;
        const parish = random.pick(local);
        // Church family counselling is run by the parish union where there is one.
        const toUnion = parish.parent !== null && t.key.includes('family-counselling');
        return { provider: toUnion ? parish.parent! : parish, municipality: m };
      }
      case 'association':
      case 'company': {
        const pool = this.#localPool(t);
        if (!pool) return null;
        const provider = pool.pick(random);
        return { provider, municipality: provider.home };
      }
      default: {
        const provider =
          (t.unit && orgs.fixedUnits.get(`${t.provider}/${t.unit}`)) || orgs.fixed.get(t.provider!);
        if (!provider) return null;
        return {
          provider,
          municipality: this.#municipalityPool(t, provider.areaCodes).pick(random),
        };
      }
    }
  }
}
