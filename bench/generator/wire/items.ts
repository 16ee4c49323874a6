/**
 * Small PTV item shapes shared by services, channels and organisations, with keys in wire order
 * (section 3 of the wire-format document).
 */
import { classificationIndex } from '../../../search/needs/index.ts';
import {
  municipality as municipalityByCode,
  varsinaisSuomi,
  type Municipality,
} from '../data/municipalities.ts';
import { Random } from '../random.ts';
import type { Lang } from '../text/fill.ts';

export type LanguageItem = { value: string | null; language: string };
export type LocalizedListItem = { language: string; value: string | null; type: string };

/** A GUID that depends only on `label`: PTV's internal ids of classification parents and GDs. */
export const stableGuid = (label: string) => new Random(`stable:${label}`).uuid();

export function languageItems(texts: Partial<Record<string, string | null>>): LanguageItem[] {
  return Object.entries(texts).map(([language, value]) => ({ value: value ?? null, language }));
}

export function localized(
  type: string,
  texts: Partial<Record<string, string | null>>,
): LocalizedListItem[] {
  return Object.entries(texts).map(([language, value]) => ({
    language,
    value: value ?? null,
    type,
  }));
}

/** `{code, name}` with names in the sv, en, fi order the SMB recordings show. */
export function municipalityRef(m: Municipality) {
  return { code: m.code, name: languageItems({ sv: m.sv, en: m.fi.nom, fi: m.fi.nom }) };
}

/** The synthetic area PTV collapses selected municipalities into; it comes after the other areas. */
export function municipalityArea(codes: readonly string[]) {
  return {
    type: 'Municipality',
    code: null,
    name: null,
    municipalities: codes.map((c) => municipalityRef(municipalityByCode(c))),
  };
}

const vsRefs = () => varsinaisSuomi.map(municipalityRef);
const named = (
  type: string,
  code: string,
  fi: string,
  sv: string,
  en: string,
  municipalities = vsRefs(),
) => ({
  type,
  code,
  name: languageItems({ fi, sv, en }),
  municipalities,
});

export const regionArea = () =>
  named('Region', '02', 'Varsinais-Suomi', 'Egentliga Finland', 'Southwest Finland');
export const hospitalDistrictArea = () =>
  named(
    'HospitalDistrict',
    '03',
    'Varsinais-Suomen sairaanhoitopiiri',
    'Egentliga Finlands sjukvårdsdistrikt',
    'Hospital District of Southwest Finland',
  );
/** Live PTV's newer area type (wellbeing services county 05), an enum value the 3.4 code never had. */
export const wellbeingCountyArea = () =>
  named(
    'WellbeingServiceCounties',
    '05',
    'Varsinais-Suomen hyvinvointialue',
    'Egentliga Finlands välfärdsområde',
    'Southwest Finland wellbeing services county',
  );

const businessRegions: Record<string, [string, string, string]> = {
  '89008': ['Turun seutu', 'Turkuregionen', 'Turku Region'],
  '88906': ['Salon seutu', 'Saloregionen', 'Salo Region'],
  '89017': ['Vakka-Suomen seutu', 'Nystadsregionen', 'Vakka-Suomi region'],
  '302081': ['Loimaan seutu', 'Loimaaregionen', 'Loimaa Region'],
  '89059': ['Turunmaa', 'Åboland', 'Turunmaa'],
};

export function businessRegionArea(code: string) {
  const [fi, sv, en] = businessRegions[code];
  const members = varsinaisSuomi.filter((m) => m.businessRegion === code).map(municipalityRef);
  return named('BusinessSubRegion', code, fi, sv, en, members);
}

const nameOrder = (names: { fi: string; sv: string | null; en: string | null }) =>
  languageItems({ sv: names.sv, en: names.en, fi: names.fi });
const codeUri = (list: string, code: string | null) =>
  code ? `http://uri.suomi.fi/codelist/ptv/${list}/code/${code}` : null;

