import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps, type MatchHit } from '../../../search/match/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { detectedTheme, matchDepsFor } from '../helpers/match-deps.ts';

// Two services of one theme, alike but for whom they are for.
const forYouth = buildSearchDocument({
  name: { fi: 'Palvelu A' },
  themes: ['loneliness'],
  targetGroups: ['KR1.3'],
});
const forOlder = buildSearchDocument({
  name: { fi: 'Palvelu B' },
  themes: ['loneliness'],
  targetGroups: ['KR1.1'],
});
const forAll = buildSearchDocument({
  name: { fi: 'Palvelu C' },
  themes: ['loneliness'],
  targetGroups: ['KR1'],
});
const forFamilies = buildSearchDocument({
  name: { fi: 'Palvelu D' },
  themes: ['loneliness', 'family-and-parenting'],
  targetGroups: ['KR1.2'],
});
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([forYouth, forOlder, forAll, forFamilies]);
});

const hitsFor = async (needs: string) => (await matchNeeds(deps, { needs, lang: 'fi' })).hits;
const score = (hits: MatchHit[], id: string) => hits.find((h) => h.id === id)!.score;

describe('the age the text states', () => {
  it('fits services to the age stated when the advisor gives none', async () => {
    const hits = await hitsFor('olen 16 ja tosi yksinäinen');
    expect(hits[0]!.id).toBe(forYouth.id);
    expect(hits[0]!.reasons).toContainEqual({ kind: 'age-group', ageGroup: 'youth' });
    expect(score(hits, forOlder.id)).toBeLessThan(score(hits, forAll.id));
  });

  it('fits services for older people fully when the text speaks of a parent', async () => {
    const hits = await hitsFor('äiti on yksinäinen');
    expect(score(hits, forOlder.id)).toBe(score(hits, forAll.id));
  });

  it('fits services for older people less when nothing speaks of an older person', async () => {
    const hits = await hitsFor('mieheni on yksinäinen');
    expect(score(hits, forOlder.id)).toBeLessThan(score(hits, forAll.id));
  });

  it('fits services for families to a young person, a family’s child until 18', async () => {
    const hits = await hitsFor('olen 16 ja tosi yksinäinen');
    expect(score(hits, forFamilies.id)).toBe(score(hits, forAll.id));
    const family = await matchNeeds(
      {
        ...deps,
        detector: { detect: () => [detectedTheme('family-and-parenting', 1, 1)] },
        types: undefined,
      },
      { needs: 'teksti', lang: 'fi', ageGroup: 'youth' },
    );
    expect(family.themes.map((t) => t.id)).toContain('family-and-parenting');
  });
});
