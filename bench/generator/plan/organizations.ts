/**
 * Plans the organisations of a dump: the wellbeing services county and its units, every
 * municipality with its departments and employment areas, parishes under their unions, state
 * agencies, national associations, regional bodies, and as many local associations and
 * companies as the service count calls for (low thousands at 100 000 services).
 */
import { municipalities, municipality, varsinaisSuomi } from '../data/municipalities.ts';
import { fixedOrgs } from '../data/organizations.ts';
import type { Random } from '../random.ts';
import { planLocal, planUnpublished } from './local-orgs.ts';
import { OrgFactory } from './org-factory.ts';
import { planParishes } from './parishes.ts';
import type { OrgKind, OrgPlan } from './types.ts';

/** Lookups over the planned organisations. */
export interface OrgDirectory {
  all: OrgPlan[];
  county: OrgPlan;
  countyUnits: Map<string, OrgPlan>;
  municipal: Map<string, OrgPlan>;
  municipalUnits: Map<string, Map<string, OrgPlan>>;
  employmentAreas: OrgPlan[];
  parishes: Map<string, OrgPlan[]>;
  fixed: Map<string, OrgPlan>;
  fixedUnits: Map<string, OrgPlan>;
  associations: Map<string, OrgPlan[]>;
  companies: Map<string, OrgPlan[]>;
}

export function planOrganizations(random: Random, serviceCount: number): OrgDirectory {
  const factory = new OrgFactory(random);
  const { make, base } = factory;
  const vsCodes = varsinaisSuomi.map((m) => m.code);

  // The wellbeing services county: organizationType "Region", newer than PTV 3.4's enum.
  const varha = fixedOrgs.find((o) => o.key === 'varha')!;
  const county = make(
    base('county', 'Region', varha.names, municipality('853'), {
      alternative: varha.alternative,
      domain: varha.domain,
      areaCodes: vsCodes,
      key: 'varha',
      languages: ['fi', 'sv', 'en'],
      summary: varha.summary,
    }),
  );
  const countyUnits = new Map(
    Object.entries(varha.units ?? {}).map(([unit, names]) => [
      unit,
      make(
        base('countyUnit', 'Region', names, county.home, {
          parent: county,
          businessCode: null,
          domain: varha.domain,
          areaCodes: vsCodes,
          key: unit,
          languages: ['fi', 'sv'],
          summary: varha.summary,
        }),
      ),
    ]),
  );

  const municipal = new Map<string, OrgPlan>();
  const municipalUnits = new Map<string, Map<string, OrgPlan>>();
  for (const m of municipalities) {
    const names = m.city
      ? { fi: `${m.fi.gen} kaupunki`, sv: `${m.sv} stad`, en: `City of ${m.fi.nom}` }
      : { fi: `${m.fi.gen} kunta`, sv: `${m.sv} kommun`, en: `Municipality of ${m.fi.nom}` };
    const pop = String(Math.round(m.population / 1000) * 1000).replace(/\B(?=(\d{3})+$)/g, ' ');
    const summary = {
      fi: `${m.fi.nom} on noin ${pop} asukkaan ${m.city ? 'kaupunki' : 'kunta'} ${m.inVarsinaisSuomi ? 'Varsinais-Suomessa' : 'Suomessa'}.`,
      sv: `${m.sv} är en ${m.city ? 'stad' : 'kommun'} med cirka ${pop} invånare${m.inVarsinaisSuomi ? ' i Egentliga Finland' : ''}.`,
      en: `${m.fi.nom} is a ${m.city ? 'town' : 'municipality'} of about ${pop} inhabitants${m.inVarsinaisSuomi ? ' in Southwest Finland' : ''}.`,
    };
    const org = make(
      base('municipality', 'Municipality', names, m, {
        municipality: m,
        businessCode: m.businessId,
        domain: m.domain,
        languages: m.languages.length > 1 ? [...m.languages, 'en'] : ['fi', 'sv'],
        summary,
      }),
    );
    municipal.set(m.code, org);
    const units = new Map<string, OrgPlan>();
    if (m.population >= 15_000) {
      const unit = (key: string, fi: string, sv: string, en: string) =>
        units.set(
          key,
          make(
            base(
              'municipalUnit',
              'Municipality',
              { fi: `${names.fi}, ${fi}`, sv: `${names.sv}, ${sv}`, en: `${names.en}, ${en}` },
              m,
              {
                municipality: m,
                parent: org,
                businessCode: null,
                domain: m.domain,
                key,
                languages: org.languages,
                summary: { fi: `${names.fi}, ${fi}` },
              },
            ),
          ),
        );
      unit('leisure', 'vapaa-aikapalvelut', 'fritidstjänster', 'leisure services');
      unit('education', 'sivistyspalvelut', 'bildningstjänster', 'education services');
      if (m.population >= 50_000)
        unit('housing', 'asuntopalvelut', 'bostadstjänster', 'housing services');
    }
    municipalUnits.set(m.code, units);
  }
  // Employment services moved to municipal employment areas in 2025; a lead city hosts each.
  const employmentAreas = [
    [
      '853',
      'Turun seudun työllisyysalue',
      'Åboregionens sysselsättningsområde',
      'Turku Region employment area',
      ['89008', '89059'],
    ],
    [
      '734',
      'Salon seudun työllisyysalue',
      'Saloregionens sysselsättningsområde',
      'Salo Region employment area',
      ['88906'],
    ],
    [
      '895',
      'Vakka-Suomen työllisyysalue',
      'Vakka-Finlands sysselsättningsområde',
      'Vakka-Suomi employment area',
      ['89017'],
    ],
    [
      '430',
      'Loimaan seudun työllisyysalue',
      'Loimaaregionens sysselsättningsområde',
      'Loimaa Region employment area',
      ['302081'],
    ],
  ].map(([code, fi, sv, en, regions]) => {
    const lead = municipality(code as string);
    const covered = varsinaisSuomi.filter(
      (m) =>
        (regions as string[]).includes(m.businessRegion ?? '') ||
        (code === '734' && m.code === '761'),
    );
    return make(
      base(
        'municipalUnit',
        'Municipality',
        { fi: fi as string, sv: sv as string, en: en as string },
        lead,
        {
          municipality: lead,
          parent: municipal.get(code as string)!,
          businessCode: null,
          domain: lead.domain,
          key: 'employment',
          areaCodes: covered.map((m) => m.code),
          languages: ['fi', 'sv', 'en'],
          summary: {
            fi: `${fi} järjestää työllisyyspalvelut alueensa kunnissa.`,
            sv: `${sv} ordnar sysselsättningstjänsterna i sina kommuner.`,
          },
        },
      ),
    );
  });

  const parishes = planParishes(factory, vsCodes);
  const { fixed, fixedUnits } = planFixed(factory);
  const associations = planLocal(
    random,
    factory,
    'association',
    Math.max(40, Math.round(serviceCount / 45)),
  );
  const companies = planLocal(
    random,
    factory,
    'company',
    Math.max(6, Math.round(serviceCount / 400)),
  );
  planUnpublished(random, factory);

  return {
    all: factory.all,
    county,
    countyUnits,
    municipal,
    municipalUnits,
    employmentAreas,
    parishes,
    fixed,
    fixedUnits,
    associations,
    companies,
  };
}

