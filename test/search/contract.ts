import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FacetName,
  SearchDocument,
  SearchEngine,
  SearchQuery,
} from '../../search/contract.ts';
import { readSearchDocuments } from '../../search/documents.ts';
import type { ThemeLabels } from '../../search/theme-suggestions.ts';
import { buildPtvService } from '../factories/ptv.ts';
import { createTestDb } from '../helpers/db.ts';
import { ingestRecords } from './helpers/catalogue.ts';
import { buildSearchDocument, contractCorpus, places } from './helpers/corpus.ts';

export type CreateEngine = (options: { themes: readonly ThemeLabels[] }) => Promise<SearchEngine>;

const themes: ThemeLabels[] = [
  {
    id: 'debt-and-money',
    labels: { fi: 'Velat ja raha', sv: 'Skulder och pengar', en: 'Debt and money' },
    words: { fi: ['velka', 'rahat loppuu'], sv: ['skuld'], en: ['debt'] },
  },
];

// Monday 2026-11-23 10:00 in Helsinki.
const mondayMorning = new Date('2026-11-23T08:00:00Z');

/**
 * The behaviours every SearchEngine must have, run against each implementation. Engines return
 * ids only; picking a name in a fallback language is the caller's job.
 */
export function runSearchContract(name: string, createEngine: CreateEngine): void {
  describe(`${name} search engine contract`, () => {
    const corpus = contractCorpus();
    const byId = new Map(corpus.all.map((d) => [d.id, d]));
    let engine: SearchEngine;
    const ids = async (query: Omit<SearchQuery, 'lang'> & { lang?: SearchQuery['lang'] }) =>
      (await engine.search({ lang: 'fi', limit: 100, ...query })).hits.map((h) => h.id);

    beforeAll(async () => {
      engine = await createEngine({ themes });
      await engine.replaceAll(corpus.all);
    });
    afterAll(async () => engine.close());

    it('counts every document it was given', async () => {
      expect(await engine.count()).toBe(corpus.all.length);
    });

    it('finds a base-form name from an inflected query and an inflected name from a base form', async () => {
      expect((await ids({ q: 'velkaneuvontaa' }))[0]).toBe(corpus.debt.id);
      expect((await ids({ q: 'omaishoitajien vertaistukea' }))[0]).toBe(corpus.carers.id);
      expect((await ids({ q: 'omaishoitaja' }))[0]).toBe(corpus.carers.id);
    });

    it('ranks a name match above a mention in the body', async () => {
      const found = await ids({ q: 'velkaneuvonta' });
      expect(found[0]).toBe(corpus.debt.id);
      expect(found).toContain(corpus.food.id);
      expect(found.indexOf(corpus.debt.id)).toBeLessThan(found.indexOf(corpus.food.id));
    });

    it('finds a compound from its head part', async () => {
      expect(await ids({ q: 'vertaistuki' })).toContain(corpus.carers.id);
    });

    it('finds Swedish text in Swedish, and with a Finnish UI language too', async () => {
      expect((await ids({ q: 'skuldrådgivning', lang: 'sv' }))[0]).toBe(corpus.debt.id);
      expect(await ids({ q: 'skuldrådgivning', lang: 'fi' })).toContain(corpus.debt.id);
    });

    it('returns ids of services with no text in the requested language', async () => {
      expect((await ids({ q: 'kotihoito', lang: 'sv' }))[0]).toBe(corpus.homeCare.id);
      expect((await ids({ q: 'skuldsanering', lang: 'en' }))[0]).toBe(corpus.pargas.id);
    });

    it('completes the word being typed', async () => {
      expect((await ids({ q: 'omaish' }))[0]).toBe(corpus.carers.id);
    });

    it('tolerates a typo', async () => {
      expect((await ids({ q: 'velkaneuvnta' }))[0]).toBe(corpus.debt.id);
    });

    it('finds nothing for a word no service has', async () => {
      expect(await engine.search({ q: 'zzyzx', lang: 'fi' })).toMatchObject({ total: 0, hits: [] });
    });

    it('says which terms matched in which fields', async () => {
      const { hits } = await engine.search({ q: 'velkaneuvonta', lang: 'fi' });
      const hit = hits.find((h) => h.id === corpus.debt.id)!;
      expect(hit.matched.terms.length).toBeGreaterThan(0);
      expect(hit.matched.fields).toContain('name.fi');
    });

    it('filters by municipality, with nationwide services unless excluded', async () => {
      const turku = await ids({ filters: { municipalities: ['853'] } });
      expect(turku).toContain(corpus.debt.id);
      expect(turku).toContain(corpus.crisis.id);
      expect(turku).not.toContain(corpus.carers.id);
      const strict = await ids({ filters: { municipalities: ['853'], includeNationwide: false } });
      expect(strict).not.toContain(corpus.crisis.id);
      expect(strict).toContain(corpus.debt.id);
    });

    it('filters by organisation kind, language, charge, channel mode and accessibility', async () => {
      expect(new Set(await ids({ filters: { organizationKinds: ['association'] } }))).toEqual(
        new Set([corpus.carers.id, corpus.crisis.id]),
      );
      expect(new Set(await ids({ filters: { languages: ['sv'] } }))).toEqual(
        new Set([corpus.debt.id, corpus.carers.id, corpus.pargas.id, corpus.homeCare.id]),
      );
      expect(await ids({ filters: { free: false } })).toEqual([corpus.homeCare.id]);
      expect(new Set(await ids({ filters: { channelModes: ['phone'] } }))).toEqual(
        new Set([corpus.debt.id, corpus.crisis.id]),
      );
      expect(await ids({ filters: { accessible: true } })).toEqual([corpus.debt.id]);
      expect(
        await ids({
          q: 'velkaneuvonta',
          filters: { municipalities: ['734'], includeNationwide: false },
        }),
      ).toEqual([corpus.salo.id]);
    });

    it('keeps only the services asked for by id, with the other filters and the query', async () => {
      const asked = [corpus.debt.id, corpus.carers.id, corpus.salo.id, 'no-such-service'];
      expect(new Set(await ids({ filters: { ids: asked } }))).toEqual(
        new Set([corpus.debt.id, corpus.carers.id, corpus.salo.id]),
      );
      expect(new Set(await ids({ filters: { ids: asked, languages: ['sv'] } }))).toEqual(
        new Set([corpus.debt.id, corpus.carers.id]),
      );
      expect(await ids({ q: 'velkaneuvonta', filters: { ids: [corpus.salo.id] } })).toEqual([
        corpus.salo.id,
      ]);
      expect(await ids({ filters: { ids: [] } })).toEqual([]);
    });

    it('filters by theme, target group and service class codes', async () => {
      expect(await ids({ filters: { themes: ['caring-for-a-relative'] } })).toEqual([
        corpus.carers.id,
      ]);
      expect(await ids({ filters: { targetGroups: ['KR1.1'] } })).toEqual([corpus.carers.id]);
      expect(await ids({ filters: { serviceClasses: ['P15.1'] } })).toEqual([corpus.debt.id]);
    });

    it('filters by ontology term and life event, which are not facets', async () => {
      const food = 'http://www.yso.fi/onto/koko/p36374';
      const byTerm = buildSearchDocument({ ontologyTerms: [food, 'http://example.org/other'] });
      const byEvent = buildSearchDocument({ lifeEvents: ['KE14'] });
      const neither = buildSearchDocument({ serviceClasses: ['P4.14'] });
      const own = await createEngine({ themes });
      try {
        await own.replaceAll([byTerm, byEvent, neither]);
        const found = async (filters: SearchQuery['filters']) =>
          (await own.search({ lang: 'fi', filters })).hits.map((h) => h.id);
        expect(await found({ ontologyTerms: [food] })).toEqual([byTerm.id]);
        expect(await found({ lifeEvents: ['KE14', 'KE1'] })).toEqual([byEvent.id]);
        expect(await found({ ontologyTerms: [food], lifeEvents: ['KE14'] })).toEqual([]);
        expect(await found({ ontologyTerms: ['http://example.org/none'] })).toEqual([]);
      } finally {
        await own.close();
      }
    });

    it('keeps only services open at the given instant', async () => {
      expect(new Set(await ids({ filters: { openAt: mondayMorning } }))).toEqual(
        new Set([corpus.debt.id, corpus.crisis.id]),
      );
      const tuesdayEvening = new Date('2026-11-24T16:00:00Z');
      expect(new Set(await ids({ filters: { openAt: tuesdayEvening } }))).toEqual(
        new Set([corpus.carers.id, corpus.crisis.id]),
      );
    });

    it('keeps services within the radius, with their distance, nearest first when asked', async () => {
      const result = await engine.search({
        lang: 'fi',
        filters: { near: { ...places.turku, radiusKm: 10 } },
        sort: 'distance',
      });
      expect(result.hits.map((h) => h.id)).toEqual([
        corpus.debt.id,
        corpus.food.id,
        corpus.carers.id,
      ]);
      expect(result.hits[0]!.distanceKm).toBeLessThan(0.1);
      expect(result.hits[2]!.distanceKm).toBeGreaterThan(5);
      expect(result.hits[2]!.distanceKm).toBeLessThan(10);
      const wide = await ids({ filters: { near: { ...places.turku, radiusKm: 30 } } });
      expect(wide).toContain(corpus.pargas.id);
      expect(wide).not.toContain(corpus.salo.id);
    });

    it('counts facet values over all matches, not just the page', async () => {
      const facets: FacetName[] = [
        'municipalities',
        'organizationKinds',
        'free',
        'channelModes',
        'languages',
      ];
      const result = await engine.search({ lang: 'fi', q: 'neuvonta', facets, limit: 1 });
      const all = await ids({ q: 'neuvonta' });
      expect(result.total).toBe(all.length);
      expect(all.length).toBeGreaterThan(1);
      const docs = all.map((id) => byId.get(id)!);
      const expected = (values: (d: SearchDocument) => readonly string[]) => {
        const counts: Record<string, number> = {};
        for (const d of docs) for (const v of new Set(values(d))) counts[v] = (counts[v] ?? 0) + 1;
        return counts;
      };
      expect(result.facets.municipalities).toEqual(expected((d) => d.municipalities));
      expect(result.facets.organizationKinds).toEqual(expected((d) => d.organizationKinds));
      expect(result.facets.channelModes).toEqual(expected((d) => d.channelModes));
      expect(result.facets.languages).toEqual(expected((d) => d.languages));
      expect(result.facets.free).toEqual(
        expected((d) => (d.free === null ? [] : [String(d.free)])),
      );
    });

    it('pages through results with a stable order and a total over all pages', async () => {
      const pages = [];
      for (const offset of [0, 10, 20])
        pages.push(await engine.search({ lang: 'fi', q: 'liikunta', limit: 10, offset }));
      expect(pages.map((p) => p.total)).toEqual([25, 25, 25]);
      expect(pages.map((p) => p.hits.length)).toEqual([10, 10, 5]);
      const seen = pages.flatMap((p) => p.hits.map((h) => h.id));
      expect(new Set(seen)).toEqual(new Set(corpus.exercise.map((d) => d.id)));
      // Equal scores come out in id order.
      expect(seen).toEqual([...seen].sort());
    });

    it('suggests need themes and service names for typed text', async () => {
      const suggestions = await engine.suggest('velk', 'fi', 5);
      expect(suggestions[0]).toEqual({ text: 'Velat ja raha', themeId: 'debt-and-money' });
      expect(suggestions).toContainEqual({ text: 'Velkaneuvonta', serviceId: corpus.debt.id });
    });

    it('keeps serving the old index while a new one is built, then serves only the new one', async () => {
      const rebuilding = await createEngine({ themes });
      try {
        await rebuilding.replaceAll(corpus.all);
        const replacement = buildSearchDocument({ name: { fi: 'Uusi velkaneuvontapiste' } });
        async function* slowly() {
          for (let i = 0; i < 40; i++) {
            await new Promise((resolve) => setTimeout(resolve, 2));
            yield buildSearchDocument({ name: { fi: `Täyte ${i}` } });
          }
          yield replacement;
        }
        const replacing = rebuilding.replaceAll(slowly());
        let done = false;
        void replacing.then(() => (done = true));
        let searchesDuringRebuild = 0;
        while (!done) {
          const result = await rebuilding.search({ lang: 'fi', q: 'velkaneuvonta' });
          if (done) break;
          expect(result.hits.map((h) => h.id)).toContain(corpus.debt.id);
          searchesDuringRebuild++;
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        await replacing;
        expect(searchesDuringRebuild).toBeGreaterThan(0);
        const after = await rebuilding.search({ lang: 'fi', q: 'velkaneuvonta' });
        expect(after.hits.map((h) => h.id)).toEqual([replacement.id]);
        expect(await rebuilding.count()).toBe(41);
      } finally {
        await rebuilding.close();
      }
    });

    it('never returns a service the catalogue has deleted', async () => {
      const db = createTestDb();
      const live = buildPtvService({
        serviceNames: [{ language: 'fi', value: 'Kuntouttava työtoiminta', type: 'Name' }],
      });
      const deleted = buildPtvService({
        serviceNames: [{ language: 'fi', value: 'Kuntouttava työtoiminta (vanha)', type: 'Name' }],
        publishingStatus: 'Deleted',
      });
      await ingestRecords(db, { services: [live, deleted] });
      const fromDb = await createEngine({ themes });
      try {
        await fromDb.replaceAll(readSearchDocuments(db));
        expect(
          (await fromDb.search({ lang: 'fi', q: 'kuntouttava työtoiminta' })).hits.map((h) => h.id),
        ).toEqual([live.id]);
        expect(await fromDb.count()).toBe(1);
      } finally {
        await fromDb.close();
      }
    });
  });
}
