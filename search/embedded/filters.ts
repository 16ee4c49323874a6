import type { FacetName, SearchFilters } from '../contract.ts';
import {
  helsinkiMoment,
  inWeeklySpan,
  isAnyOpenAtMoment,
  minuteOfWeek,
  type LocalMoment,
} from '../hours.ts';
import { andInto, createBitset, orInto, setBit, type Bitset } from './bitset.ts';
import { boundingBox, distanceKm } from './geo.ts';
import { dayNumber } from './opening-builder.ts';
import type { Scratch } from './scratch.ts';
import type { CodeIndex, IndexSnapshot } from './snapshot.ts';

/** Default radius of `filters.near`, as the contract says. */
export const DEFAULT_RADIUS_KM = 25;

/**
 * A compiled filter: a bitset of documents passing the facet and open-now filters, and a
 * per-document test.
 */
export interface CompiledFilter {
  /** Null = every document passes the facet filters. */
  bits: Bitset | null;
  /** Null = no per-document test. Writes `scratch.distance[d]` when filtering by distance. */
  test: ((d: number) => boolean) | null;
}

function anyOf(snapshot: IndexSnapshot, facet: FacetName, values: readonly string[]): Bitset {
  return anyValue(snapshot, snapshot.facets[facet], values);
}

function anyValue(snapshot: IndexSnapshot, index: CodeIndex, values: readonly string[]): Bitset {
  const bits = createBitset(snapshot.size);
  for (const value of values) {
    const id = index.valueIds.get(value);
    if (id !== undefined) orInto(bits, index.bitsets[id]!);
  }
  return bits;
}

// Looked up only by the ids filter, so built for a snapshot on its first such query.
const docsById = new WeakMap<IndexSnapshot, Map<string, number>>();

function idBits(snapshot: IndexSnapshot, ids: readonly string[]): Bitset {
  let docs = docsById.get(snapshot);
  if (!docs) {
    docs = new Map(snapshot.ids.map((id, d) => [id, d]));
    docsById.set(snapshot, docs);
  }
  const bits = createBitset(snapshot.size);
  for (const id of ids) {
    const d = docs.get(id);
    if (d !== undefined) setBit(bits, d);
  }
  return bits;
}

function facetBits(snapshot: IndexSnapshot, filters: SearchFilters): Bitset[] {
  const sets: Bitset[] = [];
  if (filters.ids) sets.push(idBits(snapshot, filters.ids));
  if (filters.municipalities) {
    const bits = anyOf(snapshot, 'municipalities', filters.municipalities);
    if (filters.includeNationwide !== false) orInto(bits, snapshot.nationwide);
    sets.push(bits);
  }
  const lists = [
    'organizationKinds',
    'languages',
    'targetGroups',
    'serviceClasses',
    'themes',
    'channelModes',
  ] as const;
  for (const facet of lists) {
    const values = filters[facet];
    if (values) sets.push(anyOf(snapshot, facet, values));
  }
  for (const code of ['ontologyTerms', 'lifeEvents'] as const) {
    const values = filters[code];
    if (values) sets.push(anyValue(snapshot, snapshot.codes[code], values));
  }
  if (filters.free !== undefined) sets.push(anyOf(snapshot, 'free', [String(filters.free)]));
  if (filters.accessible !== undefined)
    sets.push(anyOf(snapshot, 'accessible', [String(filters.accessible)]));
  return sets;
}

function openTest(snapshot: IndexSnapshot, moment: LocalMoment): (d: number) => boolean {
  const minute = minuteOfWeek(moment);
  const day = dayNumber(moment.date);
  const { spanOffsets, spans, rangeOffsets, ranges, schedules } = snapshot.opening;
  return (d) => {
    for (let r = rangeOffsets[d]!; r < rangeOffsets[d + 1]!; r++) {
      if (ranges[2 * r]! <= day && day <= ranges[2 * r + 1]!)
        return isAnyOpenAtMoment(schedules.get(d)!, moment) === true;
    }
    for (let s = spanOffsets[d]!; s < spanOffsets[d + 1]!; s++) {
      if (inWeeklySpan(spans[2 * s]!, spans[2 * s + 1]!, minute)) return true;
    }
    return false;
  };
}

// Which documents are open depends only on the local minute, so it is worked out for every
// document once per minute and snapshot, and then filters as cheaply as a facet value.
const openAtMinute = new WeakMap<IndexSnapshot, { minute: string; bits: Bitset }>();

function openBits(snapshot: IndexSnapshot, at: Date): Bitset {
  const moment = helsinkiMoment(at);
  const minute = `${moment.date} ${moment.minutes}`;
  const known = openAtMinute.get(snapshot);
  if (known?.minute === minute) return known.bits;
  const open = openTest(snapshot, moment);
  const bits = createBitset(snapshot.size);
  for (let d = 0; d < snapshot.size; d++) if (open(d)) setBit(bits, d);
  openAtMinute.set(snapshot, { minute, bits });
  return bits;
}

// Keeps documents with a location within the radius and records the distance to the nearest.
function nearTest(
  snapshot: IndexSnapshot,
  near: NonNullable<SearchFilters['near']>,
  scratch: Scratch,
): (d: number) => boolean {
  const radius = near.radiusKm ?? DEFAULT_RADIUS_KM;
  const box = boundingBox(near.lat, near.lon, radius);
  const { locationOffsets, lat, lon } = snapshot;
  return (d) => {
    let best = Infinity;
    for (let p = locationOffsets[d]!; p < locationOffsets[d + 1]!; p++) {
      const y = lat[p]!;
      const x = lon[p]!;
      if (y < box.minLat || y > box.maxLat || x < box.minLon || x > box.maxLon) continue;
      const km = distanceKm(near.lat, near.lon, y, x);
      if (km < best) best = km;
    }
    scratch.distance[d] = best;
    return best <= radius;
  };
}

/** Compiles the filters of a query against a snapshot. */
export function compileFilter(
  snapshot: IndexSnapshot,
  filters: SearchFilters | undefined,
  scratch: Scratch,
): CompiledFilter {
  if (!filters) return { bits: null, test: null };
  // The facet bitsets are this query's own; the open-now one is shared by the minute's searches,
  // so it goes last: combined into the first facet bitset, or used alone, and never changed.
  const sets = facetBits(snapshot, filters);
  if (filters.openAt) sets.push(openBits(snapshot, filters.openAt));
  const bits = sets[0] ?? null;
  for (let i = 1; i < sets.length; i++) andInto(bits!, sets[i]!);
  const test = filters.near ? nearTest(snapshot, filters.near, scratch) : null;
  return { bits, test };
}
