import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { createLanguageGuesser } from '../../../search/match/text-language.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

describe('the language of a client text', () => {
  const guesser = createLanguageGuesser({
    fi: ['velkaneuvonta', 'yksinäisyys', 'rahat ei riitä', 'tarvitsen apua', 'äiti on yksin'],
    sv: ['skuldrådgivning', 'ensamhet', 'pengarna räcker inte', 'jag behöver hjälp'],
    en: ['debt advice', 'loneliness', 'money does not cover', 'I need help'],
  });

  it('is the page language when the text is in it', () => {
    expect(guesser.guess('I need debt advice', 'en')).toBe('en');
    expect(guesser.guess('tarvitsen velkaneuvontaa', 'fi')).toBe('fi');
  });

  it('is the text’s own language when the text is plainly in another', () => {
    expect(guesser.guess('tarvitsen velkaneuvontaa, rahat ei riitä', 'sv')).toBe('fi');
    expect(guesser.guess('jag behöver skuldrådgivning', 'fi')).toBe('sv');
  });

  it('stays the page language for a text too short or without letters to tell', () => {
    expect(guesser.guess('apu', 'sv')).toBe('sv');
    expect(guesser.guess('040 123', 'en')).toBe('en');
  });
});

describe('matching a text in another language than the page', () => {
  const befriending = buildSearchDocument({
    name: { fi: 'Ystäväpalvelu', sv: 'Vänverksamhet' },
    summary: { fi: 'Vapaaehtoinen ystävä yksinäiselle.', sv: 'En frivillig vän för den ensamma.' },
    themes: ['loneliness'],
  });
  const memoryNurse = buildSearchDocument({
    name: { fi: 'Muistihoitaja', sv: 'Minnesskötare' },
    summary: { fi: 'Muistin tutkimukset ja tuki.', sv: 'Minnesutredning och stöd.' },
    themes: ['memory-disorders'],
  });
  const debtAdvice = buildSearchDocument({
    name: { fi: 'Talous- ja velkaneuvonta', sv: 'Ekonomi- och skuldrådgivning' },
    summary: {
      fi: 'Apua, kun rahat eivät riitä laskuihin.',
      sv: 'Hjälp när pengarna inte räcker.',
    },
    themes: ['debt-and-money'],
  });
  let deps: MatchDeps;
  beforeAll(async () => {
    deps = await matchDepsFor([befriending, memoryNurse, debtAdvice]);
  });

  it('reads the Finnish words an advisor types on the Swedish page as Finnish', async () => {
    const request = {
      needs: 'äiti on yksinäinen ja muisti pettää',
      municipality: '853',
      lang: 'sv',
    } as const;
    const result = await matchNeeds(deps, request);
    expect(result.themes.map((t) => t.id)).toEqual(
      expect.arrayContaining(['loneliness', 'memory-disorders']),
    );
    expect(result.hits.map((h) => h.id)).toEqual(
      expect.arrayContaining([befriending.id, memoryNurse.id]),
    );
    // Read as Swedish, with Finnish at half weight, the text's loneliness was lost.
    const unguessed = await matchNeeds({ ...deps, languages: undefined }, request);
    expect(unguessed.themes.map((t) => t.id)).not.toContain('loneliness');
  });

  it('answers in the page language', async () => {
    const result = await matchNeeds(deps, {
      needs: 'rahat loppuu aina kesken kuun ja velkoja on kertynyt',
      municipality: '853',
      lang: 'sv',
    });
    const typed = result.hits.flatMap((h) => h.reasons).find((r) => r.kind === 'service-type');
    expect(typed).toBeDefined();
    const type = deps.types!.byId.get(typed!.type)!;
    expect(typed!.label).toBe(type.labels.sv);
  });
});