function planFixed({ make, base }: OrgFactory) {
  const fixed = new Map<string, OrgPlan>();
  const fixedUnits = new Map<string, OrgPlan>();
  for (const o of fixedOrgs.filter((f) => f.key !== 'varha')) {
    const kind: OrgKind =
      o.type === 'State' ? 'state' : o.type === 'RegionalOrganization' ? 'regional' : 'national';
    const plan = make(
      base(kind, o.type, o.names, municipality(o.home), {
        alternative: o.alternative,
        preferAlternative: o.preferAlternative,
        se: o.se,
        domain: o.domain,
        key: o.key,
        areaCodes: o.nationwide
          ? null
          : o.key === 'karkulla'
            ? ['445', '322', '853']
            : varsinaisSuomi.map((m) => m.code),
        nationwide: o.nationwide,
        languages: ['fi', 'sv', 'en'],
        summary: o.summary,
      }),
    );
    fixed.set(o.key, plan);
    for (const [unit, names] of Object.entries(o.units ?? {})) {
      fixedUnits.set(
        `${o.key}/${unit}`,
        make(
          base('stateUnit', o.type, names, plan.home, {
            parent: plan,
            businessCode: null,
            domain: o.domain,
            key: unit,
            areaCodes: plan.areaCodes,
            nationwide: o.nationwide,
            languages: ['fi', 'sv', 'en'],
            summary: o.summary,
          }),
        ),
      );
    }
  }
  return { fixed, fixedUnits };
}
