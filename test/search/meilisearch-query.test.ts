import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../search/analysis/index.ts';
import { toMeiliDocument } from '../../search/meilisearch/documents.ts';
import { geoCellsNear, geoCellsOf } from '../../search/meilisearch/geo-cells.ts';
import { meiliFilter, meiliQueryText } from '../../search/meilisearch/query.ts';
import { meiliSettings } from '../../search/meilisearch/settings.ts';
import { buildSearchDocument, places } from './helpers/corpus.ts';

const analyzer = createAnalyzer({ voikko: 'off' });

describe('Meilisearch mapping', () => {
  it('turns filters into a Meilisearch filter, nationwide services included unless excluded', () => {
    expect(
      meiliFilter({
        municipalities: ['853', '202'],
        organizationKinds: ['parish'],
        free: true,
        accessible: false,
      }),
    ).toEqual([
      '(municipalities IN ["853", "202"] OR nationwide = true)',
      'organizationKinds IN ["parish"]',
      'free = true',
      'accessible = false',
    ]);
    expect(meiliFilter({ municipalities: ['853'], includeNationwide: false })).toEqual([
      'municipalities IN ["853"]',
    ]);
    expect(meiliFilter({ themes: ['say "hi"'] })).toEqual(['themes IN ["say \\"hi\\""]']);
    expect(meiliFilter({ ids: ['a', 'b'], languages: ['sv'] })).toEqual([
      'id IN ["a", "b"]',
      'languages IN ["sv"]',
    ]);
  });

  it('narrows a distance filter to the grid cells around the point', () => {
    const [filter] = meiliFilter({ near: { ...places.turku, radiusKm: 5 } });
    const home = geoCellsOf([places.turku])[0]!;
    expect(filter).toContain(`"${home}"`);
    expect(filter).not.toContain(`"${geoCellsOf([places.salo])[0]}"`);
    expect(geoCellsNear(places.turku.lat, places.turku.lon, 2000)).toBeNull();
  });

  it('sends each query word as its analysed base form, the word being typed as typed', () => {
    expect(meiliQueryText(analyzer, 'omaishoitajien omaish', 'fi')).toBe(
      `${analyzer.analyzeQuery('omaishoitajien ', 'fi')[0]!.terms[0]} omaish`,
    );
    expect(meiliQueryText(analyzer, '  ', 'fi')).toBe('');
  });

  it('stores analysed terms per field and language, raw names, and what post-filters need', () => {
    const doc = buildSearchDocument({
      name: { fi: 'Omaishoitajien vertaistukiryhmä', sv: 'Kamratstöd' },
      locations: [{ ...places.turku, municipalityCode: '853' }],
    });
    const meili = toMeiliDocument(doc, analyzer);
    expect(meili.terms_name_fi).toBe(
      analyzer.analyzeDocument('Omaishoitajien vertaistukiryhmä', 'fi').join(' '),
    );
    expect(meili.name_sv).toBe('Kamratstöd');
    expect(meili.name_en).toBeUndefined();
    expect(meili.nameSort_en).toBe('omaishoitajien vertaistukiryhm{b');
    expect(meili.geoCells).toEqual(geoCellsOf([places.turku]));
    expect(meili.schedules).toBe(doc.schedules);
  });

  it('declares every attribute the engine filters, sorts and ranks on', () => {
    expect(meiliSettings.filterableAttributes).toEqual(
      expect.arrayContaining(['id', 'municipalities', 'nationwide', 'free', 'geoCells', 'themes']),
    );
    expect(meiliSettings.sortableAttributes).toEqual([
      'id',
      'nameSort_fi',
      'nameSort_sv',
      'nameSort_en',
    ]);
    expect(meiliSettings.rankingRules!.at(-1)).toBe('id:asc');
    expect(meiliSettings.searchableAttributes![0]).toBe('terms_name_fi');
  });
});
