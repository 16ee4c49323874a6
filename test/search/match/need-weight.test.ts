import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type DetectedTheme, type MatchDeps } from '../../../search/match/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { detectedTheme, matchDepsFor } from '../helpers/match-deps.ts';

// Services whose texts say nothing of the needs: only their theme and its weight rank them.
const inTheme = (theme: string) =>
  buildSearchDocument({ name: { fi: `Palvelu ${theme}` }, themes: [theme] });
const loneliness = inTheme('loneliness');
const debt = inTheme('debt-and-money');
const crisis = inTheme('crisis');

/**
 * Matching with a detector that finds `themes` in any text, in the order given, and no service
 * types, which would bring their own themes.
 */
let real: MatchDeps;
const matchWith = (themes: DetectedTheme[]) =>
  matchNeeds(
    { ...real, detector: { detect: () => themes }, types: undefined },
    { needs: 'teksti', lang: 'fi' },
  );
const order = (hits: { id: string }[]) => hits.map((h) => h.id);

beforeAll(async () => {
  real = await matchDepsFor([loneliness, debt, crisis]);
});

describe('the weight of a need found in the text', () => {
  it('lists a theme named by a word of its own before one found only by weak evidence, though it scores less', async () => {
    const result = await matchWith([
      detectedTheme('loneliness', 2, 0.25),
      detectedTheme('debt-and-money', 1.5, 1),
    ]);
    expect(order(result.hits).slice(0, 2)).toEqual([debt.id, loneliness.id]);
  });

  it('keeps the detector’s order when the evidence is equally strong', async () => {
    const result = await matchWith([
      detectedTheme('loneliness', 2, 1),
      detectedTheme('debt-and-money', 1.5, 1),
    ]);
    expect(order(result.hits).slice(0, 2)).toEqual([loneliness.id, debt.id]);
  });

  it('lists an acute crisis first, before a help the text names', async () => {
    const result = await matchWith([
      detectedTheme('debt-and-money', 3, 1, true),
      detectedTheme('crisis', 1, 1),
    ]);
    expect(result.themes.map((t) => t.id)).toEqual(['crisis', 'debt-and-money']);
    expect(order(result.hits)[0]).toBe(crisis.id);
  });

  it('weighs a theme found by weak evidence as much as a kind of service of it the text points to', async () => {
    const themes = [
      detectedTheme('loneliness', 2, 0.8),
      detectedTheme('debt-and-money', 1.5, 0.25),
    ];
    const types = real.types!;
    const withType = await matchNeeds(
      {
        ...real,
        detector: { detect: () => themes },
        types: { ...types, classifier: { classify: () => [{ id: 'debt-advice', p: 0.9 }] } },
      },
      { needs: 'teksti', lang: 'fi' },
    );
    expect(order(withType.hits).slice(0, 2)).toEqual([debt.id, loneliness.id]);
    // By the words alone, debt weighs less.
    expect(order((await matchWith(themes)).hits).slice(0, 2)).toEqual([loneliness.id, debt.id]);
  });
});
