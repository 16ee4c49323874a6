import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../search/contract.ts';
import { createEmbeddedEngine } from '../../search/embedded/index.ts';
import {
  createThemeDetector,
  matchNeeds,
  type MatchDeps,
  type MatchRequest,
} from '../../search/match/index.ts';
import { needThemes } from '../../search/needs/index.ts';
import { testAnalyzer } from '../helpers/app.ts';

let sequence = 0;
function doc(overrides: Partial<SearchDocument> & { fi: string; about?: string }): SearchDocument {
  const { fi, about, ...rest } = overrides;
  return {
    id: `00000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`,
    name: { fi },
    alternativeName: {},
    summary: about ? { fi: about } : {},
    body: {},
    keywords: {},
    classificationNames: [],
    organizationIds: [],
    organizationNames: [],
    organizationKinds: ['association'],
    responsibleOrganizationId: null,
    serviceClasses: [],
    ontologyTerms: [],
    targetGroups: [],
    lifeEvents: [],
    themes: [],
    municipalities: ['853'],
    nationwide: false,
    languages: ['fi'],
    free: true,
    channelModes: ['visit'],
    accessible: false,
    locations: [],
    hours: [],
    schedules: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...rest,
  };
}

describe('theme detection', () => {
  const detector = createThemeDetector(testAnalyzer(), needThemes);
  const ids = (text: string, lang: 'fi' | 'sv' | 'en' = 'fi') =>
    detector.detect(text, lang).map((t) => t.id);

  it('reads inflected and colloquial Finnish into the themes of its lay words', () => {
    expect(ids('rahat loppuu kesken kuun')).toEqual(['debt-and-money']);
    expect(detector.detect('velkoja on kertynyt', 'fi')[0]).toMatchObject({
      id: 'debt-and-money',
      words: expect.arrayContaining(['velka']),
    });
    expect(ids('vuokrarästejä ja häätöuhka')).toEqual(['housing-and-homelessness']);
    expect(ids('omaishoitajana en jaksa')[0]).toBe('caring-for-a-relative');
  });

  it('finds several needs in one text, and Swedish and English ones', () => {
    expect(ids('mieheni juo liikaa ja lyö minua')).toEqual(
      expect.arrayContaining(['substance-use', 'violence-and-safety']),
    );
    expect(ids('jag har skulder och känner mig ensam', 'sv')).toEqual(
      expect.arrayContaining(['loneliness', 'debt-and-money']),
    );
    expect(ids('I feel lonely', 'en')).toEqual(['loneliness']);
  });

  it('needs every word of a phrase whole, and does not pick a theme from a word many themes share', () => {
    // "tarvitsen apua nyt" (crisis) is not said by "tarvitsen ruoka-apua".
    expect(ids('tarvitsen ruoka-apua')).toEqual(['food-aid']);
    // "äiti" appears in five themes' phrases; "yksinäinen" only in loneliness.
    expect(ids('äiti on yksinäinen')).toEqual(['loneliness']);
    expect(ids('hyvää huomenta')).toEqual([]);
  });
});

