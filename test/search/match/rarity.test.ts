import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../search/contract.ts';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { wordRarity } from '../../../search/match/rarity.ts';
import { testAnalyzer } from '../../helpers/app.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

function doc(fi: string, summary: string, themes: string[] = []): SearchDocument {
  return buildSearchDocument({
    name: { fi },
    summary: { fi: summary },
    organizationKinds: ['association'],
    free: true,
    channelModes: ['visit'],
    themes,
  });
}

// Most services say "saa" ("täältä saa apua"); one speaks of sleep. Under mental health, one
// says "saa" in its name, one nothing the client says.
const everyday = Array.from({ length: 30 }, (_, i) => doc(`Palvelu ${i}`, 'Täältä saa apua.'));
const commonWord = doc('Saa', 'Ajanvaraus.', ['mental-health']);
const silent = doc('Piste', 'Ajanvaraus.', ['mental-health']);
const sleep = doc('Uniklinikka', 'Apua uneen liittyviin huoliin.', ['loneliness']);
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([...everyday, commonWord, silent, sleep]);
});

describe('wordRarity', () => {
  it('weighs a word most services say far below one a single service says', async () => {
    const rarity = await wordRarity(deps.engine, 'saa uneen', 'fi');
    const [common, rare] = ['saa', 'uneen'].map((w) =>
      rarity.get(testAnalyzer().analyzeQuery(`${w} `, 'fi')[0]!.terms[0]!)!,
    );
    expect(rare).toBe(1);
    expect(common).toBeLessThan(0.3);
  });

  it('asks nothing of the engine for an empty text', async () => {
    expect((await wordRarity(deps.engine, ' , ', 'fi')).size).toBe(0);
  });
});

describe('matchNeeds with common words', () => {
  it('lifts a service little for saying only words most services say, though none says more', async () => {
    const result = await matchNeeds(deps, {
      needs: 'en saa unta',
      municipality: '853',
      lang: 'fi',
    });
    const score = (id: string) =>
      result.hits.find((h) => h.id === id && h.theme === 'mental-health')!.score;
    // A full-strength text match would make it ten times the service the client's words miss.
    expect(score(commonWord.id)).toBeGreaterThan(score(silent.id));
    expect(score(commonWord.id)).toBeLessThan(4 * score(silent.id));
  });
});
