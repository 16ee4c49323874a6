import { describe, expect, it } from 'vitest';
import type { MatchHit, MatchResponse } from '../../web/lib/api-types.ts';
import { groupMatches, reasonText } from '../../web/lib/match.ts';

const hit = (id: string, theme: string | null): MatchHit => ({
  id,
  name: { value: id, lang: 'fi', fallback: false },
  summary: null,
  organization: null,
  channels: [],
  municipalities: [],
  nationwide: true,
  languages: ['fi'],
  free: null,
  theme,
  score: 1,
  reasons: [],
});

const debt = {
  id: 'debt-and-money',
  label: 'Velat ja raha-asiat',
  source: 'words' as const,
  words: ['velka'],
  total: 3,
};

describe('grouping match hits for the advisor', () => {
  it('lists hits under their themes in the order the API gave, then those of the words alone', () => {
    const data: MatchResponse = {
      themes: [debt],
      hits: [hit('a', 'debt-and-money'), hit('b', null), hit('c', 'debt-and-money')],
      next: [],
    };
    expect(groupMatches(data).map((g) => [g.theme?.id ?? null, g.hits.map((h) => h.id)])).toEqual([
      ['debt-and-money', ['a', 'c']],
      [null, ['b']],
    ]);
  });

  it('shows the words-alone hits when no theme was read from the words', () => {
    const groups = groupMatches({ themes: [], hits: [hit('a', null), hit('b', null)] });
    expect(groups).toEqual([{ theme: null, hits: [hit('a', null), hit('b', null)] }]);
  });

  it('adds no words-alone group when the words found nothing outside the themes', () => {
    const groups = groupMatches({ themes: [debt], hits: [hit('a', 'debt-and-money')] });
    expect(groups.map((g) => g.theme?.id)).toEqual(['debt-and-money']);
  });
});

describe('why a hit matched', () => {
  it('names the kind of service in the page language, as the API labelled it', () => {
    const reason = {
      kind: 'service-type' as const,
      type: 'debt-adjustment',
      label: 'Skuldsanering',
    };
    expect(reasonText(reason, 'sv', () => '')).toBe('tjänsteform: Skuldsanering');
    expect(reasonText({ ...reason, label: 'Velkajärjestely' }, 'fi', () => '')).toBe(
      'palvelumuoto: Velkajärjestely',
    );
  });
});
