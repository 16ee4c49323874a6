import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { detectedTheme, matchDepsFor } from '../helpers/match-deps.ts';

// Debt is named, so found first; of its services only one is about the words, the others are only in it.
const debtAdvice = buildSearchDocument({
  name: { fi: 'Velkaneuvonta' },
  summary: { fi: 'Apua velkoihin.' },
  themes: ['debt-and-money'],
});
const debtTail = ['Kuluttajaneuvonta', 'Talousneuvonta'].map((name) =>
  buildSearchDocument({ name: { fi: name }, themes: ['debt-and-money'] }),
);
const befriending = buildSearchDocument({
  name: { fi: 'Ystäväpalvelu yksinäisille' },
  summary: { fi: 'Vapaaehtoinen ystävä yksinäiselle, joka kaipaa seuraa.' },
  themes: ['loneliness'],
});
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([debtAdvice, ...debtTail, befriending]);
});

describe('the order of the hits', () => {
  it('lists a strong second need before the weak tail of the first, each hit keeping its theme', async () => {
    const result = await matchNeeds(deps, {
      needs: 'tarvitsen velkaneuvontaa, olen myös yksinäinen ja kaipaan seuraa',
      municipality: '853',
      lang: 'fi',
    });
    expect(result.themes.map((t) => t.id).slice(0, 2)).toEqual(['debt-and-money', 'loneliness']);
    const ids = result.hits.map((h) => h.id);
    expect(ids.indexOf(befriending.id)).toBeLessThan(ids.indexOf(debtTail[0]!.id));
    expect(result.hits.find((h) => h.id === befriending.id)?.theme).toBe('loneliness');
  });

  it('lists the chosen themes first, in the order chosen, however the others score', async () => {
    const result = await matchNeeds(deps, {
      needs: 'olen yksinäinen, kaipaan seuraa',
      themes: ['debt-and-money'],
      municipality: '853',
      lang: 'fi',
    });
    const themes = result.hits.map((h) => h.theme);
    expect(themes.lastIndexOf('debt-and-money')).toBeLessThan(themes.indexOf('loneliness'));
  });

  it('lists a service two themes share under the one it scores best in, not the first found', async () => {
    // Loneliness is found first; in it the service is only a member. Debt's type names it.
    const shared = buildSearchDocument({
      name: { fi: 'Velkaneuvonta' },
      themes: ['loneliness', 'debt-and-money'],
    });
    const lonely = buildSearchDocument({ name: { fi: 'Olohuone' }, themes: ['loneliness'] });
    const both = await matchDepsFor([shared, lonely]);
    const result = await matchNeeds(
      {
        ...both,
        detector: {
          detect: () => [detectedTheme('loneliness', 2, 1), detectedTheme('debt-and-money', 1, 1)],
        },
        types: { ...both.types!, classifier: { classify: () => [{ id: 'debt-advice', p: 0.9 }] } },
      },
      { needs: 'teksti', lang: 'fi' },
    );
    const hit = result.hits.find((h) => h.id === shared.id)!;
    expect(hit.theme).toBe('debt-and-money');
    expect(hit.reasons).toContainEqual(
      expect.objectContaining({ kind: 'service-type', type: 'debt-advice' }),
    );
    expect(result.hits[0]!.id).toBe(shared.id);
  });
});