describe('matchNeeds', () => {
  // Same name, so only area, sector and nationwide differ; "Linja" alone speaks of money.
  const parish = doc({ fi: 'Tupa', themes: ['debt-and-money'], organizationKinds: ['parish'] });
  const local = doc({
    fi: 'Tupa',
    themes: ['debt-and-money'],
    organizationKinds: ['wellbeing_county'],
  });
  const remote = doc({
    fi: 'Tupa',
    themes: ['debt-and-money'],
    organizationKinds: ['wellbeing_county'],
    municipalities: [],
    nationwide: true,
  });
  const line = doc({
    fi: 'Linja',
    about: 'Soita, kun rahat loppuvat kesken kuun.',
    themes: ['debt-and-money'],
    municipalities: [],
    nationwide: true,
  });
  const elsewhere = doc({ fi: 'Tupa', themes: ['debt-and-money'], municipalities: ['734'] });
  const circle = doc({
    fi: 'Piiri',
    themes: ['loneliness', 'peer-support'],
    targetGroups: ['KR1.1'],
    channelModes: ['phone'],
  });
  const swedish = doc({
    fi: 'Piiri',
    themes: ['loneliness'],
    languages: ['sv'],
    organizationKinds: ['wellbeing_county'],
  });
  let deps: MatchDeps;

  beforeAll(async () => {
    const engine = createEmbeddedEngine({ analyzer: testAnalyzer(), themes: needThemes });
    await engine.replaceAll([parish, local, remote, line, elsewhere, circle, swedish]);
    deps = {
      engine,
      detector: createThemeDetector(testAnalyzer(), needThemes),
      themes: needThemes,
    };
  });

  it('lists the services of the themes found, in the client’s municipality and nationwide', async () => {
    const result = await matchNeeds(deps, {
      needs: 'rahat loppuu kesken kuun',
      municipality: '853',
      lang: 'fi',
    });
    expect(result.themes).toEqual([
      expect.objectContaining({ id: 'debt-and-money', source: 'words', total: 4 }),
    ]);
    expect(result.hits[0]).toMatchObject({
      id: line.id,
      theme: 'debt-and-money',
      reasons: expect.arrayContaining([expect.objectContaining({ kind: 'words' })]),
    });
    expect(result.hits.map((h) => h.id)).not.toContain(elsewhere.id);
  });

  it('puts a service about the need first, then local before nationwide and non-sote before sote', async () => {
    const result = await matchNeeds(deps, {
      themes: ['debt-and-money'],
      municipality: '853',
      lang: 'fi',
    });
    expect(result.hits.map((h) => h.id)).toEqual([line.id, parish.id, local.id, remote.id]);
    expect(result.hits[1]!.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'area', scope: 'municipality', municipality: '853' },
        { kind: 'sector', sector: 'non-sote' },
      ]),
    );
    expect(result.hits[3]!.reasons).toContainEqual({ kind: 'area', scope: 'nationwide' });
  });

  it('weighs the client’s language, age group and preferred channel', async () => {
    const base: MatchRequest = { themes: ['loneliness'], municipality: '853', lang: 'fi' };
    const plain = await matchNeeds(deps, base);
    expect(plain.hits.map((h) => h.id)).toEqual([circle.id, swedish.id]);
    const swedishSpeaker = await matchNeeds(deps, { ...base, language: 'sv' });
    expect(swedishSpeaker.hits[0]).toMatchObject({
      id: swedish.id,
      reasons: expect.arrayContaining([{ kind: 'language', language: 'sv' }]),
    });
    const older = await matchNeeds(deps, {
      ...base,
      language: 'sv',
      ageGroup: 'older',
      channel: 'phone',
    });
    expect(older.hits[0]).toMatchObject({
      id: circle.id,
      reasons: expect.arrayContaining([
        { kind: 'age-group', ageGroup: 'older' },
        { kind: 'channel', channel: 'phone' },
      ]),
    });
    expect(older.themes.map((t) => [t.id, t.source])).toEqual([
      ['loneliness', 'chosen'],
      ['older-people', 'age-group'],
    ]);
  });

  it('lists a service once, under its first theme, and at most perTheme per theme', async () => {
    const result = await matchNeeds(deps, {
      themes: ['loneliness', 'peer-support', 'debt-and-money'],
      municipality: '853',
      lang: 'fi',
      perTheme: 1,
    });
    expect(result.hits.map((h) => [h.theme, h.id])).toEqual([
      ['loneliness', circle.id],
      ['debt-and-money', line.id],
    ]);
  });

  it('leaves out a theme for another age group than the client’s', async () => {
    const adult = await matchNeeds(deps, {
      needs: 'uupunut äiti',
      municipality: '853',
      lang: 'fi',
    });
    expect(adult.themes.map((t) => t.id)).toContain('family-and-parenting');
    const older = await matchNeeds(deps, {
      needs: 'uupunut äiti',
      municipality: '853',
      lang: 'fi',
      ageGroup: 'older',
    });
    expect(older.themes.map((t) => t.id)).not.toContain('family-and-parenting');
  });
});
