import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../search/analysis/index.ts';

const analyzer = createAnalyzer({ voikko: 'off' });
afterAll(() => analyzer.close());
const terms = (word: string, lang: 'sv' | 'en'): string[] =>
  analyzer.analyzeQuery(`${word} `, lang)[0]!.terms;

describe('Swedish', () => {
  it.each([
    ['vården', 'vård'],
    ['barnen', 'barn'],
    ['barnens', 'barn'],
    ['familjer', 'familj'],
    ['tjänster', 'tjänst'],
    ['skulder', 'skuld'],
    ['stödet', 'stöd'],
    ['boendet', 'boende'],
    ['hemmet', 'hem'],
    ['samhället', 'samhälle'],
    ['äldreomsorgen', 'äldreomsorg'],
    ['rådgivningen', 'rådgivning'],
    ['skilsmässan', 'skilsmässa'],
    ['kyrkan', 'kyrka'],
    ['våldsamma', 'våldsam'],
    ['ensamma', 'ensam'],
  ])('matches %s to %s', (inflected, base) => {
    expect(terms(inflected, 'sv')).toEqual(terms(base, 'sv'));
  });

  it('does not cut -et from words it does not know (budget)', () => {
    expect(terms('budget', 'sv')).toEqual(['budget']);
  });

  it.each([
    ['skuldrådgivning', ['skuld', 'rådgivning']],
    ['missbrukarvården', ['missbruk', 'vård']],
    ['närståendevårdare', ['närstående', 'vårdare']],
    ['arbetslösheten', ['arbete', 'lös']],
    ['socialtjänsten', ['social', 'tjänst']],
    ['skolhälsovården', ['skola', 'hälsovård']],
  ] as const)('finds %s by each of its parts %j', (compound, parts) => {
    const document = analyzer.analyzeDocument(compound, 'sv');
    for (const part of parts)
      expect(document, part).toEqual(expect.arrayContaining(terms(part, 'sv')));
  });

  it('completes "hälso- och sjukvård" to hälsovård', () => {
    expect(analyzer.analyzeDocument('hälso- och sjukvård', 'sv')).toEqual(
      expect.arrayContaining(terms('hälsovård', 'sv')),
    );
  });

  it('leaves out Swedish stopwords', () => {
    expect(analyzer.analyzeDocument('stöd för och i hemmet', 'sv')).toEqual(['stöd', 'hem']);
  });

  it('leaves out "vill", which says a wish, not a need', () => {
    expect(analyzer.analyzeDocument('vill motionera', 'sv')).toEqual(terms('motionera', 'sv'));
  });
});

describe('English', () => {
  it.each([
    ['services', 'service'],
    ['families', 'family'],
    ['debts', 'debt'],
    ['supporting', 'support'],
    ['counselling', 'counsel'],
    ['housing', 'house'],
  ])('matches %s to %s', (inflected, base) => {
    expect(terms(inflected, 'en')).toEqual(terms(base, 'en'));
  });

  it('leaves out the pieces of contractions and "has"', () => {
    expect(analyzer.analyzeDocument("we're divorcing, she's got debts", 'en')).toEqual(
      terms('divorcing', 'en').concat(terms('got', 'en'), terms('debts', 'en')),
    );
    expect(analyzer.analyzeDocument('has debts', 'en')).toEqual(terms('debts', 'en'));
  });

  it('leaves out English stopwords', () => {
    expect(analyzer.analyzeDocument('Support for the elderly', 'en')).toEqual(
      terms('support', 'en').concat(terms('elderly', 'en')),
    );
  });
});
