import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../search/contract.ts';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { elsewhereTiers } from '../../../search/match/centrality.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

describe('elsewhereTiers', () => {
  it('lists the codes of the themes not found, leaving out those a found theme lists, most central first', () => {
    const themes = [
      { id: 'a', serviceClasses: ['P1'], ontologyTerms: [], lifeEvents: [] },
      { id: 'b', serviceClasses: ['P1', 'P2'], ontologyTerms: [], lifeEvents: ['KE1'] },
      { id: 'c', serviceClasses: ['P2'], ontologyTerms: ['t1'], lifeEvents: [] },
    ];
    expect(elsewhereTiers(themes, ['a'])).toEqual([
      { weight: 1, filter: { lifeEvents: ['KE1'] } },
      { weight: 1, filter: { ontologyTerms: ['t1'] } },
      { weight: 1 / Math.sqrt(2), filter: { serviceClasses: ['P2'] } },
    ]);
  });
});

// In the memory theme by the peer-support class seven themes share (P5.16), named so that browsing
// order is the reverse of the expected one.
const peerGroup = (name: string, overrides: Partial<SearchDocument>) =>
  buildSearchDocument({
    name: { fi: name },
    themes: ['memory-disorders', 'peer-support'],
    serviceClasses: ['P5.16'],
    ...overrides,
  });
// P15.1 is listed by the gambling and debt themes only.
const gamblers = peerGroup('Aa vertaisryhmä', {
  themes: ['memory-disorders', 'peer-support', 'gambling', 'debt-and-money'],
  serviceClasses: ['P5.16', 'P15.1'],
});
// KE13 is the carers' theme's, which is related to memory disorders.
const carers = peerGroup('Bb vertaisryhmä', {
  themes: ['memory-disorders', 'peer-support', 'caring-for-a-relative'],
  lifeEvents: ['KE13'],
});
const plain = peerGroup('Cc vertaisryhmä', {});
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([gamblers, carers, plain]);
});

const ids = async (themes: string[]) =>
  (await matchNeeds(deps, { themes, lang: 'fi' })).hits.map((h) => h.id);

describe('a service about another need', () => {
  it('ranks below the theme’s other services when a code of it is more central to a theme not found', async () => {
    expect(await ids(['memory-disorders'])).toEqual([carers.id, plain.id, gamblers.id]);
  });

  it('keeps its place when that theme is found too', async () => {
    expect(await ids(['memory-disorders', 'gambling'])).toEqual([gamblers.id, carers.id, plain.id]);
  });
});
