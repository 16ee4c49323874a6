import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../search/analysis/index.ts';
import type { FacetName } from '../../search/contract.ts';
import { IndexBuilder } from '../../search/embedded/builder.ts';
import { facetValues } from '../../search/embedded/facet-builder.ts';
import { countFacets } from '../../search/embedded/facets.ts';
import { distanceKm, haversineKm } from '../../search/embedded/geo.ts';
import { createEmbeddedEngine } from '../../search/embedded/index.ts';
import { helsinkiMoment, isAnyOpenAtMoment } from '../../search/hours.ts';
import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import { splitRawWords } from '../../search/embedded/raw-words.ts';
import { topK } from '../../search/embedded/rank.ts';
import {
  buildSurfaceDictionary,
  completions,
  similarWords,
} from '../../search/embedded/surfaces.ts';
import { buildSearchDocument } from './helpers/corpus.ts';

function dictionary(words: string[], df: number[]) {
  return buildSurfaceDictionary(
    words,
    words.map((_, i) => [i]),
    Uint32Array.from(df),
  );
}

describe('surface dictionary', () => {
  const words = [
    'velkaneuvonta',
    'velkaneuvontaa',
    'velka',
    'vertaistuki',
    'omaishoitaja',
    'omaishoito',
    'kelkka',
  ];
  const dict = dictionary(words, [50, 10, 80, 30, 20, 40, 5]);
  const found = (matches: { index: number }[]) => matches.map((m) => dict.words[m.index]);

  it('completes a prefix with the words most documents have first, never the prefix itself', () => {
    expect(found(completions(dict, 'omaish', 10))).toEqual(['omaishoito', 'omaishoitaja']);
    expect(found(completions(dict, 'velka', 2))).toEqual(['velkaneuvonta', 'velkaneuvontaa']);
  });

  it('finds words within the edit distance that start with the same letter, nearest first', () => {
    expect(found(similarWords(dict, 'velkaneuvnta', 1, 10))).toEqual(['velkaneuvonta']);
    expect(found(similarWords(dict, 'velkaneuvnta', 2, 10))).toEqual([
      'velkaneuvonta',
      'velkaneuvontaa',
    ]);
    expect(found(similarWords(dict, 'velka', 1, 10))).toEqual([]);
    expect(found(similarWords(dict, 'welka', 1, 10))).toEqual([]);
  });
});

describe('splitRawWords', () => {
  it('keeps hyphenated words and case endings after a colon whole', () => {
    expect(splitRawWords('Ruoka-apu EU:n alueella, klo 8.30!')).toEqual([
      'Ruoka-apu',
      'EU:n',
      'alueella',
      'klo',
      '8',
      '30',
    ]);
  });

  it('keeps a suspended compound half together with the word that completes it', () => {
    expect(splitRawWords('sosiaali- ja terveyspalvelut sekä hälso- och sjukvård')).toEqual([
      'sosiaali- ja terveyspalvelut',
      'sekä',
      'hälso- och sjukvård',
    ]);
  });
});

describe('topK', () => {
  it('returns the best k by key, equal keys in id order', () => {
    const key = Float64Array.from([1, 3, 3, 2, 3]);
    const idRank = Uint32Array.from([0, 4, 1, 2, 3]);
    expect(topK(Uint32Array.from([0, 1, 2, 3, 4]), key, idRank, 3)).toEqual([2, 4, 1]);
    expect(topK(Uint32Array.from([0, 3]), key, idRank, 5)).toEqual([3, 0]);
  });
});

describe('countFacets', () => {
  const docs = Array.from({ length: 200 }, (_, i) =>
    buildSearchDocument({
      municipalities: [['853', '202', '445'][i % 3]!],
      organizationKinds: [i % 7 === 0 ? 'parish' : 'municipality'],
      free: i % 5 === 0 ? null : i % 2 === 0,
      serviceClasses: Array.from({ length: 40 }, (_, c) => `P${c}`).filter(
        (_, c) => (i + c) % 9 === 0,
      ),
    }),
  );
  const builder = new IndexBuilder(createAnalyzer({ mode: 'plain' }));
  for (const doc of docs) builder.add(doc);
  const finishing = builder.finish();
  let step = finishing.next();
  while (!step.done) step = finishing.next();
  const snapshot = step.value;
  const facets: FacetName[] = ['municipalities', 'organizationKinds', 'free', 'serviceClasses'];

  function naive(ordinals: number[]) {
    return Object.fromEntries(
      facets.map((facet) => {
        const counts: Record<string, number> = {};
        for (const d of ordinals)
          for (const v of facetValues(docs[d]!, facet)) counts[v] = (counts[v] ?? 0) + 1;
        return [facet, counts];
      }),
    );
  }

  it('counts the same whether few, most or all documents match', () => {
    for (const size of [3, 60, 150, 199, 200]) {
      const ordinals = Array.from({ length: size }, (_, i) => (i * 37) % 200).sort((a, b) => a - b);
      expect(countFacets(snapshot, facets, Uint32Array.from(ordinals))).toEqual(naive(ordinals));
    }
  });
});

