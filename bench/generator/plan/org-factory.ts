/**
 * Creates organisation plans with sequential seeded ids, registering each with its parent. The
 * planners of municipalities, parishes and associations share one factory so ids follow one order.
 */
import type { Municipality } from '../data/municipalities.ts';
import type { OrgType } from '../data/organizations.ts';
import type { Random } from '../random.ts';
import type { Texts } from '../templates/types.ts';
import type { OrgKind, OrgPlan, PublishingStatus } from './types.ts';

export type NewOrg = Omit<OrgPlan, 'id' | 'index' | 'children' | 'services' | 'status'> & {
  status?: PublishingStatus;
};

/** A valid Y-tunnus (business ID) with its check digit. */
export function businessId(random: Random): string {
  for (;;) {
    const digits = random.digits(7);
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((s, w, i) => s + w * Number(digits[i]), 0);
    const r = sum % 11;
    if (r === 1) continue;
    return `${digits}-${r === 0 ? 0 : 11 - r}`;
  }
}

/** Lower-case ASCII letters and digits only, for made-up web domains. */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 24);

export class OrgFactory {
  readonly all: OrgPlan[] = [];
  readonly #ids: Random;
  readonly #codes: Random;

  constructor(random: Random) {
    this.#ids = random.fork('org-ids');
    this.#codes = random;
  }

  /** Adds an organisation, published unless `status` says otherwise. */
  make = (o: NewOrg): OrgPlan => {
    const plan: OrgPlan = {
      ...o,
      id: this.#ids.uuid(),
      index: this.all.length,
      children: [],
      services: [],
      status: o.status ?? 'Published',
    };
    o.parent?.children.push(plan);
    this.all.push(plan);
    return plan;
  };

  /** Defaults for a local organisation of one municipality; `extra` overrides them. */
  base = (
    kind: OrgKind,
    type: OrgType,
    names: Texts,
    home: Municipality,
    extra: Partial<OrgPlan> = {},
  ): NewOrg => ({
    kind,
    type,
    names,
    home,
    municipality: null,
    areaCodes: [home.code],
    nationwide: false,
    parent: null,
    businessCode: businessId(this.#codes),
    domain: `${slug(names.fi)}.fi`,
    key: kind,
    languages: ['fi'],
    summary: { fi: names.fi },
    ...extra,
  });
}
