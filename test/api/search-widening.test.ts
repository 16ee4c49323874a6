import { beforeAll, describe, expect, it } from 'vitest';
import { neighboursOf } from '../../search/widening.ts';
import { varsinaisSuomiMunicipalities } from '../../schema/constants.ts';
import { createSearchApp } from './search-catalogue.ts';

type Ctx = Awaited<ReturnType<typeof createSearchApp>>;
type Widening = {
  kind: string;
  total: number;
  dropped?: string;
  params: Record<string, string>;
  values?: { value: string; count: number; label: string | null }[];
};

describe('municipality neighbours', () => {
  it('gives every municipality of Varsinais-Suomi neighbours within the region, both ways', () => {
    for (const code of varsinaisSuomiMunicipalities) {
      const around = neighboursOf(code);
      expect(around.length, code).toBeGreaterThan(0);
      for (const other of around) {
        expect(varsinaisSuomiMunicipalities, `${code} -> ${other}`).toContain(other);
        expect(neighboursOf(other), `${other} -> ${code}`).toContain(code);
      }
    }
    expect(neighboursOf('734')).toEqual(expect.arrayContaining(['577', '738', '322', '761']));
    expect(neighboursOf('091')).toEqual([]);
  });
});

describe('a search whose filters leave nothing', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await createSearchApp();
  });

  it('offers the neighbouring municipality that has the service, with counts and names', async () => {
    // Food aid exists only in Salo; Paimio borders Salo.
    const { status, body } = await ctx.get('/api/search?q=ruoka-apu&municipality=577');
    expect(status).toBe(200);
    expect(body.total).toBe(0);
    const widenings = body.widenings as Widening[];
    expect(widenings[0]).toMatchObject({
      kind: 'neighbouring-municipalities',
      total: 1,
      values: [{ value: '734', count: 1, label: 'Salo' }],
    });
    expect(widenings[0]!.params.municipality.split(',')).toEqual(
      expect.arrayContaining(['577', '734']),
    );
    expect(widenings).toContainEqual(
      expect.objectContaining({ kind: 'without-filter', dropped: 'municipalities', total: 1 }),
    );
    const followed = await ctx.get(`/api/search?${new URLSearchParams(widenings[0]!.params)}`);
    expect(followed.body.hits.map((h: { id: string }) => h.id)).toEqual([
      ctx.data.services.foodAid.id,
    ]);
  });

  it('offers nationwide services when they were left out', async () => {
    const { body } = await ctx.get('/api/search?q=velkalinja&municipality=734&nationwide=false');
    expect(body.total).toBe(0);
    expect(body.widenings).toContainEqual(
      expect.objectContaining({ kind: 'nationwide', total: 1 }),
    );
  });

  it('offers related themes when a theme has nothing in the area', async () => {
    // Only the debt services sit in the themes related to social assistance here.
    const { body } = await ctx.get('/api/search?theme=social-assistance&municipality=853');
    expect(body.total).toBe(0);
    const related = (body.widenings as Widening[]).find((w) => w.kind === 'related-themes')!;
    expect(related.total).toBeGreaterThan(0);
    expect(related.values).toContainEqual(
      expect.objectContaining({ value: 'debt-and-money', label: 'Velat ja raha-asiat' }),
    );
    expect(related.params.theme.split(',')).toContain('debt-and-money');
  });

  it('offers dropping a filter that empties the page, and nothing when nothing helps', async () => {
    const { body } = await ctx.get('/api/search?q=senioriliikunta&openNow=true');
    expect(body.total).toBe(0);
    expect(body.widenings).toContainEqual(
      expect.objectContaining({
        kind: 'without-filter',
        dropped: 'openAt',
        total: 1,
        params: { q: 'senioriliikunta', lang: 'fi', limit: '20' },
      }),
    );
    const hopeless = await ctx.get('/api/search?q=zzzxqy');
    expect(hopeless.body.widenings).toEqual([]);
  });

  it('counts searches and logs a failed query without digits for curation', async () => {
    await ctx.get('/api/search?q=velkaneuvonta');
    await ctx.get('/api/search?q=zzzxqy%20040%201234567%20010190-123A');
    const sql = ctx.deps.db.$client;
    const daily = sql
      .prepare(
        "select requests, zero_results from usage_daily where kind = 'search' and lang = 'fi'",
      )
      .get() as { requests: number; zero_results: number };
    expect(daily.requests).toBeGreaterThanOrEqual(2);
    expect(daily.zero_results).toBeGreaterThanOrEqual(1);
    const logged = sql
      .prepare("select query from zero_result_queries where query like 'zzzxqy%'")
      .all() as { query: string }[];
    expect(logged).toEqual([{ query: 'zzzxqy' }]);
  });
});