describe('open-now index', () => {
  const entry = (overrides: Partial<ServiceHours>): ServiceHours => ({
    kind: 'weekly',
    validFrom: null,
    validTo: null,
    isClosed: false,
    isAlwaysOpen: false,
    isReservation: false,
    title: {},
    openings: [],
    ...overrides,
  });
  const office = entry({
    openings: [0, 1, 2, 3, 4].map((day) => ({ day, from: '08:00', to: '16:00', toDay: null })),
  });
  const night = entry({
    kind: 'overMidnight',
    openings: [{ day: 4, from: '20:00', to: '04:00', toDay: 5 }],
  });
  const always = entry({ isAlwaysOpen: true });
  const holiday = entry({ kind: 'exception', validFrom: '2026-04-03', isClosed: true });
  const christmas = entry({
    kind: 'exception',
    validFrom: '2026-12-24',
    validTo: '2026-12-26',
    openings: [{ day: -1, from: '10:00', to: '12:00', toDay: null }],
  });
  const summer = entry({
    validFrom: '2026-06-01',
    validTo: '2026-08-31',
    openings: [{ day: 2, from: '12:00', to: '14:00', toDay: null }],
  });
  const closedForNow = entry({ isClosed: true });
  const schedules: ServiceHours[][][] = [
    [],
    [[office]],
    [[office, holiday]],
    [[office, christmas, summer]],
    [[night]],
    [[always, holiday]],
    [[office, holiday], [always]],
    [[closedForNow, christmas]],
    [[summer]],
    [[office], [night, holiday]],
  ];

  it('answers exactly as the full rules do, on ordinary days and on dated ones', async () => {
    const engine = createEmbeddedEngine({ analyzer: createAnalyzer({ mode: 'plain' }) });
    const docs = schedules.map((s) => buildSearchDocument({ schedules: s }));
    await engine.replaceAll(docs);
    const instants = [
      '2026-04-03T08:00:00Z',
      '2026-04-02T08:00:00Z',
      '2026-12-24T09:00:00Z',
      '2026-12-24T06:30:00Z',
      '2026-07-01T10:00:00Z',
      '2026-07-03T22:00:00Z',
      '2026-07-04T00:30:00Z',
      '2026-03-29T01:30:00Z',
      '2026-11-28T23:00:00Z',
    ].map((t) => new Date(t));
    for (const at of instants) {
      const expected = docs
        .filter((d) => isAnyOpenAtMoment(d.schedules, helsinkiMoment(at)) === true)
        .map((d) => d.id);
      const found = (
        await engine.search({ lang: 'fi', limit: 100, filters: { openAt: at } })
      ).hits.map((h) => h.id);
      expect(new Set(found), at.toISOString()).toEqual(new Set(expected));
    }
  });
});

describe('distanceKm', () => {
  it('stays within 0.1 % of the great-circle distance nearby and is the haversine far away', () => {
    const turku = { lat: 60.4518, lon: 22.2666 };
    for (const [lat, lon] of [
      [60.4077, 22.3695],
      [60.3833, 23.1333],
      [60.1699, 24.9384],
      [65.0121, 25.4651],
    ] as const) {
      const exact = haversineKm(turku.lat, turku.lon, lat, lon);
      expect(Math.abs(distanceKm(turku.lat, turku.lon, lat, lon) - exact) / exact).toBeLessThan(
        0.001,
      );
    }
    expect(haversineKm(60.4518, 22.2666, 60.1699, 24.9384)).toBeCloseTo(150.6, 0);
  });
});

describe('query compound parts', () => {
  it('skips a part most documents of a large index have, so it cannot stand in for the whole word', async () => {
    const engine = createEmbeddedEngine({ analyzer: createAnalyzer({ voikko: 'off' }) });
    const compound = buildSearchDocument({ name: { fi: 'Keskusteluapu' } });
    const common = Array.from({ length: 1100 }, (_, i) =>
      buildSearchDocument({ name: { fi: `Palvelu ${i}` }, summary: { fi: 'Apua arkeen.' } }),
    );
    await engine.replaceAll([compound, ...common]);
    const result = await engine.search({ lang: 'fi', q: 'keskusteluapua' });
    expect(result.hits.map((h) => h.id)).toEqual([compound.id]);
    expect(result.total).toBe(1);
  });
});
