import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

// A theme larger than one search lists (200), its services in name order before the two that
// differ only in their language.
const others = Array.from({ length: 300 }, (_, i) =>
  buildSearchDocument({
    name: { fi: `Aaa palvelu ${String(i).padStart(3, '0')}` },
    themes: ['debt-and-money'],
  }),
);
const inFinnish = buildSearchDocument({
  name: { fi: 'Velkaneuvonta' },
  themes: ['debt-and-money'],
  languages: ['fi'],
});
const inSwedish = buildSearchDocument({
  name: { fi: 'Velkaneuvonta' },
  themes: ['debt-and-money'],
  languages: ['sv'],
});
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([...others, inFinnish, inSwedish]);
});

describe('matching in a large theme', () => {
  it('fits the client’s preferences to every service, not only to the first a filter lists', async () => {
    const { hits } = await matchNeeds(deps, { needs: 'tarvitsen velkaneuvontaa', lang: 'fi' });
    const finnish = hits.findIndex((h) => h.id === inFinnish.id);
    const swedish = hits.findIndex((h) => h.id === inSwedish.id);
    expect(hits[finnish]!.reasons).toContainEqual({ kind: 'language', language: 'fi' });
    expect(hits[swedish]!.reasons).not.toContainEqual({ kind: 'language', language: 'fi' });
    expect(finnish).toBeLessThan(swedish);
  });
});
