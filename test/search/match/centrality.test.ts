import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../search/contract.ts';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { codeTiers } from '../../../search/match/centrality.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

const inFoodAid = (overrides: Partial<SearchDocument>) =>
  buildSearchDocument({ name: { fi: 'Jakelu' }, themes: ['food-aid'], ...overrides });

describe('codeTiers', () => {
  it('weighs a code by the number of themes listing it, whatever its kind', () => {
    const themes = [
      { id: 'a', serviceClasses: ['P1'], ontologyTerms: ['t1'], lifeEvents: ['KE1'] },
      { id: 'b', serviceClasses: ['P1'], ontologyTerms: [], lifeEvents: ['KE1'] },
    ];
    expect(codeTiers(themes, 'a')).toEqual([
      { weight: 1, filter: { ontologyTerms: ['t1'] } },
      { weight: 1 / Math.sqrt(2), filter: { serviceClasses: ['P1'] } },
      { weight: 1 / Math.sqrt(2), filter: { lifeEvents: ['KE1'] } },
    ]);
  });
});

describe('matchNeeds centrality', () => {
  // Made in the reverse of the expected order: ids break ties, so the order must come from ranking.
  const byBroadClass = inFoodAid({ serviceClasses: ['P4.12'] });
  const byOwnTerm = inFoodAid({ ontologyTerms: ['http://www.yso.fi/onto/yso/p23916'] });
  const byOwnEvent = buildSearchDocument({
    name: { fi: 'Ryhmä' },
    themes: ['grief-and-loss'],
    lifeEvents: ['KE14'],
  });
  const grievingByBroadClass = buildSearchDocument({
    name: { fi: 'Ryhmä' },
    themes: ['grief-and-loss'],
    serviceClasses: ['P4.12'],
  });
  let deps: MatchDeps;

  beforeAll(async () => {
    deps = await matchDepsFor([byBroadClass, byOwnTerm, grievingByBroadClass, byOwnEvent]);
  });

  it('ranks a service by an ontology term or life event only its theme lists above one by a class many themes share', async () => {
    const ids = async (theme: string) =>
      (await matchNeeds(deps, { themes: [theme], lang: 'fi' })).hits.map((h) => h.id);
    expect(await ids('food-aid')).toEqual([byOwnTerm.id, byBroadClass.id]);
    expect(await ids('grief-and-loss')).toEqual([byOwnEvent.id, grievingByBroadClass.id]);
  });
});
