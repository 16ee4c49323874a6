import type { ServiceHours } from '../../../schema/catalogue/hours.ts';
import type { SearchDocument } from '../../../search/contract.ts';

let sequence = 0;
/** A unique service id, readable in failures (…-5e0000000042). */
export function searchId(): string {
  sequence++;
  return `5e5e0000-0000-4000-8000-5e${String(sequence).padStart(10, '0')}`;
}

/** A search document with neutral defaults: Finnish only, Turku, no channels, no hours. */
export function buildSearchDocument(overrides: Partial<SearchDocument> = {}): SearchDocument {
  const schedules = overrides.schedules ?? [];
  return {
    id: searchId(),
    name: { fi: 'Palvelu' },
    alternativeName: {},
    summary: {},
    body: {},
    keywords: {},
    classificationNames: [],
    organizationIds: [],
    organizationNames: [],
    organizationKinds: ['municipality'],
    responsibleOrganizationId: null,
    serviceClasses: [],
    ontologyTerms: [],
    targetGroups: [],
    lifeEvents: [],
    themes: [],
    municipalities: ['853'],
    nationwide: false,
    languages: ['fi'],
    free: null,
    channelModes: [],
    accessible: false,
    locations: [],
    hours: schedules.flat(),
    updatedAt: '2026-01-02T10:00:00Z',
    ...overrides,
    schedules,
  };
}

const weekly = (
  openings: [day: number, from: string, to: string][],
  extra: Partial<ServiceHours> = {},
): ServiceHours => ({
  kind: 'weekly',
  validFrom: null,
  validTo: null,
  isClosed: false,
  isAlwaysOpen: false,
  isReservation: false,
  title: {},
  openings: openings.map(([day, from, to]) => ({ day, from, to, toDay: null })),
  ...extra,
});

export const places = {
  turku: { lat: 60.4518, lon: 22.2666 },
  kaarina: { lat: 60.4077, lon: 22.3695 },
  pargas: { lat: 60.3054, lon: 22.3004 },
  salo: { lat: 60.3833, lon: 23.1333 },
};

/** The shared corpus of the contract suite: a few services from every sector. */
export function contractCorpus() {
  const debt = buildSearchDocument({
    name: { fi: 'Velkaneuvonta', sv: 'Skuldrådgivning' },
    summary: {
      fi: 'Maksutonta neuvontaa velkaantuneille ja talousongelmiin.',
      sv: 'Avgiftsfri rådgivning för skuldsatta.',
    },
    keywords: { fi: ['talous', 'velat'] },
    organizationNames: [{ fi: 'Turun kaupunki', sv: 'Åbo stad' }],
    languages: ['fi', 'sv'],
    free: true,
    channelModes: ['visit', 'phone'],
    accessible: true,
    locations: [{ ...places.turku, municipalityCode: '853' }],
    schedules: [[weekly([0, 1, 2, 3, 4].map((d) => [d, '09:00', '15:00']))]],
    serviceClasses: ['P15.1'],
    themes: ['debt-and-money'],
  });
  const carers = buildSearchDocument({
    name: { fi: 'Omaishoitajien vertaistukiryhmä', sv: 'Kamratstöd för närståendevårdare' },
    summary: { fi: 'Vertaistukea omaishoitajille Kaarinassa.' },
    organizationKinds: ['association'],
    organizationNames: [{ fi: 'Kaarinan Omaishoitajat ry' }],
    municipalities: ['202'],
    languages: ['fi', 'sv'],
    free: true,
    channelModes: ['visit'],
    locations: [{ ...places.kaarina, municipalityCode: '202' }],
    schedules: [[weekly([[1, '17:00', '19:00']])]],
    targetGroups: ['KR1.1'],
    themes: ['caring-for-a-relative', 'peer-support'],
  });
  const pargas = buildSearchDocument({
    name: { sv: 'Skuldsanering och ekonomisk rådgivning' },
    summary: { sv: 'Hjälp med skulder för invånare i Pargas.' },
    organizationKinds: ['state'],
    municipalities: ['445'],
    languages: ['sv'],
    channelModes: ['online'],
    locations: [{ ...places.pargas, municipalityCode: '445' }],
  });
  const crisis = buildSearchDocument({
    name: { fi: 'Kriisipuhelin', en: 'Crisis helpline' },
    summary: { fi: 'Keskusteluapua kriisitilanteissa ympäri vuorokauden.' },
    organizationKinds: ['association'],
    municipalities: [],
    nationwide: true,
    languages: ['fi', 'en'],
    free: true,
    channelModes: ['phone'],
    schedules: [[weekly([], { isAlwaysOpen: true })]],
  });
  const food = buildSearchDocument({
    name: { fi: 'Ruoka-apu' },
    summary: { fi: 'Ruokakasseja vähävaraisille.' },
    body: { fi: 'Ohjaamme tarvittaessa velkaneuvontaan.' },
    organizationKinds: ['parish'],
    free: true,
    channelModes: ['visit'],
    locations: [{ lat: 60.4535, lon: 22.275, municipalityCode: '853' }],
  });
  const homeCare = buildSearchDocument({
    name: { fi: 'Kotihoito' },
    summary: { fi: 'Apua kotona asumiseen.' },
    free: false,
    channelModes: ['visit', 'online'],
    languages: ['fi', 'sv'],
  });
  const salo = buildSearchDocument({
    name: { fi: 'Talous- ja velkaneuvonta' },
    municipalities: ['734'],
    free: true,
    channelModes: ['visit'],
    locations: [{ ...places.salo, municipalityCode: '734' }],
  });
  const exercise = Array.from({ length: 25 }, (_, i) =>
    buildSearchDocument({
      name: { fi: `Liikuntaryhmä ${i + 1}` },
      summary: { fi: 'Ohjattua liikuntaa ikäihmisille.' },
    }),
  );
  const named = { debt, carers, pargas, crisis, food, homeCare, salo };
  return { ...named, exercise, all: [...Object.values(named), ...exercise] };
}
