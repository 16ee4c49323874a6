import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

// In no theme the text finds: only its words can list it.
const peers = buildSearchDocument({
  name: { fi: 'Vertaisryhmä' },
  summary: { fi: 'Tapaamisia diabeetikoille.' },
  themes: ['peer-support'],
});
let deps: MatchDeps;

beforeAll(async () => {
  // Without service types: a patient organisation's peer group is a type "diabetes" points to,
  // which would bring the theme.
  deps = { ...(await matchDepsFor([peers])), types: undefined };
});

describe('words alone', () => {
  it('searches the word families of the words that found a theme ("diabetes": "diabeetikoille")', async () => {
    const result = await matchNeeds(deps, { needs: 'todettiin diabetes', lang: 'fi' });
    expect(result.themes.map((t) => t.id)).not.toContain('peer-support');
    expect(result.hits).toEqual([expect.objectContaining({ id: peers.id, theme: null })]);
  });
});