export function serviceClassItem(code: string) {
  const c = classificationIndex.serviceClasses.get(code);
  if (!c) throw new Error(`unknown service class ${code}`);
  const parent = c.parent ? classificationIndex.serviceClasses.get(c.parent) : undefined;
  return {
    name: nameOrder(c.names),
    description: nameOrder(c.descriptions),
    code: c.code,
    ontologyType: 'ptvserclass',
    uri: c.uri,
    parentId: c.parent ? stableGuid(`class:${c.parent}`) : null,
    parentUri: parent?.uri ?? null,
    newUri: c.newUri,
    newParentUri: codeUri('ptvserclass2', c.parent),
  };
}

export function targetGroupItem(code: string) {
  const c = classificationIndex.targetGroups.get(code);
  if (!c) throw new Error(`unknown target group ${code}`);
  return {
    name: nameOrder(c.names),
    code: c.code,
    ontologyType: 'ptvkohderyhmat',
    uri: c.uri,
    parentId: c.parent ? stableGuid(`target:${c.parent}`) : null,
    parentUri: c.parent ? (classificationIndex.targetGroups.get(c.parent)?.uri ?? null) : null,
    newUri: c.newUri,
    newParentUri: codeUri('ptvkohderyhmat', c.parent),
  };
}

export function lifeEventItem(code: string) {
  const c = classificationIndex.lifeEvents.get(code);
  if (!c) throw new Error(`unknown life event ${code}`);
  return {
    name: nameOrder(c.names),
    code: c.code,
    ontologyType: 'ptvelti',
    uri: c.uri,
    parentId: c.parent ? stableGuid(`life:${c.parent}`) : null,
    parentUri: c.parent ? (classificationIndex.lifeEvents.get(c.parent)?.uri ?? null) : null,
    newUri: c.newUri,
    newParentUri: codeUri('ptvelti', c.parent),
  };
}

export function industrialClassItem(code: string) {
  const c = classificationIndex.industrialClasses.get(code);
  if (!c) throw new Error(`unknown industrial class ${code}`);
  return {
    name: nameOrder(c.names),
    code: c.code,
    ontologyType: 'toimiala',
    uri: c.uri,
    parentId: null,
    parentUri: null,
    newUri: c.newUri,
    newParentUri: null,
  };
}

/** Ontology terms carry `code: null` and no newUri keys. */
export function ontologyTermItem(uri: string) {
  const t = classificationIndex.ontologyTerms.get(uri);
  if (!t) throw new Error(`unknown ontology term ${uri}`);
  return {
    name: nameOrder(t.names),
    code: null,
    ontologyType: t.vocabulary,
    uri: t.uri,
    parentId: null,
    parentUri: null,
  };
}

export interface PhoneParts {
  prefix: string | null;
  number: string | null;
}

/** V4VmOpenApiPhone (organisations, support phones); pass `type` for PhoneWithType. */
export function phoneItem(
  p: PhoneParts,
  language: Lang | string,
  opts: {
    type?: 'Phone' | 'Sms' | 'Fax';
    info?: string | null;
    charge?: string;
    chargeDescription?: string | null;
  } = {},
) {
  const body = {
    additionalInformation: opts.info ?? null,
    serviceChargeType: opts.charge ?? 'Chargeable',
    chargeDescription: opts.chargeDescription ?? null,
    prefixNumber: p.prefix,
    isFinnishServiceNumber: p.prefix === null && p.number !== null,
    number: p.number,
    language,
  };
  return opts.type ? { type: opts.type, ...body } : body;
}

export const emailItem = (value: string, language: string) => ({ value, language });
export const orgEmailItem = (
  value: string,
  language: string,
  description: string | null = null,
) => ({ description, value, language });
export const webPageItem = (url: string, value: string | null, language: string) => ({
  url,
  value,
  language,
});
