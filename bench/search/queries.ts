import type { FacetName, SearchDocument, SearchQuery } from '../../search/contract.ts';
import { facetNames } from '../../search/contract.ts';
import { varsinaisSuomiMunicipalities } from '../../schema/constants.ts';

/** A benchmark query and the kind it stands for, so latency can be reported per kind. */
export interface BenchQuery {
  kind:
    | 'common'
    | 'rare'
    | 'prefix'
    | 'inflected'
    | 'phrase'
    | 'typo'
    | 'swedish'
    | 'filtered'
    | 'facets'
    | 'near-open';
  query: SearchQuery;
}

// A small deterministic generator (mulberry32), so every engine and every run gets the same set.
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

const words = (text: string | undefined): string[] =>
  (text ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];

function documentFrequencies(texts: Iterable<string | undefined>): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) for (const w of new Set(words(text))) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

const CASE_ENDINGS = /(ssa|ssä|sta|stä|lle|lla|llä|ksi|ien|jen|iin|seen|ta|tä)$/;
const everyFacet: FacetName[] = [...facetNames];

/**
 * The mixed query set: common and rare words, prefixes being typed, inflected forms, two-word
 * phrases, typos, Swedish, and queries with filters, with every facet, and with distance and
 * open-now. Words come from the corpus itself, so every engine is asked about what it holds.
 */
export function buildQuerySet(docs: readonly SearchDocument[], seed = 1): BenchQuery[] {
  const rng = random(seed);
  const names = documentFrequencies(docs.map((d) => d.name.fi));
  const texts = documentFrequencies(docs.flatMap((d) => [d.summary.fi, d.body.fi]));
  const swedish = documentFrequencies(docs.map((d) => d.name.sv));
  const byFrequency = (df: Map<string, number>, min = 4) =>
    [...df.entries()]
      .filter(([w]) => w.length >= min)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([w]) => w);
  const common = byFrequency(names).slice(0, 40);
  const rare = byFrequency(texts, 6).filter((w) => (texts.get(w) ?? 0) <= 3);
  const inflected = byFrequency(texts, 7)
    .filter((w) => CASE_ENDINGS.test(w))
    .slice(0, 300);
  const phrases = docs
    .map((d) => words(d.name.fi))
    .filter((w) => w.length >= 2)
    .map((w) => `${w[0]} ${w[1]}`);
  const sv = byFrequency(swedish).slice(0, 60);
  const out: BenchQuery[] = [];
  const add = (kind: BenchQuery['kind'], q: string, extra: Partial<SearchQuery> = {}) =>
    out.push({ kind, query: { q, lang: 'fi', ...extra } });

  for (const w of common) add('common', w);
  for (let i = 0; i < 30 && rare.length; i++) add('rare', rng.pick(rare));
  for (let i = 0; i < 40; i++) {
    const w = rng.pick([...common, ...inflected]);
    add('prefix', w.slice(0, 3 + Math.floor(rng.next() * 3)));
  }
  for (let i = 0; i < 40 && inflected.length; i++) add('inflected', rng.pick(inflected));
  for (let i = 0; i < 20 && phrases.length; i++) add('phrase', rng.pick(phrases));
  for (let i = 0; i < 20; i++) {
    const w = rng.pick(common.filter((c) => c.length >= 7).concat(inflected.slice(0, 50)));
    const at = 2 + Math.floor(rng.next() * (w.length - 3));
    add('typo', w.slice(0, at) + w.slice(at + 1));
  }
  for (let i = 0; i < 20 && sv.length; i++) add('swedish', rng.pick(sv), { lang: 'sv' });
  const filters: SearchQuery['filters'][] = [
    { municipalities: [rng.pick(varsinaisSuomiMunicipalities)] },
    { organizationKinds: ['association', 'parish'] },
    { free: true, languages: ['sv'] },
    { channelModes: ['phone'], municipalities: ['853'] },
  ];
  for (let i = 0; i < 40; i++)
    add('filtered', rng.pick([...common, ...inflected]), { filters: filters[i % filters.length] });
  for (let i = 0; i < 30; i++) add('facets', rng.pick(common), { facets: everyFacet });
  const turku = { lat: 60.4518, lon: 22.2666, radiusKm: 10 };
  const mondayMorning = new Date('2026-03-02T08:00:00Z');
  for (let i = 0; i < 10; i++) {
    add('near-open', i % 2 ? rng.pick(common) : '', {
      filters: { near: turku, openAt: mondayMorning },
      sort: 'distance',
      facets: ['municipalities'],
    });
  }
  return out;
}
