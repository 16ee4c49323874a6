import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSearch, sanitizeQuery } from '../../schema/usage/record.ts';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';
import { createWorld } from './support/world.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

describe('usage counters', () => {
  it('keeps of a failed query no digits, no identity code, lower case, at most 100 characters', () => {
    expect(sanitizeQuery('  Velkaneuvonta  131052-308T Turku 0401234567 ')).toBe(
      'velkaneuvonta turku',
    );
    expect(sanitizeQuery('Asun osoitteessa Katu 5 B 12')).toBe('asun osoitteessa katu b');
    expect(sanitizeQuery('ä'.repeat(150))).toHaveLength(100);
    expect(sanitizeQuery('040 123 4567')).toBe('');
  });

  it('counts searches per day and kind and shows admins zero-result rates and queries typed at least 3 times', async () => {
    const world = await createWorld(catalogue);
    const day = '2026-11-20';
    for (let i = 0; i < 6; i++)
      recordSearch(world.db, {
        kind: 'search',
        zeroResults: false,
        lang: 'fi',
        day,
        query: 'ruoka-apu',
      });
    for (let i = 0; i < 3; i++)
      recordSearch(world.db, {
        kind: 'search',
        zeroResults: true,
        lang: 'fi',
        day,
        query: 'Lumityöapu',
      });
    recordSearch(world.db, {
      kind: 'search',
      zeroResults: true,
      lang: 'sv',
      day,
      query: 'Kalle Virtanen',
    });
    recordSearch(world.db, { kind: 'match', zeroResults: false, lang: 'fi', day: '2026-11-21' });
    recordSearch(world.db, { kind: 'suggest', zeroResults: false, lang: 'fi', day: '2026-10-01' });
    const res = await world.request(
      'admin',
      'GET',
      '/api/admin/usage?from=2026-11-01&to=2026-11-30',
    );
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.totals.search).toEqual({ requests: 10, zeroResults: 4 });
    expect(body.totals.zeroResultRate.search).toBe(0.4);
    expect(body.totals.suggest).toEqual({ requests: 0, zeroResults: 0 });
    expect(body.days.map((d: { day: string }) => d.day)).toEqual([day, '2026-11-21']);
    expect(body.zeroResultQueries).toEqual([{ kind: 'search', query: 'lumityöapu', count: 3 }]);
  });
});
