import { describe, expect, it } from 'vitest';
import { municipality } from '../../bench/generator/data/municipalities.ts';
import { serviceTemplates, templateProblems } from '../../bench/generator/templates/index.ts';
import { fiGenitive, fill, placeForms, ptvMarkdown } from '../../bench/generator/text/fill.ts';
import { needThemes } from '../../search/needs/index.ts';
import { planDump } from '../../bench/generator/index.ts';

const org = (fi: string, sv = fi) => ({ fi, sv, en: fi });

describe('template text filling', () => {
  it('inflects municipality names the way each takes its locative', () => {
    const text = 'Ryhmä kokoontuu {kunnassa} ja palvelee {kunnan} asukkaita.';
    expect(fill(text, 'fi', { municipality: municipality('445'), org: org('x') })).toBe(
      'Ryhmä kokoontuu Paraisilla ja palvelee Paraisten asukkaita.',
    );
    expect(fill(text, 'fi', { municipality: municipality('895'), org: org('x') })).toBe(
      'Ryhmä kokoontuu Uudessakaupungissa ja palvelee Uudenkaupungin asukkaita.',
    );
    expect(
      fill('Vi träffas {i_kommun}.', 'sv', { municipality: municipality('322'), org: org('x') }),
    ).toBe('Vi träffas på Kimitoön.');
    expect(
      fill('Vi träffas {i_kommun}.', 'sv', { municipality: municipality('503'), org: org('x') }),
    ).toBe('Vi träffas i Virmo.');
  });

  it('writes weekly meeting times in each language', () => {
    const ctx = {
      municipality: municipality('202'),
      org: org('Kaarinan seurakunta'),
      place: 'parishCentre' as const,
      slot: { day: 1, from: 13 * 60 + 30, to: 15 * 60 },
    };
    expect(fill('Piiri kokoontuu {paikassa} {päivä} {aika}.', 'fi', ctx)).toBe(
      'Piiri kokoontuu Kaarinan seurakuntakeskuksessa tiistaisin klo 13.30–15.',
    );
    expect(fill('Gruppen träffas {på_plats} {dag} {tid}.', 'sv', ctx)).toBe(
      'Gruppen träffas i församlingshemmet i S:t Karins på tisdagar kl. 13.30–15.',
    );
    expect(fill('The group meets {at_place} {day} {time}.', 'en', ctx)).toBe(
      'The group meets at Kaarina parish centre on Tuesdays from 1.30 pm to 3 pm.',
    );
  });

  it('forms Finnish genitives of organisation names', () => {
    expect(fiGenitive('Kaarinan Eläkeläiset ry')).toBe('Kaarinan Eläkeläiset ry:n');
    expect(fiGenitive('Salon seurakunta')).toBe('Salon seurakunnan');
    expect(fiGenitive('Kosken Tl kunta')).toBe('Kosken Tl kunnan');
    expect(fiGenitive('Turun kaupunki')).toBe('Turun kaupungin');
    expect(fiGenitive('Kansaneläkelaitos')).toBe('Kansaneläkelaitoksen');
  });

  it("names a district's own place, and the main library for the town", () => {
    const turku = municipality('853');
    const varissuo = turku.districts.find((d) => d.nom === 'Varissuo');
    expect(
      placeForms(
        { municipality: turku, org: org('x'), place: 'library', district: varissuo },
        'fi',
      ),
    ).toEqual(['Varissuon kirjasto', 'Varissuon kirjastossa']);
    expect(placeForms({ municipality: turku, org: org('x'), place: 'library' }, 'fi')).toEqual([
      'Turun pääkirjasto',
      'Turun pääkirjastossa',
    ]);
    expect(
      placeForms({ municipality: municipality('019'), org: org('x'), place: 'townHall' }, 'fi')[0],
    ).toBe('Auran kunnantalo');
    expect(placeForms({ municipality: turku, org: org('x'), place: 'townHall' }, 'fi')[0]).toBe(
      'Turun kaupungintalo',
    );
  });
});

describe('service templates', () => {
  it('reference only existing themes, codes and providers', () => {
    expect(templateProblems(serviceTemplates)).toEqual([]);
  });

  it('report an unknown code by template key', () => {
    const broken = { ...serviceTemplates[0], serviceClasses: ['P99'] };
    expect(templateProblems([broken])).toEqual([`${broken.key}: unknown service class P99`]);
  });

  it('give every need theme services from at least two kinds of provider', () => {
    const plan = planDump('coverage', 400);
    for (const theme of needThemes) {
      const sectors = new Set(
        plan.services.filter((s) => s.template.theme === theme.id).map((s) => s.template.sector),
      );
      expect(sectors.size, theme.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('PTV Markdown', () => {
  it('puts an empty line before the first item of a bullet or numbered list only', () => {
    expect(ptvMarkdown('Voit saada apua\n* ruokaan\n* lääkkeisiin\nLisätietoja')).toBe(
      'Voit saada apua\n\n* ruokaan\n* lääkkeisiin\nLisätietoja',
    );
    expect(ptvMarkdown('Näin haet:\n1. Täytä hakemus.\n2. Liitä tiliote.')).toBe(
      'Näin haet:\n\n1. Täytä hakemus.\n2. Liitä tiliote.',
    );
    expect(ptvMarkdown('Ei listaa.\nToinen kappale.')).toBe('Ei listaa.\nToinen kappale.');
  });
});
