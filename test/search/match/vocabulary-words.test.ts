import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

// Two services of one theme that both say "kotona": only the first says the fall too, as the verb
// ("kaatuu"). The client says a participle ("kaatunut"): the detector reads its verb, the service
// texts and the searches of them are not read for it (search/match/README.md).
const alarm = buildSearchDocument({
  name: { fi: 'Turvapuhelin' },
  summary: { fi: 'Apu kotona, jos kaatuu eikä pääse ylös.' },
  themes: ['older-people'],
});
const advice = buildSearchDocument({
  name: { fi: 'Kotikäynnit' },
  summary: { fi: 'Käyntejä kotona arjen asioissa.' },
  themes: ['older-people'],
});
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([alarm, advice]);
});

describe('the vocabulary words a text was found by', () => {
  it('search the service texts too, so a participle meets the verb a service says', async () => {
    const result = await matchNeeds(deps, { needs: 'äiti on kaatunut kotona', lang: 'fi' });
    expect(result.themes.map((t) => t.id)).toContain('older-people');
    expect(result.hits.map((h) => h.id)).toEqual([alarm.id, advice.id]);
  });
});

describe('the vocabulary words a text was found by, outside the themes found', () => {
  it('rank the services the words alone find, by the verb of a participle too', async () => {
    // Both say "äiti"; only the first says the fall, as the verb ("kaadu"). Neither is in a
    // theme the text finds (a fall finds fall prevention, an exercise service type).
    const balance = buildSearchDocument({
      name: { fi: 'Tasapainojumppa' },
      summary: { fi: 'Liikuntaa äideille ja isille, ettei kaadu.' },
      themes: ['culture-and-leisure'],
    });
    const club = buildSearchDocument({
      name: { fi: 'Äitien kerho' },
      summary: { fi: 'Kerho äideille.' },
      themes: ['culture-and-leisure'],
    });
    const result = await matchNeeds(await matchDepsFor([balance, club]), {
      needs: 'äiti on kaatunut kotona',
      lang: 'fi',
    });
    expect(result.hits.map((h) => [h.id, h.theme])).toEqual([
      [balance.id, null],
      [club.id, null],
    ]);
  });
});
