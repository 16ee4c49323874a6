import { beforeAll, describe, expect, it } from 'vitest';
import { readPlaceWords } from '../../api/queries/search-place.ts';
import { searchResponseSchema } from '../../api/routes/search/responses.ts';
import { createSearchApp } from './search-catalogue.ts';

type Ctx = Awaited<ReturnType<typeof createSearchApp>>;
type Hit = { id: string; distanceKm?: number };
const ids = (body: { hits: Hit[] }) => body.hits.map((h) => h.id);

describe('GET /api/search', () => {
  let ctx: Ctx;
  let s: Ctx['data']['services'];
  beforeAll(async () => {
    ctx = await createSearchApp();
    s = ctx.data.services;
  });

  it('finds a service by an inflected word, best first, as a listing in the requested language', async () => {
    const { status, body } = await ctx.get('/api/search?q=velkaneuvontaa&lang=en');
    expect(status).toBe(200);
    expect(body.hits[0].id).toBe(s.debtAdvice.id);
    expect(body.hits[0]).toMatchObject({
      name: { value: 'Financial and debt advice', lang: 'en', fallback: false },
      summary: { value: 'Advice when debts grow.', lang: 'en', fallback: false },
      organization: { id: ctx.data.organizations.county.id, kind: 'wellbeing_county' },
      channels: ['phone'],
      municipalities: ['202', '853'],
      nationwide: false,
      free: true,
    });
    expect(body.hits[0].matched.terms.length).toBeGreaterThan(0);
  });

  it('marks a name or summary shown in another language than the one asked for', async () => {
    const { body } = await ctx.get('/api/search?q=omaishoitajien&lang=sv');
    const carers = body.hits.find((h: Hit) => h.id === s.carers.id);
    expect(carers.name).toEqual({
      value: 'Kamratstöd för närståendevårdare',
      lang: 'sv',
      fallback: false,
    });
    expect(carers.summary).toEqual({
      value: 'Vertaistukea omaishoitajille Turussa.',
      lang: 'fi',
      fallback: true,
    });
  });

  it('never returns an unpublished service', async () => {
    const { body } = await ctx.get('/api/search?q=velkaneuvonta&limit=100');
    expect(ids(body)).not.toContain(s.removed.id);
    const browse = await ctx.get('/api/search?limit=100');
    expect(browse.body.total).toBe(6);
    expect(ids(browse.body)).not.toContain(s.removed.id);
  });

  it('filters by municipality with nationwide services included unless nationwide=false', async () => {
    const withNationwide = await ctx.get('/api/search?municipality=202&limit=100');
    expect(ids(withNationwide.body).sort()).toEqual([s.debtAdvice.id, s.debtLine.id].sort());
    const localOnly = await ctx.get('/api/search?municipality=202&nationwide=false');
    expect(ids(localOnly.body)).toEqual([s.debtAdvice.id]);
    const several = await ctx.get('/api/search?municipality=202,734&nationwide=false');
    expect(ids(several.body).sort()).toEqual([s.debtAdvice.id, s.foodAid.id].sort());
    const repeated = await ctx.get(
      '/api/search?municipality=202&municipality=734&nationwide=false',
    );
    expect(repeated.body.total).toBe(2);
  });

  it.each([
    ['organizationKind=parish', 'foodAid'],
    ['language=ar', 'immigrants'],
    ['targetGroup=KR1.1', 'carers,exercise'],
    ['serviceClass=P27.1', 'exercise'],
    ['theme=debt-and-money', 'debtAdvice,debtLine'],
    ['free=false', 'exercise'],
    ['channel=online', 'debtLine'],
    ['accessible=true', 'carers,immigrants'],
    ['openNow=true', 'carers,immigrants'],
  ] as const)('filters by %s', async (filter, expected) => {
    const { status, body } = await ctx.get(`/api/search?${filter}&limit=100`);
    expect(status).toBe(200);
    const want = expected.split(',').map((k) => s[k as keyof typeof s].id);
    expect(ids(body).sort()).toEqual(want.sort());
  });

  it('finds services near a point, nearest first, with their distance', async () => {
    const { body } = await ctx.get(
      '/api/search?lat=60.4518&lon=22.2666&radius=15&sort=distance&limit=100',
    );
    expect(ids(body)).not.toContain(s.foodAid.id);
    expect(body.total).toBe(3);
    const distances = body.hits.map((h: Hit) => h.distanceKm);
    expect(distances.every((d: number) => d >= 0 && d <= 15)).toBe(true);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);
  });

  it('answers JSON exactly as documented, with distances, facets and widenings', async () => {
    const paths = [
      '/api/search?q=velkaneuvontaa&lang=sv&facets=municipalities,themes',
      '/api/search?lat=60.4518&lon=22.2666&radius=15&sort=distance',
      '/api/search?q=velkaneuvonta&municipality=734&nationwide=false',
    ];
    for (const path of paths) {
      const response = await ctx.app.request(path);
      expect(response.headers.get('content-type')).toBe('application/json');
      const body = await response.json();
      expect(searchResponseSchema.strict().parse(body)).toEqual(body);
      expect(body.hits.length + body.widenings.length).toBeGreaterThan(0);
    }
  });

  it('reads a municipality named in the words as the area, with nationwide services', async () => {
    const { body } = await ctx.get('/api/search?q=velkaneuvonta%20Kaarinassa&lang=fi');
    expect(body.places).toEqual([{ word: 'Kaarinassa', code: '202', label: 'Kaarina' }]);
    expect(ids(body).sort()).toEqual([s.debtAdvice.id, s.debtLine.id].sort());
    const english = await ctx.get('/api/search?q=debt%20advice%20in%20Turku&lang=en');
    expect(english.body.places).toMatchObject([{ word: 'Turku', code: '853' }]);
    expect(ids(english.body)).toContain(s.debtAdvice.id);
    // The words before a place were typed in full; a word after it may still be being typed.
    const read = (q: string) => readPlaceWords(ctx.deps.db, ctx.deps.analyzer, q, 'en').rest;
    expect(read('debt advice in Turku')).toBe('debt advice in ');
    expect(read('Turku debt adv')).toBe('debt adv');
    const elsewhere = await ctx.get('/api/search?q=ruoka-apu%20Turussa');
    expect(ids(elsewhere.body)).toEqual([]);
    expect(elsewhere.body.widenings.length).toBeGreaterThan(0);
  });

  it('searches a place name as a word when it is alone, when asked to, or when the search has its own area', async () => {
    const alone = await ctx.get('/api/search?q=Kaarinassa');
    expect(alone.body.places).toEqual([]);
    const asWord = await ctx.get('/api/search?q=velkaneuvonta%20Kaarinassa&place=false');
    expect(asWord.body.places).toEqual([]);
    const ownArea = await ctx.get('/api/search?q=velkaneuvonta%20Salossa&municipality=853');
    expect(ownArea.body.places).toEqual([]);
    expect(ids(ownArea.body)).toContain(s.debtAdvice.id);
  });

  it('counts facets over every match, not just the page, and names their values', async () => {
    const { body } = await ctx.get('/api/search?limit=1&lang=sv');
    expect(body.hits).toHaveLength(1);
    const count = (facet: string, value: string) =>
      body.facets[facet].find((v: { value: string }) => v.value === value);
    expect(count('municipalities', '853')).toMatchObject({ count: 4 });
    expect(count('organizationKinds', 'association')).toMatchObject({ count: 2, label: null });
    expect(count('channelModes', 'visit')).toMatchObject({ count: 4 });
    expect(count('free', 'false')).toMatchObject({ count: 1 });
    expect(count('themes', 'debt-and-money')).toMatchObject({
      count: 2,
      label: 'Skulder och pengar',
    });
    expect(count('serviceClasses', 'P15.1').label).toBeTruthy();
  });

  it('pages through every match without repeating one', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 6; offset += 4) {
      const { body } = await ctx.get(`/api/search?limit=4&offset=${offset}`);
      expect(body).toMatchObject({ total: 6, limit: 4, offset });
      seen.push(...ids(body));
    }
    expect(new Set(seen).size).toBe(6);
  });

  it.each([
    ['lang=de', 'lang must be fi, sv or en'],
    ['limit=5000', 'limit must be a whole number from 1 to 100'],
    ['offset=-1', 'offset must be a whole number from 0 to 10000'],
    ['municipality=12', "'12' is not a municipality code"],
    ['lat=60.45', 'lat and lon go together'],
    ['radius=5', 'radius needs a point'],
    ['sort=distance', 'sort=distance needs a point'],
    ['theme=money', "'money' is not a need theme"],
    ['channel=fax', "'fax' is not a channel"],
    ['free=yes', 'free must be true or false'],
    ['nationwide=false', 'nationwide only applies with municipality'],
  ])('answers 400 with what to fix for %s', async (query, message) => {
    const { status, body } = await ctx.get(`/api/search?${query}`);
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain(message);
    expect(body.error.requestId).toBeTruthy();
  });
});

