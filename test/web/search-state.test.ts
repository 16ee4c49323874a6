import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  groupOfParam,
  hasFilters,
  parseSearchState,
  toApiParams,
  toPageParams,
  without,
} from '../../web/lib/search-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads filters with the API parameter names and drops values that are not valid', () => {
    const s = parse(
      'q=+velka+&municipality=853&municipality=abc&theme=debt-and-money&theme=nope&organizationKind=parish&organizationKind=church&channel=phone&free=true&openNow=true&page=2',
    );
    expect(s).toMatchObject({
      q: 'velka',
      municipalities: ['853'],
      themes: ['debt-and-money'],
      kinds: ['parish'],
      modes: ['phone'],
      free: true,
      openNow: true,
      accessible: false,
      page: 2,
      sort: 'relevance',
    });
  });

  it('reads comma-separated lists, as the API writes them in its widenings', () => {
    expect(parse('municipality=853,202&theme=food-aid,debt-and-money').municipalities).toEqual([
      '853',
      '202',
    ]);
  });

  it('sorts by distance by default when a location is given, and never without one', () => {
    expect(parse('lat=60.45&lon=22.26').sort).toBe('distance');
    expect(parse('sort=distance').sort).toBe('relevance');
    expect(parse('lat=95&lon=22').near).toBeNull();
  });

  it('writes the same state back to the same URL, defaults left out', () => {
    const query = 'q=velka&municipality=853&theme=debt-and-money&free=true&openNow=true';
    expect(toPageParams(parse(query)).toString()).toBe(query);
  });

  it('asks the API for the language and the page', () => {
    const api = toApiParams(parse('q=ruoka&page=3'), 'sv');
    expect(Object.fromEntries(api)).toEqual({
      q: 'ruoka',
      lang: 'sv',
      sort: 'relevance',
      limit: '20',
      offset: '40',
    });
  });

  it('removes one filter value or a whole group and goes back to the first page', () => {
    const s = parse('municipality=853&municipality=202&free=true&page=4');
    expect(without(s, 'municipalities', '853')).toMatchObject({ municipalities: ['202'], page: 1 });
    expect(without(s, 'free')).toMatchObject({ free: false });
    expect(activeFilters(s)).toEqual([
      { group: 'municipalities', value: '853' },
      { group: 'municipalities', value: '202' },
      { group: 'free', value: 'true' },
    ]);
    expect(hasFilters(parse('q=x'))).toBe(false);
  });

  it('knows which filter an API parameter or facet is', () => {
    expect(groupOfParam('organizationKind')).toBe('kinds');
    expect(groupOfParam('municipalities')).toBe('municipalities');
    expect(groupOfParam('lang')).toBeUndefined();
  });
});
