import { describe, expect, it } from 'vitest';
import { needThemes } from '../../search/needs/index.ts';
import { createThemeMatcher } from '../../search/themes.ts';

const none = { serviceClasses: [], ontologyTerms: [], lifeEvents: [] };

describe('createThemeMatcher', () => {
  const themesOf = createThemeMatcher(needThemes);

  it('puts a service in every theme listing one of its service classes, in vocabulary order', () => {
    const themes = themesOf({ ...none, serviceClasses: ['P15.1'] });
    expect(themes).toContain('debt-and-money');
    expect(themes).toContain('gambling');
    expect(themes.indexOf('gambling')).toBeLessThan(themes.indexOf('debt-and-money'));
  });

  it('covers subclasses of a listed class, ontology terms and life events', () => {
    const match = createThemeMatcher([
      {
        id: 'money',
        serviceClasses: ['P15'],
        ontologyTerms: ['http://www.yso.fi/onto/yso/p1'],
        targetGroups: ['KR1'],
        lifeEvents: ['KE9'],
      },
    ]);
    expect(match({ ...none, serviceClasses: ['P15.3.2'] })).toEqual(['money']);
    expect(match({ ...none, serviceClasses: ['P150'] })).toEqual([]);
    expect(match({ ...none, ontologyTerms: ['http://www.yso.fi/onto/yso/p1'] })).toEqual(['money']);
    expect(match({ ...none, lifeEvents: ['KE9'] })).toEqual(['money']);
  });

  it('does not put a service in a theme for its target group alone', () => {
    const service = { ...none, targetGroups: ['KR1', 'KR1.1', 'KR1.2'] };
    expect(themesOf(service)).toEqual([]);
  });
});
