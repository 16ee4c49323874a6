import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { findTypes, nameCoverage } from '../../../search/match/service-types.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

// Two services of one theme: the café shares the client's words, the home help only its name.
const cafe = buildSearchDocument({
  name: { fi: 'Perhekahvila' },
  summary: { fi: 'Kohtaamispaikka pienten lasten vanhemmille.' },
  themes: ['family-and-parenting'],
});
const homeHelp = buildSearchDocument({
  name: { fi: 'Lapsiperheiden kotipalvelu' },
  summary: { fi: 'Tilapäistä apua arkeen.' },
  themes: ['family-and-parenting'],
});
const cultureCard = buildSearchDocument({
  name: { fi: 'Kaikukortti' },
  summary: { fi: 'Maksuton pääsy näyttelyihin ja konsertteihin.' },
  themes: ['culture-and-leisure'],
});
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([cafe, homeHelp, cultureCard]);
});

const needs = 'sairastuin keuhkokuumeeseen ja olen yksin kahden pienen lapsen kanssa';

describe('service types', () => {
  it("rank the type's services first within its theme: an ill parent alone with small children needs home help", async () => {
    const result = await matchNeeds(deps, { needs, lang: 'fi' });
    expect(result.hits.map((h) => h.id).slice(0, 2)).toEqual([homeHelp.id, cafe.id]);
    // Shown as why: the kind of service, in the client's language, only where the service is one.
    expect(result.hits[0]!.reasons).toContainEqual({
      kind: 'service-type',
      type: 'family-home-help',
      label: 'Lapsiperheiden kotipalvelu',
    });
    expect(result.hits[1]!.reasons.map((r) => r.kind)).not.toContain('service-type');
    // Without the types, the café that shares the words "pienten lasten" leads.
    const themesOnly = await matchNeeds({ ...deps, types: undefined }, { needs, lang: 'fi' });
    expect(themesOnly.hits[0]!.id).toBe(cafe.id);
  });

  it("bring their theme when the theme's own words did not find it, with the words found", async () => {
    const request = { needs: 'tarvitsen kaikukortin', lang: 'fi' as const };
    const result = await matchNeeds(deps, request);
    expect(result.themes).toContainEqual(
      expect.objectContaining({ id: 'culture-and-leisure', source: 'words' }),
    );
    expect(result.themes.find((t) => t.id === 'culture-and-leisure')!.words.length).toBeGreaterThan(
      0,
    );
    expect(result.hits[0]).toMatchObject({ id: cultureCard.id, theme: 'culture-and-leisure' });
    // By the words alone it is found too, but under no theme.
    const themesOnly = await matchNeeds({ ...deps, types: undefined }, request);
    expect(themesOnly.hits[0]).toMatchObject({ id: cultureCard.id, theme: null });
  });

  it("are not named where a service shares only a word of the type's names", async () => {
    // No home help here: the family counselling service says "perhe" and "palvelu" of
    // "perheiden kotipalvelu", and was the best hit of the type's names, so it counted in full.
    const counselling = buildSearchDocument({
      name: { fi: 'Perheneuvola' },
      summary: { fi: 'Perheiden palvelu kasvatuksen kysymyksissä.' },
      themes: ['family-and-parenting'],
    });
    const only = await matchDepsFor([counselling]);
    const result = await matchNeeds(only, { needs, lang: 'fi' });
    expect(result.hits[0]!.id).toBe(counselling.id);
    expect(result.hits[0]!.reasons.map((r) => r.kind)).not.toContain('service-type');
  });

  it('rank by the broader kind where no service says the type, shown as that kind', async () => {
    const aClinic = buildSearchDocument({
      name: { fi: 'A-klinikka' },
      summary: { fi: 'Päihde- ja riippuvuusongelmien avohoito.' },
      themes: ['substance-use'],
    });
    const group = buildSearchDocument({
      name: { fi: 'AA-ryhmä' },
      summary: { fi: 'Vertaistukea päihteistä irti pyrkiville.' },
      themes: ['substance-use'],
    });
    const clinics = await matchDepsFor([group, aClinic]);
    const request = {
      needs: 'käytän heroiinia ja haluan päästä korvaushoitoon',
      lang: 'fi' as const,
    };
    const result = await matchNeeds(clinics, request);
    expect(result.hits[0]!.id).toBe(aClinic.id);
    expect(result.hits[0]!.reasons).toContainEqual({
      kind: 'service-type',
      type: 'a-clinic',
      label: 'A-klinikka ja päihdepoliklinikka',
    });
    // Without broader kinds, no service here is of the kind the text asks for.
    const none = await matchNeeds(
      { ...clinics, types: { ...clinics.types!, broader: undefined } },
      request,
    );
    expect(none.hits.flatMap((h) => h.reasons).map((r) => r.kind)).not.toContain('service-type');
  });

  it("rank the type's services in a theme larger than one query lists", async () => {
    // Browsing lists a theme by name; 210 services come before the clinic.
    const others = Array.from({ length: 210 }, (_, i) =>
      buildSearchDocument({ name: { fi: `Aa-ryhmä ${i}` }, themes: ['substance-use'] }),
    );
    const clinic = buildSearchDocument({
      name: { fi: 'Päihdepoliklinikka' },
      summary: { fi: 'Opioidiriippuvuuden korvaushoito ja vieroitus.' },
      themes: ['substance-use'],
    });
    const large = await matchDepsFor([...others, clinic]);
    const result = await matchNeeds(large, {
      needs: 'käytän heroiinia ja haluan korvaushoitoon',
      lang: 'fi',
    });
    expect(result.hits[0]).toMatchObject({ id: clinic.id, theme: 'substance-use' });
  });

  it("count a name by the share of its words a service says, a compound's parts at half", () => {
    const read = deps.types!.readNames;
    const names = read(deps.types!.byId.get('family-home-help')!, 'fi');
    expect(nameCoverage(names, ['lapsiperhe', 'kotipalvelu'])).toBe(1);
    expect(nameCoverage(names, ['kotipalvelu'])).toBe(0.5);
    // "kotipalvelu" through "koti" and "palvelu", parts of the compound: half a word.
    expect(nameCoverage(names, ['koti', 'palvelu'])).toBe(0.25);
    expect(nameCoverage(names, ['ruoka'])).toBe(0);
  });

  it('are read by the learnt classifier where no phrase of theirs is in the text', () => {
    const text = 'omaishoitajana en pääse ikinä lepäämään';
    const types = deps.types!;
    expect(types.classifier).toBeDefined();
    const found = findTypes(types, text, 'fi');
    expect(found[0]!.type.id).toBe('carer-recreation-and-holidays');
    expect(found[0]!.weight).toBe(1);
    expect(found.every((f) => f.weight >= 0.5 && f.weight <= 1)).toBe(true);
    // The phrases alone find no type in it.
    expect(findTypes({ ...types, classifier: undefined }, text, 'fi')).toEqual([]);
  });
});
