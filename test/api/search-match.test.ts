import { beforeAll, describe, expect, it } from 'vitest';
import { createSearchApp } from './search-catalogue.ts';

type Ctx = Awaited<ReturnType<typeof createSearchApp>>;
type Reason = { kind: string; [key: string]: unknown };
type Hit = { id: string; theme: string | null; reasons: Reason[]; name: { value: string } };

describe('POST /api/match', () => {
  let ctx: Ctx;
  let s: Ctx['data']['services'];
  beforeAll(async () => {
    ctx = await createSearchApp();
    s = ctx.data.services;
  });

  it('reads free text into need themes and lists their services with the reasons they matched', async () => {
    const { status, body } = await ctx.post('/api/match', {
      needs: 'rahat loppuu kesken kuun',
      municipality: '853',
      language: 'fi',
    });
    expect(status).toBe(200);
    expect(body.themes[0]).toMatchObject({
      id: 'debt-and-money',
      label: 'Velat ja raha-asiat',
      source: 'words',
      words: expect.arrayContaining(['rahat loppuu']),
    });
    const debt = (body.hits as Hit[]).filter((h) => h.theme === 'debt-and-money');
    expect(debt.map((h) => h.id).sort()).toEqual([s.debtAdvice.id, s.debtLine.id].sort());
    const advice = debt.find((h) => h.id === s.debtAdvice.id)!;
    expect(advice.name.value).toBe('Talous- ja velkaneuvonta');
    expect(advice.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'theme', theme: 'debt-and-money', words: expect.arrayContaining(['rahat loppuu']) },
        { kind: 'area', scope: 'municipality', municipality: '853' },
        { kind: 'language', language: 'fi' },
      ]),
    );
    const line = debt.find((h) => h.id === s.debtLine.id)!;
    expect(line.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'area', scope: 'nationwide' },
        { kind: 'sector', sector: 'non-sote' },
      ]),
    );
  });

  it('reads a Finnish text typed on the Swedish page as Finnish and answers in Swedish', async () => {
    const { status, body } = await ctx.post('/api/match', {
      needs: 'tarvitsen ruoka-apua',
      municipality: '734',
      lang: 'sv',
    });
    expect(status).toBe(200);
    expect(body.themes[0]).toMatchObject({ id: 'food-aid', label: 'Matbistånd' });
    expect(body.hits[0]).toMatchObject({ id: s.foodAid.id, theme: 'food-aid' });
  });

  it('lists the need the client names outright first, before the situation told before it', async () => {
    const { body } = await ctx.post('/api/match', {
      needs: 'rahat ei riitä mihinkään ja velkaa on, tarvitsen ruoka-apua',
      municipality: '734',
    });
    expect(body.themes[0]).toMatchObject({ id: 'food-aid', source: 'words' });
    expect(body.themes.map((t: { id: string }) => t.id)).toContain('debt-and-money');
    expect(body.hits[0]).toMatchObject({ id: s.foodAid.id, theme: 'food-aid' });
  });

  it('lists services grouped by theme, themes in the order given, each service once', async () => {
    const { body } = await ctx.post('/api/match', {
      needs: ['debt-and-money', 'caring-for-a-relative'],
      municipality: '853',
    });
    expect(body.themes.map((t: { id: string; source: string }) => [t.id, t.source])).toEqual([
      ['debt-and-money', 'chosen'],
      ['caring-for-a-relative', 'chosen'],
    ]);
    const themes = (body.hits as Hit[]).map((h) => h.theme);
    expect(themes.lastIndexOf('debt-and-money')).toBeLessThan(
      themes.indexOf('caring-for-a-relative'),
    );
    expect(themes.indexOf('debt-and-money')).toBe(0);
    const listed = (body.hits as Hit[]).map((h) => h.id);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('brings the age group’s theme along and prefers services for that age group', async () => {
    const { body } = await ctx.post('/api/match', {
      themes: ['caring-for-a-relative'],
      municipality: '853',
      ageGroup: 'older',
    });
    expect(body.themes).toContainEqual(
      expect.objectContaining({ id: 'older-people', source: 'age-group' }),
    );
    const carers = (body.hits as Hit[]).find((h) => h.id === s.carers.id)!;
    expect(carers.reasons).toContainEqual({ kind: 'age-group', ageGroup: 'older' });
  });

  it('ranks services in the client’s language first and says so', async () => {
    const { body } = await ctx.post('/api/match', {
      themes: ['immigration-and-language'],
      municipality: '853',
      language: 'ar',
    });
    expect(body.hits[0].id).toBe(s.immigrants.id);
    expect(body.hits[0].reasons).toContainEqual({ kind: 'language', language: 'ar' });
    expect(body.hits[0].name).toEqual({
      value: 'Maahanmuuttajien neuvonta',
      lang: 'fi',
      fallback: false,
    });
  });

  it('prefers accessible premises or remote channels for a client with limited mobility', async () => {
    const { body } = await ctx.post('/api/match', {
      themes: ['caring-for-a-relative'],
      municipality: '853',
      mobility: 'limited',
    });
    const carers = (body.hits as Hit[]).find((h) => h.id === s.carers.id)!;
    expect(carers.reasons).toContainEqual({ kind: 'accessible' });
  });

  it('falls back to the words alone when no theme is found', async () => {
    const { body } = await ctx.post('/api/match', { needs: 'Turussa', municipality: '853' });
    expect(body.themes).toEqual([]);
    expect(body.hits[0]).toMatchObject({ id: s.carers.id, theme: null });
    expect(body.hits[0].reasons).toContainEqual(expect.objectContaining({ kind: 'words' }));
  });

  it.each([
    [{}, 'describe the situation in needs'],
    [{ needs: 'velkaa', municipality: 'Turku' }, "'Turku' is not a municipality code"],
    [{ needs: 'velkaa', lang: 'de' }, 'lang must be fi, sv or en'],
    [{ needs: ['no-such-theme'] }, "'no-such-theme' is not a need theme"],
    [
      { needs: 'velkaa', ageGroup: 'baby' },
      'ageGroup must be one of children, youth, adults, older',
    ],
  ])('answers 400 with what to fix for %j', async (input, message) => {
    const { status, body } = await ctx.post('/api/match', input);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });

  it('refuses a personal identity code in the situation and stores nothing of it', async () => {
    const { status, body } = await ctx.post('/api/match', {
      needs: 'asiakas 010190-123A tarvitsee apua',
    });
    expect(status).toBe(422);
    expect(body.error.message).toContain('personal identity code');
    const stored = ctx.deps.db.$client
      .prepare("select count(*) as n from zero_result_queries where query like '%010190%'")
      .get() as { n: number };
    expect(stored.n).toBe(0);
  });

  it('counts matches for the usage figures', async () => {
    await ctx.post('/api/match', { needs: 'velkaa', municipality: '853' });
    const row = ctx.deps.db.$client
      .prepare("select sum(requests) as n from usage_daily where kind = 'match'")
      .get() as { n: number };
    expect(row.n).toBeGreaterThanOrEqual(1);
  });
});
