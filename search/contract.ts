import type { ServiceHours } from '../schema/catalogue/hours.ts';
import type { OrganizationKind, UiLanguage } from '../schema/constants.ts';
import type { Localized } from '../schema/localized.ts';

/**
 * The search contract: one document per published service, built from the catalogue database
 * (search/documents.ts), and one SearchEngine interface with two implementations: the embedded
 * engine (default, no server) and the Meilisearch adapter (MEILI_URL). One contract test suite
 * runs against both.
 */

/** How a client can use a service: visit a place, call, or do it online (web, e-service, form). */
export type ChannelMode = 'visit' | 'phone' | 'online';

export interface SearchDocument {
  /** PTV service id. */
  id: string;
  name: Localized;
  alternativeName: Localized;
  summary: Localized;
  /** Plain text (Markdown stripped) of description, user instruction and requirements. */
  body: Localized;
  keywords: Record<string, string[]>;
  /** Names of the classifications (service classes, ontology terms, target groups, life events). */
  classificationNames: Localized[];
  organizationIds: string[];
  organizationNames: Localized[];
  /** Kinds of the responsible and producing organisations. */
  organizationKinds: OrganizationKind[];
  responsibleOrganizationId: string | null;
  serviceClasses: string[];
  ontologyTerms: string[];
  targetGroups: string[];
  lifeEvents: string[];
  /** Need theme ids (search/needs) this service maps to. */
  themes: string[];
  /** Municipality codes the service's areas cover; empty for nationwide services. */
  municipalities: string[];
  nationwide: boolean;
  /** Languages the service is available in (ISO 639-1). */
  languages: string[];
  /** true = FreeOfCharge, false = Chargeable/Other, null = unknown. */
  free: boolean | null;
  channelModes: ChannelMode[];
  /** Some service location has accessibility information (entrance sentences or classification). */
  accessible: boolean;
  /** WGS84 points of its service locations. */
  locations: { lat: number; lon: number; municipalityCode: string | null }[];
  /** Hours of its channels and connections, for open-now (Europe/Helsinki): `schedules` flattened. */
  hours: ServiceHours[];
  /**
   * One schedule per connected channel (the connection's own hours, else the channel's), judged
   * one by one: a location's holiday closure must not close the 24/7 phone line of the same service.
   */
  schedules: ServiceHours[][];
  /** PTV modified, UTC ISO. */
  updatedAt: string;
}

export interface SearchFilters {
  /**
   * Only these services (PTV ids; unknown ones are ignored): asks which of a known set pass the
   * other filters, whatever the size of the catalogue.
   */
  ids?: string[];
  /** Services available in any of these municipalities (3-digit codes). */
  municipalities?: string[];
  /** With municipalities: also services available nationwide (default true). */
  includeNationwide?: boolean;
  organizationKinds?: OrganizationKind[];
  languages?: string[];
  targetGroups?: string[];
  serviceClasses?: string[];
  /** Services with any of these ontology terms (URIs); a filter only, not a facet. */
  ontologyTerms?: string[];
  /** Services for any of these life events (ptvelti codes); a filter only, not a facet. */
  lifeEvents?: string[];
  themes?: string[];
  free?: boolean;
  channelModes?: ChannelMode[];
  accessible?: boolean;
  /** Open at this instant according to service hours. */
  openAt?: Date;
  /** Within radiusKm of a point (default radius 25 km); results carry their distance. */
  near?: { lat: number; lon: number; radiusKm?: number };
}

export const facetNames = [
  'municipalities',
  'organizationKinds',
  'languages',
  'targetGroups',
  'serviceClasses',
  'themes',
  'free',
  'channelModes',
  'accessible',
] as const;
export type FacetName = (typeof facetNames)[number];

/** Hits one search returns at most: a larger `limit` is lowered to it. */
export const MAX_LIMIT = 1000;

export interface SearchQuery {
  /** Free text; empty or absent = browse by filters only. */
  q?: string;
  lang: UiLanguage;
  filters?: SearchFilters;
  facets?: FacetName[];
  limit?: number;
  offset?: number;
  /** Rank by distance from filters.near instead of relevance. */
  sort?: 'relevance' | 'distance' | 'name';
}

export interface SearchHit {
  id: string;
  score: number;
  /** Query terms (normalised) that matched, and in which fields: the "why it matched". */
  matched: { terms: string[]; fields: string[] };
  /** Kilometres to the nearest location, when filters.near was given. */
  distanceKm?: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  /** Counts per facet value over all matching documents (not just this page). */
  facets: Partial<Record<FacetName, Record<string, number>>>;
}

export interface Suggestion {
  /** What to show and put in the box. */
  text: string;
  /** A service id when the suggestion is a service name, a theme id when it is a need theme. */
  serviceId?: string;
  themeId?: string;
}

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Replaces the whole index atomically: searches see the old index until the new one is ready. */
  replaceAll(documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  suggest(q: string, lang: UiLanguage, limit?: number): Promise<Suggestion[]>;
  /** Number of documents searchable now. */
  count(): Promise<number>;
  close(): Promise<void>;
}
