import { LANGS, type Analyzer } from '../analysis/index.ts';
import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import type { OrganizationKind } from '../../schema/constants.ts';
import { pickLocalized } from '../../schema/localized.ts';
import type { ChannelMode, SearchDocument } from '../contract.ts';
import { geoCellsOf } from './geo-cells.ts';
import {
  nameSortAttribute,
  rawAttribute,
  rawFields,
  termAttribute,
  termFields,
  type TermField,
} from './settings.ts';

/** A service as stored in Meilisearch: filter values, analysed terms, raw names, and what post-filters need. */
export interface MeiliServiceDocument {
  id: string;
  municipalities: string[];
  nationwide: boolean;
  organizationKinds: OrganizationKind[];
  languages: string[];
  targetGroups: string[];
  serviceClasses: string[];
  ontologyTerms: string[];
  lifeEvents: string[];
  themes: string[];
  free: boolean | null;
  channelModes: ChannelMode[];
  accessible: boolean;
  geoCells: string[];
  /** For exact distances, computed after Meilisearch has narrowed by `geoCells`. */
  locations: { lat: number; lon: number }[];
  /** For open-now, which a Meilisearch filter cannot express. */
  schedules: ServiceHours[][];
  [textAttribute: string]: unknown;
}

const fieldText = (
  doc: SearchDocument,
  field: TermField,
  lang: (typeof LANGS)[number],
): string[] => {
  switch (field) {
    case 'keywords':
      return doc.keywords[lang] ?? [];
    case 'classifications':
      return doc.classificationNames.map((n) => n[lang] ?? '');
    case 'organizations':
      return doc.organizationNames.map((n) => n[lang] ?? '');
    default:
      return [doc[field][lang] ?? ''];
  }
};

// Code-unit order puts ä before å; Finnish and Swedish sort å, ä, ö after z.
const NORDIC: Record<string, string> = { å: '{a', ä: '{b', ö: '{c' };
const sortKey = (name: string): string => name.toLowerCase().replace(/[åäö]/g, (c) => NORDIC[c]!);

/** Maps a search document to its Meilisearch document, analysing every text with our analyser. */
export function toMeiliDocument(doc: SearchDocument, analyzer: Analyzer): MeiliServiceDocument {
  const out: MeiliServiceDocument = {
    id: doc.id,
    municipalities: doc.municipalities,
    nationwide: doc.nationwide,
    organizationKinds: doc.organizationKinds,
    languages: doc.languages,
    targetGroups: doc.targetGroups,
    serviceClasses: doc.serviceClasses,
    ontologyTerms: doc.ontologyTerms,
    lifeEvents: doc.lifeEvents,
    themes: doc.themes,
    free: doc.free,
    channelModes: doc.channelModes,
    accessible: doc.accessible,
    geoCells: geoCellsOf(doc.locations),
    locations: doc.locations.map(({ lat, lon }) => ({ lat, lon })),
    schedules: doc.schedules,
  };
  for (const lang of LANGS) {
    for (const field of termFields) {
      const terms = fieldText(doc, field, lang).flatMap((text) =>
        text ? analyzer.analyzeDocument(text, lang) : [],
      );
      if (terms.length > 0) out[termAttribute(field, lang)] = terms.join(' ');
    }
    for (const field of rawFields)
      if (doc[field][lang]) out[rawAttribute(field, lang)] = doc[field][lang];
    out[nameSortAttribute(lang)] = sortKey(pickLocalized(doc.name, lang)?.value ?? '');
  }
  return out;
}
