import { describe, expect, it } from 'vitest';
import { createThemeDetector, vocabularyWithNames } from '../../../search/match/index.ts';
import { classificationIndex, needThemes } from '../../../search/needs/index.ts';
import { testAnalyzer } from '../../helpers/app.ts';

const detector = createThemeDetector(
  testAnalyzer(),
  vocabularyWithNames(needThemes, classificationIndex),
);
const ids = (text: string, lang: 'fi' | 'sv' | 'en') =>
  detector.detect(text, lang).map((t) => t.id);

// The ninth round's vocabulary (search/needs/README.md): conditions, diagnoses and life events
// that lead to a kind of help, and how people say them, inflected as they are typed.
describe('conditions and life events that lead to a need', () => {
  it.each([
    ['fi', 'isä sai aivoinfarktin ja puoli kroppaa ei toimi', 'disability'],
    ['fi', 'äidillä on parkinsonin tauti', 'disability'],
    ['sv', 'pappa fick en stroke i våras', 'disability'],
    ['en', 'he has Parkinson’s and struggles to walk', 'disability'],
    ['fi', 'muisti pätkii ja hella jäi päälle', 'memory-disorders'],
    ['sv', 'mamma fick en alzheimerdiagnos', 'memory-disorders'],
    ['fi', 'pääsen linnasta ensi kuussa', 'housing-and-homelessness'],
    ['sv', 'han släpps från fängelset i maj', 'housing-and-homelessness'],
    ['fi', 'asiakkaalla on valvottu koevapaus', 'social-work'],
    ['en', 'my probation officer sent me here', 'social-work'],
    ['fi', 'keskosemme pääsi sairaalasta kotiin', 'family-and-parenting'],
    ['en', 'she was born prematurely in May', 'family-and-parenting'],
    ['fi', 'haluan tehdä kantelun hoitovirheestä', 'legal-aid'],
    ['en', 'I want to complain about the treatment, it was a medical error', 'legal-aid'],
    ['fi', 'ansiosidonnainen loppuu ensi kuussa', 'work-and-activity'],
    ['sv', 'vårt hus brann ner i natt', 'crisis'],
    ['fi', 'tyttö on raiskattu', 'violence-and-safety'],
    ['fi', 'vaimolla on yleistynyt ahdistuneisuushäiriö', 'mental-health'],
    ['sv', 'sonen har tablettmissbruk', 'substance-use'],
  ] as const)('reads %s "%s" as %s', (lang, text, theme) => {
    expect(ids(text, lang)).toContain(theme);
  });

  it('reads sick leave as the situation, not as a need for health advice', () => {
    expect(ids('olen ollut sairauslomalla masennuksen takia', 'fi')).toEqual(['mental-health']);
  });

  it.each([
    ['en', 'nobody at the follow-up took it seriously'],
    ['en', 'he is being discharged from hospital on Friday'],
  ] as const)('finds no need in the %s "%s"', (lang, text) => {
    expect(ids(text, lang)).toEqual([]);
  });
});
