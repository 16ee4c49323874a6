/**
 * Parishes: the Turku and Kaarina and the Pargas parish unions with their member parishes as
 * sub-organisations, one parish per other municipality, and the Orthodox parish of Turku.
 * Parishes are organizationType "Organization" in PTV; their names carry the signal.
 */
import { municipality, type Municipality } from '../data/municipalities.ts';
import type { Texts } from '../templates/types.ts';
import { slug, type OrgFactory } from './org-factory.ts';
import type { OrgPlan } from './types.ts';

const svParish = (m: Municipality) =>
  `${m.svProse}${/[^aeiouyåäös]$/i.test(m.svProse) ? 's' : ''} församling`;
const parishSummary = (m: Municipality): Texts => ({
  fi: `Seurakunta on Suomen evankelis-luterilaisen kirkon seurakunta ${m.fi.loc}. Toimintaan ovat tervetulleita kaikki.`,
  sv: `Församlingen hör till Evangelisk-lutherska kyrkan i Finland och verkar ${m.svIn}.`,
});

/** Parishes by the municipality they serve. */
export function planParishes(
  { make, base }: OrgFactory,
  vsCodes: string[],
): Map<string, OrgPlan[]> {
  const parishes = new Map<string, OrgPlan[]>();
  const add = (code: string, org: OrgPlan) =>
    parishes.set(code, [...(parishes.get(code) ?? []), org]);
  const parish = (
    m: Municipality,
    names: Texts,
    parent: OrgPlan | null,
    languages: OrgPlan['languages'] = ['fi', 'sv'],
  ) =>
    make(
      base('parish', 'Organization', names, m, {
        parent,
        languages,
        summary: parishSummary(m),
        domain: `${slug(names.fi)}.fi`,
      }),
    );
  const turku = municipality('853');
  const union = make(
    base(
      'parishUnion',
      'Organization',
      { fi: 'Turun ja Kaarinan seurakuntayhtymä', sv: 'Åbo och S:t Karins kyrkliga samfällighet' },
      turku,
      {
        areaCodes: ['853', '202'],
        languages: ['fi', 'sv'],
        domain: 'turunseurakunnat.fi',
        summary: {
          fi: 'Seurakuntayhtymä hoitaa jäsenseurakuntiensa yhteisiä tehtäviä, kuten taloutta, hautausmaita ja kiinteistöjä.',
          sv: 'Den kyrkliga samfälligheten sköter församlingarnas gemensamma uppgifter.',
        },
      },
    ),
  );
  for (const [fi, sv] of [
    ['Turun tuomiokirkkoseurakunta', 'Åbo domkyrkoförsamling'],
    ['Mikaelin seurakunta', 'S:t Mikaels församling'],
    ['Martin seurakunta', 'S:t Martins församling'],
    ['Maarian seurakunta', 'S:t Marie församling'],
    ['Henrikin seurakunta', 'S:t Henriks församling'],
    ['Katariinan seurakunta', 'S:ta Katarina församling'],
  ])
    add('853', parish(turku, { fi, sv }, union));
  add(
    '853',
    parish(turku, { fi: 'Turun ruotsalainen seurakunta', sv: 'Åbo svenska församling' }, union, [
      'sv',
      'fi',
    ]),
  );
  add(
    '202',
    parish(municipality('202'), { fi: 'Kaarinan seurakunta', sv: 'S:t Karins församling' }, union),
  );
  const pargas = municipality('445');
  const pargasUnion = make(
    base(
      'parishUnion',
      'Organization',
      { fi: 'Paraisten seurakuntayhtymä', sv: 'Pargas kyrkliga samfällighet' },
      pargas,
      {
        languages: ['sv', 'fi'],
        domain: 'pargasforsamlingar.fi',
        summary: {
          fi: 'Seurakuntayhtymä hoitaa Paraisten seurakuntien yhteisiä tehtäviä.',
          sv: 'Samfälligheten sköter de gemensamma uppgifterna för församlingarna i Pargas.',
        },
      },
    ),
  );
  add(
    '445',
    parish(
      pargas,
      { fi: 'Paraisten ruotsalainen seurakunta', sv: 'Pargas svenska församling' },
      pargasUnion,
      ['sv', 'fi'],
    ),
  );
  add(
    '445',
    parish(
      pargas,
      { fi: 'Paraisten suomalainen seurakunta', sv: 'Pargas finska församling' },
      pargasUnion,
    ),
  );
  add(
    '445',
    parish(pargas, { fi: 'Nauvon seurakunta', sv: 'Nagu församling' }, pargasUnion, ['sv', 'fi']),
  );
  for (const code of vsCodes) {
    if (parishes.has(code)) continue;
    const m = municipality(code);
    const fi = code === '738' ? 'Sauvo-Karunan seurakunta' : `${m.fi.gen} seurakunta`;
    const sv = code === '738' ? 'Sagu-Karuna församling' : svParish(m);
    add(
      code,
      parish(
        m,
        code === '322' ? { fi: 'Kemiönsaaren seurakunta', sv: 'Kimitoöns församling' } : { fi, sv },
        null,
        m.languages[0] === 'sv' ? ['sv', 'fi'] : ['fi', 'sv'],
      ),
    );
  }
  const orthodox = make(
    base(
      'parish',
      'Organization',
      { fi: 'Turun ortodoksinen seurakunta', sv: 'Åbo ortodoxa församling' },
      turku,
      {
        areaCodes: vsCodes,
        languages: ['fi', 'sv'],
        domain: 'ortodoksi.net',
        summary: {
          fi: 'Turun ortodoksinen seurakunta palvelee ortodokseja koko Varsinais-Suomessa.',
          sv: 'Åbo ortodoxa församling betjänar ortodoxa i hela Egentliga Finland.',
        },
      },
    ),
  );
  add('853', orthodox);
  return parishes;
}
