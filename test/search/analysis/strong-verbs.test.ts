import { afterAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../search/analysis/index.ts';
import { createAnalyzer } from '../../../search/analysis/index.ts';

describe('past forms of strong verbs in Swedish and English', () => {
  const analyzer = createAnalyzer({ voikko: 'off' });
  afterAll(() => analyzer.close());
  const terms = (text: string, lang: Lang, verbs: boolean) =>
    analyzer.analyzeQuery(`${text} `, lang, { verbs }).flatMap((t) => t.terms);

  it('says the verb of a past form when a query asks for verbs', () => {
    for (const [past, present, lang] of [
      ['slog', 'slår', 'sv'],
      ['dog', 'dör', 'sv'],
      ['söp', 'super', 'sv'],
      ['died', 'die', 'en'],
      ['fought', 'fight', 'en'],
      ['forgot', 'forget', 'en'],
    ] as const) {
      const found = terms(past, lang, true);
      expect(
        terms(present, lang, false).filter((k) => found.includes(k)),
        past,
      ).not.toEqual([]);
    }
  });

  it('leaves documents, ordinary queries and light verbs without a verb', () => {
    expect(terms('slog', 'sv', false)).not.toContain(terms('slår', 'sv', false)[0]);
    expect(analyzer.analyzeDocument('Han slog henne', 'sv')).not.toContain(
      terms('slår', 'sv', false)[0],
    );
    expect(terms('fick', 'sv', true)).toEqual(terms('fick', 'sv', false));
    expect(terms('left', 'en', true)).toEqual(terms('left', 'en', false));
  });
});
