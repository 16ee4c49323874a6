import { afterAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../../search/analysis/index.ts';
import { createThemeDetector, vocabularyWithNames } from '../../../search/match/index.ts';
import { helpNamer } from '../../../search/match/help-nouns.ts';
import { classificationIndex, needThemes } from '../../../search/needs/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

const detector = createThemeDetector(
  testAnalyzer(),
  vocabularyWithNames(needThemes, classificationIndex),
);
const ids = (text: string, lang: 'fi' | 'sv' | 'en') =>
  detector.detect(text, lang).map((t) => t.id);

describe('everyday wording of needs', () => {
  it.each([
    ['fi', 'tytär viiltelee ja satuttaa itseään', 'mental-health'],
    ['sv', 'min son skadar sig själv', 'mental-health'],
    ['en', 'my brother overdosed on benzos', 'substance-use'],
    ['fi', 'veli käyttää piriä ja otti yliannostuksen', 'substance-use'],
    ['sv', 'mitt ex skickar hotfulla meddelanden', 'violence-and-safety'],
    ['en', 'my ex-husband is a stalker and sends death threats', 'violence-and-safety'],
    ['fi', 'pojalla on Downin oireyhtymä', 'disability'],
    ['en', 'our son has cerebral palsy', 'disability'],
    ['fi', 'palkka ulosotossa ja karhukirjeitä tulee', 'debt-and-money'],
    ['sv', 'vi har inget att äta och barnen är hungriga', 'food-aid'],
    [
      'en',
      'looking after my husband since his stroke, I need a break from caring',
      'caring-for-a-relative',
    ],
    ['fi', 'isä unohtaa lääkkeet ja eksyi kaupasta kotiin', 'memory-disorders'],
    ['fi', 'jäin työttömäksi ja etsin töitä', 'work-and-activity'],
    ['en', 'I lost my job in March', 'work-and-activity'],
    // A wish for work, said alone, is the need itself.
    ['fi', 'haluan töihin', 'work-and-activity'],
    ['sv', 'jag söker jobb', 'work-and-activity'],
    ['en', 'I want to find a job', 'work-and-activity'],
  ] as const)('reads %s "%s" as %s', (lang, text, theme) => {
    expect(ids(text, lang)).toContain(theme);
  });

  it('finds no need in an errand that shares no situation', () => {
    expect(ids('where can I park my car near the town hall', 'en')).toEqual([]);
    expect(ids('jag vill lära mig spela gitarr', 'sv')).toEqual([]);
    expect(ids('mistä saan rakennusluvan autotallille', 'fi')).toEqual([]);
  });

  it.each([
    ['fi', 'mies kaatui pyörällä'],
    ['fi', 'tytär juo maitoa aamulla'],
    ['fi', 'soitin eilen ja kysyin aukioloajoista'],
    ['fi', 'en usko että ehdin ajoissa'],
    ['sv', 'det är jobbigt att välja färg'],
    ['sv', 'jag tror att det regnar i morgon'],
    ['en', 'he broke a glass in the kitchen'],
    ['en', 'the company I work for has a new office'],
    ['en', 'I fell off my bike'],
    ['en', 'I drink coffee every morning'],
    ['en', 'you can contact us by phone'],
    // Going to work says where the client is in the day, not that work is what they need.
    ['fi', 'lähden töihin seitsemältä'],
    ['fi', 'myöhästyin töistä'],
    ['en', 'my job starts at eight'],
  ] as const)('finds no need in the everyday %s "%s"', (lang, text) => {
    expect(ids(text, lang)).toEqual([]);
  });

  it('reads playing a sport as a sport, not as gambling', () => {
    expect(ids('poika pelaa jalkapalloa', 'fi')).toEqual(['exercise-and-wellbeing']);
  });
});

describe('light verbs in the vocabulary', () => {
  it('does not read a light verb as a word the analyser also derives from it', () => {
    // Voikko reads "tekemistä" as "tekemä" and as "tehdä": "teki", "en tehnyt" say only the verb.
    expect(ids('en tehnyt mitään väärää', 'fi')).toEqual([]);
    expect(ids('mun paras kaveri teki sen eikä kertonut mitään', 'fi')).not.toContain(
      'culture-and-leisure',
    );
  });

  it('still reads the phrase as written', () => {
    expect(ids('päivät on pitkiä eikä ole mitään tekemistä', 'fi')).toContain(
      'culture-and-leisure',
    );
    expect(ids('tulin Suomeen viime vuonna', 'fi')).toEqual(['immigration-and-language']);
  });
});

describe('words the analyser reads two ways', () => {
  it('reads a phrase word only as the readings near it as written', () => {
    // "muista" is "muistaa" and "muu": "muita" is only "muu".
    expect(ids('en tiedä ketä muita voisi kysyä', 'fi')).not.toContain('memory-disorders');
    expect(ids('äiti ei muista syödä', 'fi')).toContain('memory-disorders');
  });
});

describe("participles in the client's text", () => {
  const fallback = createAnalyzer({ voikko: 'off' });
  afterAll(() => fallback.close());
  const detectors = [
    ['the analyser of the tests', detector],
    [
      'the fallback analyser',
      createThemeDetector(fallback, vocabularyWithNames(needThemes, classificationIndex)),
    ],
  ] as const;

  it.each(detectors)('meet the verbs of the vocabulary with %s', (_, d) => {
    const found = (text: string) => d.detect(text, 'fi').map((t) => t.id);
    expect(found('työnantaja ei ole maksanut palkkaa')).toContain('legal-aid');
    expect(found('isä on juonut taas koko viikon')).toContain('substance-use');
    expect(found('äiti on kaatunut kotona')).toContain('older-people');
  });
});

describe('naming the help', () => {
  const analyzer = testAnalyzer();
  const names = (phrase: string) =>
    helpNamer(
      analyzer,
      'sv',
    )(analyzer.analyzeQuery(`${phrase} `, 'sv').filter((t) => t.terms.length > 0));

  it('does not take "hemma" or "hem" of where something happens as a home to go to', () => {
    expect(names('rädd hemma')).toBe(false);
    expect(names('hittar inte hem')).toBe(false);
    expect(names('hjälp i hemmet')).toBe(true);
    expect(names('skyddshem')).toBe(true);
  });
});
