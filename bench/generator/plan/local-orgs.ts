/**
 * Local associations and companies, spread over municipalities by population and named after
 * the municipality or one of its districts, plus a few unpublished organisations.
 */
import { municipality, varsinaisSuomi, type Municipality } from '../data/municipalities.ts';
import { associationKinds, companyKinds, kindAbout } from '../data/organizations.ts';
import type { Random } from '../random.ts';
import type { Texts } from '../templates/types.ts';
import { fill } from '../text/fill.ts';
import type { OrgFactory } from './org-factory.ts';
import type { OrgPlan, PublishingStatus } from './types.ts';

/** Local associations or companies, spread by population and named uniquely where possible. */
export function planLocal(
  random: Random,
  { make, base }: OrgFactory,
  kind: 'association' | 'company',
  count: number,
): Map<string, OrgPlan[]> {
  const kinds =
    kind === 'association'
      ? associationKinds
      : companyKinds.map((k) => ({ ...k, weight: 1, minPopulation: undefined }));
  const byKind = new Map<string, OrgPlan[]>();
  const used = new Set<string>();
  const pickName = (
    k: (typeof kinds)[number],
    m: Municipality,
  ): { names: Texts; languages: OrgPlan['languages'] } | null => {
    const svFirst = m.languages[0] === 'sv' || (k.fi.length === 0 && m.languages.includes('sv'));
    const holders = [
      { gen: m.fi.gen, sv: m.svProse },
      ...m.districts.map((d) => ({ gen: d.gen, sv: d.sv ?? d.nom })),
    ];
    for (let attempt = 0; attempt < 12; attempt++) {
      const holder = attempt < 3 ? holders[0] : random.pick(holders);
      const fi = k.fi.length ? random.pick(k.fi).replaceAll('{g}', holder.gen) : null;
      const sv =
        k.sv?.length && (svFirst || !fi) ? random.pick(k.sv).replaceAll('{k}', holder.sv) : null;
      const primary = svFirst && sv ? sv : (fi ?? sv);
      if (!primary || used.has(primary)) continue;
      used.add(primary);
      if (svFirst && sv)
        return { names: fi ? { fi, sv } : { fi: sv, sv }, languages: fi ? ['sv', 'fi'] : ['sv'] };
      return { names: { fi: fi! }, languages: ['fi'] };
    }
    return null;
  };
  const weighted = varsinaisSuomi.map((m) => ({ m, w: Math.sqrt(m.population) }));
  for (let i = 0; i < count; i++) {
    // The first pass puts one of every kind in the biggest municipalities, so each kind exists.
    const k = i < kinds.length ? kinds[i] : random.weighted(kinds, (x) => x.weight);
    const eligible = weighted.filter(
      ({ m }) =>
        m.population >= (k.minPopulation ?? 0) && (k.fi.length > 0 || m.languages.includes('sv')),
    );
    const m = i < kinds.length ? eligible[0].m : random.weighted(eligible, (x) => x.w).m;
    const named = pickName(k, m) ?? pickName(k, municipality('853'));
    if (!named) continue;
    const about = kindAbout[k.key];
    const orgNames = {
      fi: named.names.fi,
      sv: named.names.sv ?? named.names.fi,
      en: named.names.fi,
    };
    const summary: Texts = {
      fi: fill(about.fi, 'fi', { municipality: m, org: orgNames }),
      sv:
        about.sv && named.languages.includes('sv')
          ? fill(about.sv, 'sv', { municipality: m, org: orgNames })
          : undefined,
    };
    const org = make(
      base(kind, kind === 'company' ? 'Company' : 'Organization', named.names, m, {
        key: k.key,
        languages: named.languages,
        summary,
      }),
    );
    byKind.set(k.key, [...(byKind.get(k.key) ?? []), org]);
  }
  return byKind;
}

/** A few unpublished organisations, including a deleted umbrella with published members. */
export function planUnpublished(random: Random, { make, base }: OrgFactory) {
  const turku = municipality('853');
  const umbrella = make({
    ...base(
      'association',
      'Organization',
      { fi: 'Varsinais-Suomen Eläkeläisjärjestöjen Yhteistyö ry' },
      turku,
      { key: 'pensioners' },
    ),
    status: 'Deleted',
  });
  for (const district of turku.districts.slice(0, 2)) {
    make(
      base('association', 'Organization', { fi: `${district.gen} Senioritoimijat ry` }, turku, {
        parent: umbrella,
        key: 'pensioners',
        summary: {
          fi: `${district.gen} Senioritoimijat ry järjestää kerhoja ja retkiä ikäihmisille.`,
        },
      }),
    );
  }
  const statuses: PublishingStatus[] = ['Modified', 'OldPublished', 'Deleted', 'Draft'];
  for (const [i, m] of random.sample(varsinaisSuomi, 4).entries()) {
    make({
      ...base('association', 'Organization', { fi: `${m.fi.gen} Kyläyhdistys ry` }, m, {
        key: 'heritage',
      }),
      status: statuses[i],
    });
  }
}
