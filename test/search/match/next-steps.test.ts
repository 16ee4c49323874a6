import { beforeAll, describe, expect, it } from 'vitest';
import { matchNeeds, type MatchDeps } from '../../../search/match/index.ts';
import { buildSearchDocument } from '../helpers/corpus.ts';
import { matchDepsFor } from '../helpers/match-deps.ts';

const shelter = buildSearchDocument({
  name: { fi: 'Turvakoti' },
  summary: { fi: 'Turvallinen paikka väkivaltaa kokeneille ympäri vuorokauden.' },
  themes: ['violence-and-safety'],
});
const victimSupport = buildSearchDocument({
  name: { fi: 'Rikosuhripäivystys' },
  summary: { fi: 'Tukea rikoksen uhrille ja läheisille.' },
  themes: ['violence-and-safety'],
});
const legalAid = buildSearchDocument({
  name: { fi: 'Oikeusaputoimisto' },
  summary: { fi: 'Julkinen oikeusapu: lähestymiskielto, avioero, huoltajuus.' },
  themes: ['legal-aid'],
});
const legalAidElsewhere = buildSearchDocument({
  name: { fi: 'Oikeusaputoimisto' },
  summary: { fi: 'Julkinen oikeusapu.' },
  themes: ['legal-aid'],
  municipalities: ['091'],
});
const lawFirm = buildSearchDocument({
  name: { fi: 'Asianajotoimisto' },
  summary: { fi: 'Maksullista neuvontaa yrityksille.' },
  themes: ['legal-aid'],
});
const childHealthClinic = buildSearchDocument({
  name: { fi: 'Lastenneuvola' },
  summary: { fi: 'Alle kouluikäisten lasten terveystarkastukset.' },
  themes: ['family-and-parenting'],
});
// Shelters that tell of restraining orders: not the way to one.
const sheltersTellingOfOrders = ['Naisten turvakoti', 'Ensi- ja turvakoti Helmi'].map((name) =>
  buildSearchDocument({
    name: { fi: name },
    summary: { fi: 'Neuvomme myös lähestymiskiellon hakemisessa.' },
    themes: ['violence-and-safety'],
  }),
);
const familyCafe = buildSearchDocument({
  name: { fi: 'Perhekahvila' },
  summary: { fi: 'Avoin kohtaamispaikka vanhemmille ja lapsille.' },
  themes: ['family-and-parenting'],
});
let deps: MatchDeps;

beforeAll(async () => {
  deps = await matchDepsFor([
    shelter,
    victimSupport,
    legalAid,
    legalAidElsewhere,
    lawFirm,
    childHealthClinic,
    familyCafe,
    ...sheltersTellingOfOrders,
  ]);
});

const request = {
  needs: 'mies lyö minua, tarvitsen turvakodin',
  municipality: '853',
  lang: 'fi',
} as const;

describe('next steps (service paths)', () => {
  it('name what a client who needs a shelter usually needs next, with its services in the area', async () => {
    const result = await matchNeeds(deps, request);
    const legal = result.next.find((s) => s.type === 'public-legal-aid');
    expect(legal).toMatchObject({
      label: 'Julkinen oikeusapu',
      after: { type: 'shelter', label: 'Turvakoti' },
    });
    // Only the legal aid office of the client's area; the law firm is not of the kind.
    expect(legal!.ids).toEqual([legalAid.id]);
  });

  it('never repeat a service the matches list', async () => {
    const one = await matchNeeds(deps, { ...request, perTheme: 1 });
    expect(one.hits.map((h) => h.id)).toContain(shelter.id);
    expect(one.next.find((s) => s.type === 'victim-support')?.ids).toEqual([victimSupport.id]);
    const all = await matchNeeds(deps, request);
    expect(all.hits.map((h) => h.id)).toContain(victimSupport.id);
    expect(all.next.flatMap((s) => s.ids)).not.toContain(victimSupport.id);
  });

  it('list no service of the kind the text points to itself', async () => {
    const result = await matchNeeds(deps, { ...request, perTheme: 1 });
    const unlisted = [shelter, ...sheltersTellingOfOrders].filter(
      (d) => !result.hits.some((h) => h.id === d.id),
    );
    expect(unlisted.length).toBeGreaterThan(0);
    for (const d of unlisted) expect(result.next.flatMap((s) => s.ids)).not.toContain(d.id);
  });

  it('follow only a kind of service the text says in words of its own', async () => {
    // "Äiti on yksinäinen" says a family meeting place only through words other kinds share.
    const result = await matchNeeds(deps, { needs: 'äiti on yksinäinen', lang: 'fi', perTheme: 1 });
    expect(result.hits.map((h) => h.id)).toContain(familyCafe.id);
    expect(result.hits.map((h) => h.id)).not.toContain(childHealthClinic.id);
    expect(result.next).toEqual([]);
  });
});
