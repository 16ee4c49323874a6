import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../search/analysis/index.ts';
import {
  trainTypeModel,
  typeClassifier,
  type TypeSample,
} from '../../../search/match/type-classifier.ts';

// Plain analysis (lower case, folding): the classifier's learning, not Finnish morphology.
const analyzer = createAnalyzer({ mode: 'plain' });
afterAll(() => analyzer.close());

const classes = [
  'debt-advice',
  'food-aid',
  'befriending',
  ...Array.from({ length: 12 }, (_, i) => `other-${i}`),
];
const samples: TypeSample[] = [
  { lang: 'fi', text: 'velkaneuvonta', types: ['debt-advice'] },
  { lang: 'fi', text: 'laskut rästissä ja perintätoimisto soittaa', types: ['debt-advice'] },
  { lang: 'fi', text: 'pikavipit kasvaa korkoa', types: ['debt-advice'] },
  { lang: 'fi', text: 'ruoka-apu', types: ['food-aid'] },
  { lang: 'fi', text: 'jääkaappi tyhjä eikä ruokaa lapsille', types: ['food-aid'] },
  { lang: 'fi', text: 'leipäjono', types: ['food-aid'] },
  { lang: 'fi', text: 'ystävä kävisi kylässä', types: ['befriending'] },
  { lang: 'fi', text: 'yksinäinen eikä kukaan soita', types: ['befriending'] },
  // A situation tells its first need first: debt, then food.
  { lang: 'fi', text: 'laskut rästissä eikä ruokaa', types: ['debt-advice', 'food-aid'] },
  // "kaupunki" is said of every kind of service: it tells none apart.
  ...classes.map((c) => ({ lang: 'fi' as const, text: `kaupunki ${c}`, types: [c] })),
];

describe('the type classifier', () => {
  const model = trainTypeModel(analyzer, classes, samples, 'test');
  const classifier = typeClassifier(analyzer, model);

  it('reads a type from words no single sample says together', () => {
    const [best] = classifier.classify('perintätoimisto ja pikavipit', 'fi');
    expect(best!.id).toBe('debt-advice');
    expect(best!.p).toBeGreaterThan(0.5);
  });

  it('gives probabilities best first, summing to at most 1', () => {
    const guesses = classifier.classify('jääkaappi tyhjä ja laskut rästissä', 'fi', 15);
    expect(
      guesses
        .map((g) => g.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['debt-advice', 'food-aid']);
    const ps = guesses.map((g) => g.p);
    expect(ps).toEqual([...ps].sort((a, b) => b - a));
    expect(ps.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });

  it('says no type for words it never learnt, nor for a short text that points nowhere', () => {
    expect(classifier.classify('xyzzy plugh', 'fi')).toEqual([]);
    expect(classifier.classify('kaupunki', 'fi')).toEqual([]);
    // Another language's terms are not this one's.
    expect(classifier.classify('velkaneuvonta', 'sv')).toEqual([]);
  });

  it('learns the same model from the same samples, keeping only weights that tell types apart', () => {
    expect(trainTypeModel(analyzer, classes, samples, 'test')).toEqual(model);
    expect(model.backend).toBe('plain');
    // One weight per type a term tells apart, as deviations from its mean: "leipäjono" is food aid's.
    const [, ...pairs] = model.terms['fi:leipäjono']!;
    const weights = new Map<number, number>();
    for (let i = 0; i < pairs.length; i += 2) weights.set(pairs[i]!, pairs[i + 1]!);
    const food = classes.indexOf('food-aid');
    expect(Math.max(...weights.values())).toBe(weights.get(food));
    expect(weights.size).toBeLessThan(classes.length);
  });
});