describe('GET /api/suggest', () => {
  let ctx: Ctx;
  beforeAll(async () => {
    ctx = await createSearchApp();
  });

  it('suggests need themes and service names for a word being typed', async () => {
    const { status, body } = await ctx.get('/api/suggest?q=velkan&lang=fi');
    expect(status).toBe(200);
    expect(body.suggestions).toContainEqual({
      text: 'Velat ja raha-asiat',
      themeId: 'debt-and-money',
    });
    expect(body.suggestions).toContainEqual({
      text: 'Talous- ja velkaneuvonta',
      serviceId: ctx.data.services.debtAdvice.id,
    });
  });

  it('keeps to the limit asked for and refuses an empty query', async () => {
    const { body } = await ctx.get('/api/suggest?q=ve&limit=1');
    expect(body.suggestions.length).toBeLessThanOrEqual(1);
    const empty = await ctx.get('/api/suggest?q=%20');
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('q is required');
  });
});

describe('GET /api/openapi.json', () => {
  it('documents search, suggest and match with their parameters', async () => {
    const { get } = await createSearchApp();
    const { body } = await get('/api/openapi.json');
    const params = body.paths['/api/search'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(
      expect.arrayContaining([
        'q',
        'lang',
        'municipality',
        'theme',
        'openNow',
        'lat',
        'lon',
        'limit',
        'offset',
      ]),
    );
    expect(body.paths['/api/suggest'].get).toBeDefined();
    expect(body.paths['/api/match'].post.requestBody).toBeDefined();
  });
});
