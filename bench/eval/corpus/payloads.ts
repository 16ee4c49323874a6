/**
 * Turns the eval corpus into PTV v11 payloads (the test factories' shapes): one service per
 * provider of each concept, its own channels per mode, ids derived from the concept key so the
 * corpus and its judgments stay the same from run to run.
 */
import { createHash } from 'node:crypto';
import {
  buildPtvChannel,
  buildPtvOrganization,
  buildPtvService,
} from '../../../test/factories/ptv.ts';
import { classificationIndex } from '../../../search/needs/index.ts';
import { concepts } from './concepts/index.ts';
import { ontologyTermsByConcept } from './ontology-terms.ts';
import { municipalities, municipalityByCode } from './municipalities.ts';
import { organizationByKey, organizations, type EvalOrganization } from './organizations.ts';
import type { Area, Concept, Mode, Provider, Text } from './types.ts';

/** One service of the corpus, as judgments and filters see it. */
export interface CorpusService {
  id: string;
  concept: string;
  /** Municipality codes served; empty when nationwide. */
  municipalities: string[];
  nationwide: boolean;
}

/** A stable GUID for a key: the same corpus gets the same ids on every run. */
export function stableGuid(key: string): string {
  const h = createHash('sha1').update(`tarjotin-eval:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const LANGS = ['fi', 'sv', 'en'] as const;
const items = (text: Text, type?: string) =>
  LANGS.flatMap((language, i) =>
    text[i] ? [{ language, value: text[i]!, ...(type ? { type } : {}) }] : [],
  );
const municipalityRef = (code: string) => {
  const m = municipalityByCode.get(code)!;
  return {
    code,
    name: [
      { value: m.fi, language: 'fi' },
      { value: m.sv, language: 'sv' },
    ],
  };
};
const ALL = municipalities.map((m) => m.code);

function areaOf(area: Area) {
  if (area === 'nationwide') return { areaType: 'Nationwide', areas: [], codes: [] as string[] };
  const codes = area === 'all' ? ALL : [...area];
  return {
    areaType: 'LimitedType',
    areas: [
      { type: 'Municipality', code: null, name: null, municipalities: codes.map(municipalityRef) },
    ],
    codes,
  };
}

function organizationPayload(org: EvalOrganization) {
  const home = municipalityByCode.has(org.home) ? org.home : '853';
  return buildPtvOrganization({
    id: stableGuid(`org:${org.key}`),
    organizationType: org.type,
    organizationNames: items(org.name, 'Name'),
    municipality: org.type === 'Municipality' ? municipalityRef(home) : null,
    areaType: org.home === '091' ? 'Nationwide' : 'LimitedType',
    areas:
      org.home === '091'
        ? []
        : [
            {
              type: 'Municipality',
              code: null,
              name: null,
              municipalities: [municipalityRef(home)],
            },
          ],
    organizationDescriptions: items([`${org.name[0]}.`], 'Summary'),
  });
}

const finto = (
  ontologyType: string,
  code: string,
  names: { fi: string; sv: string | null; en: string | null },
  newUri: string,
) => ({
  name: items([names.fi, names.sv ?? undefined, names.en ?? undefined]),
  description: [],
  code,
  ontologyType,
  uri: null,
  parentId: null,
  parentUri: null,
  newUri,
  newParentUri: null,
});

function classes(concept: Concept) {
  const pick = <
    T extends { newUri: string; names: { fi: string; sv: string | null; en: string | null } },
  >(
    codes: readonly string[] | undefined,
    index: ReadonlyMap<string, T>,
    type: string,
  ) =>
    (codes ?? []).map((code) => {
      const c = index.get(code);
      if (!c) throw new Error(`${concept.key}: unknown ${type} code ${code}`);
      return finto(type, code, c.names, c.newUri);
    });
  const terms = (ontologyTermsByConcept[concept.key] ?? []).map((id) => {
    const term = [...classificationIndex.ontologyTerms.values()].find((t) =>
      t.uri.endsWith(`/${id}`),
    );
    if (!term) throw new Error(`${concept.key}: unknown ontology term ${id}`);
    return {
      ...finto(term.vocabulary, '', term.names, term.uri),
      code: null,
      uri: term.uri,
      newUri: null,
    };
  });
  return {
    ontologyTerms: terms,
    serviceClasses: pick(concept.classes, classificationIndex.serviceClasses, 'ptvserclass2'),
    targetGroups: pick(concept.targetGroups, classificationIndex.targetGroups, 'ptvkohderyhmat'),
    lifeEvents: pick(concept.lifeEvents, classificationIndex.lifeEvents, 'ptvelti'),
  };
}

const weekdays = (from: string, to: string) => ({
  serviceHourType: 'DaysOfTheWeek',
  validFrom: null,
  validTo: null,
  isClosed: false,
  validForNow: true,
  isAlwaysOpen: false,
  isReservation: false,
  additionalInformation: [],
  openingHour: [{ dayFrom: 'Monday', dayTo: 'Friday', from, to }],
});
const always = { ...weekdays('00:00:00', '00:00:00'), isAlwaysOpen: true, openingHour: [] };

/** A small deterministic number from a key, for coordinates, phone numbers and accessibility. */
const jitter = (key: string, mod: number) =>
  parseInt(createHash('sha1').update(key).digest('hex').slice(0, 8), 16) % mod;

function channelPayload(
  key: string,
  mode: Mode,
  concept: Concept,
  provider: Provider,
  orgId: string,
  home: string,
  name: Text,
) {
  const id = stableGuid(`channel:${key}:${mode}`);
  const base = {
    id,
    organizationId: orgId,
    languages: ['fi'],
    serviceHours: [
      concept.alwaysOpen
        ? always
        : mode === 'visit'
          ? weekdays('09:00:00', '15:00:00')
          : weekdays('09:00:00', '16:00:00'),
    ],
  };
  if (mode === 'phone') {
    return buildPtvChannel({
      ...base,
      serviceChannelType: 'Phone',
      serviceChannelNames: items([`${name[0]}, puhelin`], 'Name'),
      addresses: [],
      phoneNumbers: [
        {
          type: 'Phone',
          additionalInformation: null,
          serviceChargeType: 'Chargeable',
          chargeDescription: null,
          prefixNumber: '+358',
          isFinnishServiceNumber: false,
          number: `2${String(1_000_000 + jitter(key, 8_999_999))}`,
          language: 'fi',
        },
      ],
    });
  }
  if (mode === 'online') {
    return buildPtvChannel({
      ...base,
      serviceChannelType: 'WebPage',
      serviceChannelNames: items([`${name[0]} verkossa`], 'Name'),
      addresses: [],
      serviceHours: [],
      webPages: [
        {
          url: `https://example.fi/${concept.key}/${jitter(key, 10_000)}`,
          value: name[0],
          language: 'fi',
        },
      ],
    });
  }
  const m = municipalityByCode.get(home)!;
  const location = buildPtvChannel({
    ...base,
    serviceChannelNames: items([`${name[0]}, ${m.fi}`], 'Name'),
  });
  const street = location.addresses[0]!.streetAddress!;
  street.municipality = municipalityRef(home);
  street.postOffice = [{ value: m.fi.toUpperCase(), language: 'fi' }];
  street.latitude = String(m.centre[0] + jitter(`${key}:n`, 3000) - 1500);
  street.longitude = String(m.centre[1] + jitter(`${key}:e`, 3000) - 1500);
  const accessible = provider[2]?.accessible ?? jitter(`${key}:a`, 2) === 0;
  location.addresses[0]!.entrances = accessible
    ? ([
        {
          name: [],
          isMainEntrance: true,
          coordinates: null,
          accessibilitySentences: [
            {
              sentenceGroup: [{ value: 'Sisäänkäynti', language: 'fi' }],
              sentences: [
                { sentence: [{ value: 'Sisäänkäynnillä ei ole portaita.', language: 'fi' }] },
              ],
            },
          ],
        },
      ] as never)
    : [];
  return location;
}

