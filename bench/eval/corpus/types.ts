/** Text as `[fi, sv?, en?]`: compact for hand-written data; a missing language is left out. */
export type Text = readonly [fi: string, sv?: string, en?: string];

/** How a client reaches a service; each becomes a PTV channel of its own. */
export type Mode = 'visit' | 'phone' | 'online';

/** Where one provider offers a service: 'all' = the 27 municipalities of Varsinais-Suomi. */
export type Area = readonly string[] | 'all' | 'nationwide';

/** One provider of a concept: organisation key, area, and what differs from the concept. */
export type Provider = readonly [
  org: string,
  area: Area,
  extra?: { name?: Text; accessible?: boolean; languages?: string[] },
];

/**
 * A kind of service as the corpus offers it, one PTV service per provider. Judgments refer to
 * concept keys, so every provider's copy is judged alike.
 */
export interface Concept {
  key: string;
  name: Text;
  summary: Text;
  description: Text;
  keywords?: readonly string[];
  /** ptvserclass2 codes (search/needs/ptv-classifications.json). */
  classes: readonly string[];
  targetGroups?: readonly string[];
  lifeEvents?: readonly string[];
  chargeable?: boolean;
  channels: readonly Mode[];
  /** Phone and visit channels open around the clock (crisis lines, emergency services). */
  alwaysOpen?: boolean;
  at: readonly Provider[];
}
