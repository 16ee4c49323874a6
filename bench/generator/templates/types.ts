/**
 * Service templates: the content a generated service is built from. Texts are written in real
 * Finnish, Swedish and English with placeholders the filler inflects per municipality:
 *
 * - fi: `{kunta}` Turku, `{kunnan}` Turun, `{kunnassa}` Turussa / Paraisilla, `{paikka}` and
 *   `{paikassa}` the service location, `{org}` / `{orgin}` the provider and its genitive,
 *   `{päivä}` tiistaisin, `{aika}` klo 13–15;
 * - sv: `{kommun}`, `{i_kommun}` (i Åbo, på Kimitoön), `{plats}`, `{på_plats}`, `{org}`, `{dag}`
 *   (på tisdagar), `{tid}` (kl. 13–15);
 * - en: `{municipality}`, `{place}`, `{at_place}`, `{org}`, `{day}` (on Tuesdays), `{time}`.
 *
 * Descriptions are PTV's Markdown-ish text: blocks separated by `\n`, `* ` bullets, `1. ` lists.
 */
import type { PlaceKey } from '../data/places.ts';
import type { LineKey } from '../data/lines.ts';

export type Sector =
  | 'county'
  | 'municipality'
  | 'parish'
  | 'association'
  | 'national'
  | 'state'
  | 'company'
  | 'regional';

/** Text in the catalogue languages; Finnish is always there, translations are partial. */
export interface Texts {
  fi: string;
  sv?: string;
  en?: string;
}

export type ChannelKind = 'location' | 'phone' | 'web' | 'echannel' | 'form';

export interface ChannelRecipe {
  kind: ChannelKind;
  /** Location channels: where the service is given. */
  place?: PlaceKey;
  /** Phone channels: a named line (national helplines with their real numbers). */
  line?: LineKey;
  /** Channel name when not a place or a named line. */
  name?: Texts;
  /** Probability that a generated service gets this channel (default 1). */
  p?: number;
}

export interface ServiceTemplate {
  /** Unique key, `<theme>/<slug>`. */
  key: string;
  /** Need theme id from search/needs/themes.json. */
  theme: string;
  sector: Sector;
  /** Association or company kinds that provide it (sector association/company). */
  kinds?: string[];
  /** Fixed provider key (sector national/state/regional). */
  provider?: string;
  /** Organisation unit to prefer under the provider (county units, municipal departments). */
  unit?: string;
  /** Restrict to these municipality codes. */
  onlyIn?: string[];
  /** Alternative service names; one is picked per service. */
  names: Texts[];
  /** Plain text, at most 150 characters. */
  summary: Texts;
  description: Texts;
  instruction?: Texts;
  requirements?: Texts;
  chargeInfo?: Texts;
  /** `undefined` means FreeOfCharge; `null` leaves the charge to a general description. */
  charge?: 'FreeOfCharge' | 'Chargeable' | 'Other' | null;
  /** A recurring group: texts use the day and time placeholders, connections carry the hours. */
  group?: boolean;
  keywords?: { fi?: string[]; sv?: string[]; en?: string[] };
  /** Overrides of the theme's classifications (codes / ontology URIs). */
  serviceClasses?: string[];
  ontologyTerms?: string[];
  targetGroups?: string[];
  lifeEvents?: string[];
  industrialClasses?: string[];
  /** Languages the service is given in besides the text languages (ISO 639-1). */
  languages?: string[];
  channels: ChannelRecipe[];
  /** Relative frequency among the theme's templates (default 1). */
  weight?: number;
  /** Nationwide service (areaType Nationwide). */
  nationwide?: boolean;
  type?: 'Service' | 'PermitOrObligation' | 'ProfessionalQualification';
  fundingType?: 'PubliclyFunded' | 'MarketFunded';
}