/** The whole corpus as PTV payloads, and what each service is for the judgments. */
export function buildCorpus() {
  const orgPayloads = organizations.map(organizationPayload);
  const channels: object[] = [];
  const services: object[] = [];
  const index: CorpusService[] = [];
  for (const concept of concepts) {
    concept.at.forEach((provider, i) => {
      const [orgKey, area, extra] = provider;
      const org = organizationByKey.get(orgKey);
      if (!org) throw new Error(`${concept.key}: unknown organisation ${orgKey}`);
      const key = `${concept.key}:${i}`;
      const id = stableGuid(`service:${key}`);
      const { areaType, areas, codes } = areaOf(area);
      const name = extra?.name ?? concept.name;
      const home = codes[0] ?? (municipalityByCode.has(org.home) ? org.home : '853');
      const orgId = stableGuid(`org:${org.key}`);
      const own = concept.channels.map((mode) =>
        channelPayload(key, mode, concept, provider, orgId, home, name),
      );
      channels.push(...own);
      const where = codes.length === 1 ? municipalityByCode.get(codes[0]!)! : null;
      const description: Text = [
        `${concept.description[0]}${where ? ` Palvelu on tarkoitettu ${where.gen} asukkaille.` : ''}`,
        concept.description[1],
        concept.description[2],
      ];
      services.push(
        buildPtvService({
          id,
          organizationId: orgId,
          channelIds: own.map((c) => c.id),
          serviceNames: items(name, 'Name'),
          serviceDescriptions: [
            ...items(concept.summary, 'Summary'),
            ...items(description, 'Description'),
          ],
          languages: extra?.languages ?? LANGS.filter((_, l) => name[l] && concept.summary[l]),
          serviceChargeType: concept.chargeable ? 'Chargeable' : 'FreeOfCharge',
          areaType,
          areas,
          ...classes(concept),
          keywords: (concept.keywords ?? []).map((value) => ({ value, language: 'fi' })),
          modified: '2026-01-15T10:00:00',
        }),
      );
      index.push({
        id,
        concept: concept.key,
        municipalities: codes,
        nationwide: area === 'nationwide',
      });
    });
  }
  return { records: { organizations: orgPayloads, channels, services }, services: index };
}
