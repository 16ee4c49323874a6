import type { Lang } from '../analysis/index.ts';
import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import type { FacetName } from '../contract.ts';
import type { Bitset } from './bitset.ts';
import type { SurfaceDictionary } from './surfaces.ts';

/** The inverted index of one language. Immutable once built. */
export interface TextIndex {
  lang: Lang;
  termIds: Map<string, number>;
  terms: string[];
  /** Postings of term t: `docs/impacts/masks[offsets[t] .. offsets[t + 1]]`, documents ascending. */
  offsets: Uint32Array;
  docs: Uint32Array;
  /** Field-weighted BM25 term score of the term in the document (idf applied at query time). */
  impacts: Float32Array;
  /** Fields the term occurs in, one bit per field of `textFields`. */
  masks: Uint8Array;
  surfaces: SurfaceDictionary;
  docCount: number;
}

/**
 * One facet: a bitset per value for filtering, and for counting, each document's combination of
 * values (documents with the same set of values share one combination), so counting a match
 * costs one increment per facet however many values the document has.
 */
export interface FacetIndex {
  values: string[];
  valueIds: Map<string, number>;
  bitsets: Bitset[];
  /** Combination of document d. */
  docCombination: Uint32Array;
  /** Values of combination c: `combinationValues[combinationOffsets[c] .. combinationOffsets[c + 1]]`. */
  combinationOffsets: Uint32Array;
  combinationValues: Uint32Array;
  /** Documents per combination over the whole index. */
  combinationTotals: Uint32Array;
}

/** Filters on codes that are not facets: a bitset per value. */
export type CodeFilter = 'ontologyTerms' | 'lifeEvents';
export type CodeIndex = Pick<FacetIndex, 'valueIds' | 'bitsets'>;

/**
 * Open-now data. On a day none of a document's dated ranges covers, it is open when the minute of
 * the week falls in one of its spans; on a covered day its full schedules decide.
 */
export interface OpeningIndex {
  /** Spans of document d: pairs `spans[2s], spans[2s + 1]` for s in `spanOffsets[d] .. spanOffsets[d + 1]`, minutes from Monday 00:00. */
  spanOffsets: Uint32Array;
  spans: Int32Array;
  /** Dated ranges of document d, pairs of inclusive day numbers (days since 1970-01-01). */
  rangeOffsets: Uint32Array;
  ranges: Int32Array;
  /** Full schedules of the documents that have dated ranges. */
  schedules: Map<number, ServiceHours[][]>;
}

/** Everything one search needs, swapped as a whole by replaceAll. Document ordinals index all arrays. */
export interface IndexSnapshot {
  size: number;
  ids: string[];
  /** Rank of each document's id in id order: the final tie-break, so results are stable. */
  idRank: Uint32Array;
  texts: Record<Lang, TextIndex>;
  facets: Record<FacetName, FacetIndex>;
  codes: Record<CodeFilter, CodeIndex>;
  nationwide: Bitset;
  /** Display name per language (with fallback), for suggestions. */
  names: Record<Lang, string[]>;
  /** Alphabetical rank of the display name per language, for sort=name and browsing. */
  nameRank: Record<Lang, Uint32Array>;
  /** WGS84 points of document d: `lat/lon[locationOffsets[d] .. locationOffsets[d + 1]]`. */
  locationOffsets: Uint32Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Documents by grid cell of their locations (search/embedded/geo.ts). */
  geoGrid: Map<number, Uint32Array>;
  opening: OpeningIndex;
}
