import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../search/contract.ts';
import {
  createThemeDetector,
  matchNeeds,
  vocabularyWithNames,
  type MatchDeps,
  type MatchRequest,
  type ThemeVocabulary,
} from '../../search/match/index.ts';
import { classificationIndex, needThemes } from '../../search/needs/index.ts';
import { testAnalyzer } from '../helpers/app.ts';
import { matchDepsFor } from './helpers/match-deps.ts';

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

/** A small vocabulary of made-up themes, so a test does not depend on themes.json. */
function vocabulary(
  themes: Record<string, { words: string[]; weak?: string[] }>,
): ThemeVocabulary[] {
  return Object.entries(themes).map(([id, { words, weak = [] }]) => ({
    id,
    labels: { fi: id, sv: id, en: id },
    words: { fi: words, sv: [], en: [] },
    weakWords: { fi: weak, sv: [], en: [] },
  }));
}

describe('theme detection', () => {
  const detector = createThemeDetector(
    testAnalyzer(),
    vocabularyWithNames(needThemes, classificationIndex),
  );
  const ids = (text: string, lang: 'fi' | 'sv' | 'en' = 'fi') =>
    detector.detect(text, lang).map((t) => t.id);

  it('reads inflected and colloquial Finnish into the themes of its lay words', () => {
    expect(ids('rahat loppuu kesken kuun')[0]).toBe('debt-and-money');
    expect(detector.detect('velkoja on kertynyt', 'fi')[0]).toMatchObject({
      id: 'debt-and-money',
      words: expect.arrayContaining(['velka']),
    });
    expect(ids('vuokrarästejä ja häätöuhka')[0]).toBe('housing-and-homelessness');
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
    expect(ids('tarvitsee apua')).toEqual([]);
  });

  it('puts a need named outright first, even when told last and with fewer words', () => {
    const found = detector.detect(
      'rahat ei riitä mihinkään, velkaa on, tarvitsen ruoka-apua',
      'fi',
    );
    expect(found[0]).toMatchObject({ id: 'food-aid', named: true });
    expect(found.find((t) => t.id === 'debt-and-money')).toMatchObject({ named: false });
  });

  it('shows each word found once, as the vocabulary writes it', () => {
    const [debt] = detector.detect('velkoja on kertynyt', 'fi');
    expect(debt).toMatchObject({ id: 'debt-and-money', words: ['velka'] });
  });

  it('takes the description and the names of a theme’s classes and terms as weak words', () => {
    const breakup = vocabularyWithNames(needThemes, classificationIndex).find(
      (t) => t.id === 'relationships-and-breakup',
    )!;
    expect(breakup.weakWords!.fi).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Tukea parisuhteeseen/), 'Elatusapu']),
    );
    expect(breakup.weakWords!.sv).toContain('Underhåll');
  });

  it('counts a description or classification name as weaker evidence than a lay word', () => {
    const weak = createThemeDetector(
      testAnalyzer(),
      vocabulary({ health: { words: ['lääkäri'], weak: ['Rokotukset ja terveysneuvonta.'] } }),
    );
    expect(weak.detect('rokotuksia', 'fi')).toEqual([]);
    expect(weak.detect('rokotuksia ja terveysneuvontaa', 'fi')[0]).toMatchObject({ id: 'health' });
    expect(weak.detect('lääkärille', 'fi')[0]!.score).toBeGreaterThan(
      weak.detect('rokotuksia ja terveysneuvontaa', 'fi')[0]!.score,
    );
  });

  it('counts a word less for a theme when another theme says it in a whole phrase', () => {
    const themes = createThemeDetector(
      testAnalyzer(),
      vocabulary({ parenting: { words: ['uupunut äiti'] }, mood: { words: ['uupunut'] } }),
    );
    expect(themes.detect('uupunut äiti', 'fi').map((t) => t.id)).toEqual(['parenting']);
    expect(themes.detect('uupunut', 'fi').map((t) => t.id)).toEqual(['mood']);
  });

  it('reads a phrase saying a lack only from a text with a negation', () => {
    const themes = createThemeDetector(
      testAnalyzer(),
      vocabulary({ lonely: { words: ['ei ole ystäviä'] } }),
    );
    expect(themes.detect('ystävä kuoli', 'fi')).toEqual([]);
    expect(themes.detect('hänellä ei ole ystäviä', 'fi').map((t) => t.id)).toEqual(['lonely']);
    expect(themes.detect('sanoo ettei ole ystäviä', 'fi').map((t) => t.id)).toEqual(['lonely']);
  });

  it('takes a label as naming the need only when it names a kind of help', () => {
    const labelled = createThemeDetector(testAnalyzer(), [
      {
        ...vocabulary({ alone: { words: ['yksin'] } })[0]!,
        labels: { fi: 'Yksinäisyys', sv: 'Ensamhet', en: 'Loneliness' },
      },
      {
        ...vocabulary({ food: { words: ['nälkä'] } })[0]!,
        labels: { fi: 'Ruoka-apu', sv: 'Matbistånd', en: 'Food aid' },
      },
    ]);
    const found = labelled.detect('yksinäisyys ja ruoka-apu', 'fi');
    expect(found.find((t) => t.id === 'alone')).toMatchObject({ named: false });
    expect(found.find((t) => t.id === 'food')).toMatchObject({ named: true });
  });

  it('gives the lay words of the word families found, not compounds of them', () => {
    const themes = createThemeDetector(
      testAnalyzer(),
      vocabulary({ mood: { words: ['masentunut', 'masennus', 'masennusryhmä'] } }),
    );
    expect(themes.detect('olen masentunut', 'fi')[0]).toMatchObject({ family: ['masennus'] });
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
  // In Salo: older people's services, one also for loneliness; social assistance by its own
  // class (P4.10), by a class crisis help shares (P4.13), and by an ontology term only; housing
  // for everyone and for young people only.
  const salo = (fi: string, overrides: Partial<SearchDocument>) =>
    doc({ fi, municipalities: ['734'], ...overrides });
  const centre = salo('Keskus', {
    themes: ['older-people', 'loneliness'],
    targetGroups: ['KR1.1'],
  });
  const club = salo('Kerho', { themes: ['older-people'], targetGroups: ['KR1.1'] });
  // Made in the reverse of the expected order: ids break ties, so the order must come from ranking.
  const termOnly = salo('Tuki', { themes: ['social-assistance'] });
  const sharedClass = salo('Tuki', { themes: ['social-assistance'], serviceClasses: ['P4.13'] });
  const ownClass = salo('Tuki', { themes: ['social-assistance'], serviceClasses: ['P4.10'] });
  const forYouth = salo('Asunto', {
    themes: ['housing-and-homelessness'],
    targetGroups: ['KR1.3'],
  });
  const forAll = salo('Asunto', { themes: ['housing-and-homelessness'], targetGroups: ['KR1'] });
  const customerService = doc({ fi: 'Asiakasneuvonta', municipalities: ['734'] });
  // Substance use services in Salo: one says the client's need word, one more of the context.
  const alcohol = salo('Tukipiste', {
    themes: ['substance-use'],
    summary: { fi: 'Apua, kun alkoholi vie.' },
  });
  const lostJob = salo('Tukipiste', {
    themes: ['substance-use'],
    summary: { fi: 'Työpaikan menettäneille: kun menetti työpaikan.' },
  });
  let deps: MatchDeps;

  beforeAll(async () => {
    deps = await matchDepsFor([
      ...[parish, local, remote, line, elsewhere, circle, swedish],
      ...[centre, club, ownClass, sharedClass, termOnly, forAll, forYouth, customerService],
      ...[lostJob, alcohol],
    ]);
  });

  it('lists the services of the themes found, in the client’s municipality and nationwide', async () => {
    const result = await matchNeeds(deps, {
      needs: 'rahat loppuu kesken kuun',
      municipality: '853',
      lang: 'fi',
    });
    // "rahat loppuu" is said of social assistance too, less often.
    expect(result.themes[0]).toEqual(
      expect.objectContaining({ id: 'debt-and-money', source: 'words', total: 4 }),
    );
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
    // Disabled people (KR1.6) are not an age group: the theme suits an older client too.
    const disabled = await matchNeeds(deps, {
      needs: 'vammainen ja tarvitsee apuvälineitä',
      municipality: '853',
      lang: 'fi',
      ageGroup: 'older',
    });
    expect(disabled.themes.map((t) => t.id)).toContain('disability');
  });

  it('ranks a service whose own class is central to the theme above one in it by a shared class or a term', async () => {
    const result = await matchNeeds(deps, {
      themes: ['social-assistance'],
      municipality: '734',
      lang: 'fi',
    });
    expect(result.hits.map((h) => h.id)).toEqual([ownClass.id, sharedClass.id, termOnly.id]);
  });

  it('ranks a service for young people only below one for everyone unless the client is young', async () => {
    const ids = async (ageGroup?: MatchRequest['ageGroup']) =>
      (
        await matchNeeds(deps, {
          themes: ['housing-and-homelessness'],
          municipality: '734',
          lang: 'fi',
          ageGroup,
        })
      ).hits
        .filter((h) => h.theme === 'housing-and-homelessness')
        .map((h) => h.id);
    expect(await ids()).toEqual([forAll.id, forYouth.id]);
    expect(await ids('older')).toEqual([forAll.id, forYouth.id]);
    expect(await ids('youth')).toEqual([forYouth.id, forAll.id]);
  });

  it('lists under the age group’s theme only its services for the needs told', async () => {
    const result = await matchNeeds(deps, {
      themes: ['debt-and-money'],
      municipality: '734',
      lang: 'fi',
      ageGroup: 'older',
    });
    expect(result.hits.filter((h) => h.theme === 'older-people')).toEqual([]);
    const lonely = await matchNeeds(deps, {
      themes: ['debt-and-money', 'loneliness'],
      municipality: '734',
      lang: 'fi',
      ageGroup: 'older',
      perTheme: 1,
    });
    expect(lonely.hits.map((h) => h.id)).toContain(centre.id);
    expect(lonely.hits.map((h) => h.id)).not.toContain(club.id);
  });

  it('does not search by the words an advisor uses for the client', async () => {
    const result = await matchNeeds(deps, {
      needs: 'asiakkaalla on huolia',
      municipality: '734',
      lang: 'fi',
    });
    expect(result.hits.map((h) => h.id)).not.toContain(customerService.id);
  });

  it('weighs the client’s words that point to the theme above the rest of the text', async () => {
    const result = await matchNeeds(deps, {
      needs: 'menetti työpaikkansa ja alkoholi maistuu',
      municipality: '734',
      lang: 'fi',
    });
    const substance = result.hits.filter((h) => h.theme === 'substance-use').map((h) => h.id);
    expect(substance.slice(0, 2)).toEqual([alcohol.id, lostJob.id]);
  });
});
