/**
 * Names a planned service in its text languages. Repeats of one template by one provider get a
 * qualifier (municipality, district, audience, or language version for nationwide services), so
 * the catalogue never lists two services with the same name under the same provider.
 */
import type { Municipality } from '../data/municipalities.ts';
import type { Random } from '../random.ts';
import type { ServiceTemplate, Texts } from '../templates/types.ts';
import { fill, type Lang } from '../text/fill.ts';
import type { OrgPlan } from './types.ts';

/** Nationwide services repeat only as language versions (MIELI runs crisis lines in Arabic, too). */
export const LANGUAGE_VERSIONS: Texts[] = [
  { fi: 'ruotsiksi', sv: 'på svenska', en: 'in Swedish' },
  { fi: 'englanniksi', sv: 'på engelska', en: 'in English' },
  { fi: 'arabiaksi', sv: 'på arabiska', en: 'in Arabic' },
  { fi: 'venäjäksi', sv: 'på ryska', en: 'in Russian' },
  { fi: 'ukrainaksi', sv: 'på ukrainska', en: 'in Ukrainian' },
  { fi: 'somaliksi', sv: 'på somaliska', en: 'in Somali' },
];

const AUDIENCES: Texts[] = [
  { fi: 'miehille', sv: 'för män', en: 'for men' },
  { fi: 'naisille', sv: 'för kvinnor', en: 'for women' },
  { fi: 'nuorille aikuisille', sv: 'för unga vuxna', en: 'for young adults' },
  { fi: 'työikäisille', sv: 'för personer i arbetsför ålder', en: 'for working-age adults' },
  { fi: 'ikäihmisille', sv: 'för äldre', en: 'for older people' },
  { fi: 'ruotsiksi', sv: 'på svenska', en: 'in Swedish' },
  { fi: 'englanniksi', sv: 'på engelska', en: 'in English' },
  { fi: 'verkossa', sv: 'på nätet', en: 'online' },
];

interface Qualifier {
  text: Texts;
  sep: string;
  district?: Municipality['districts'][number];
}

/**
 * The n-th qualifier that tells repeated services of one template and provider apart: the
 * municipality (for providers serving many), then districts, then audiences.
 */
function qualifierAt(
  m: Municipality,
  t: ServiceTemplate,
  n: number,
  multi: boolean,
): Qualifier | undefined {
  if (t.nationwide)
    return n < LANGUAGE_VERSIONS.length ? { text: LANGUAGE_VERSIONS[n], sep: ' ' } : undefined;
  let i = n;
  if (multi) {
    if (i === 0) return { text: { fi: m.fi.nom, sv: m.svProse, en: m.fi.nom }, sep: ', ' };
    i -= 1;
  }
  if (i < m.districts.length) {
    const d = m.districts[i];
    return { text: { fi: d.nom, sv: d.sv ?? d.nom, en: d.nom }, sep: ', ', district: d };
  }
  i -= m.districts.length;
  return i < AUDIENCES.length ? { text: AUDIENCES[i], sep: ' ' } : undefined;
}

function serviceLanguages(
  t: ServiceTemplate,
  provider: OrgPlan,
  m: Municipality,
  random: Random,
): Lang[] {
  const has = (lang: Lang) =>
    t.names.some((n) => n[lang]) &&
    t.summary[lang] !== undefined &&
    t.description[lang] !== undefined;
  const broad =
    provider.nationwide ||
    ['county', 'countyUnit', 'state', 'stateUnit', 'regional'].includes(provider.kind);
  const svArea = m.languages.includes('sv') || provider.languages[0] === 'sv';
  const langs: Lang[] = ['fi'];
  if (has('sv') && random.chance(svArea ? 0.9 : broad ? 0.7 : 0.1)) langs.push('sv');
  if (has('en') && random.chance(broad ? 0.6 : 0.18)) langs.push('en');
  const svFirst =
    (m.languages[0] === 'sv' || provider.languages[0] === 'sv') && langs.includes('sv');
  if (!svFirst) return langs;
  const rest = langs.filter((l) => l !== 'sv');
  // Some Swedish-first services publish no Finnish version at all.
  return random.chance(0.15) ? ['sv', ...rest.filter((l) => l !== 'fi')] : ['sv', ...rest];
}

export interface Naming {
  names: Partial<Record<Lang, string>>;
  languages: Lang[];
  district?: Municipality['districts'][number];
}

/**
 * Names a service in its text languages. Repeats of one template by one provider in one
 * municipality get a qualifier (municipality, district, audience or language version); when
 * those run out the result is null, so no two services share both name and provider.
 */
export function nameService(
  t: ServiceTemplate,
  provider: OrgPlan,
  m: Municipality,
  k: number,
  r: Random,
): Naming | null {
  const wanted = serviceLanguages(t, provider, m, r);
  // Names must come from one variant that exists in every text language.
  const eligible = t.names.filter((n) => wanted.every((lang) => n[lang]));
  const variants = eligible.length > 0 ? eligible : [t.names[0]];
  const languages = wanted.filter((lang) => variants[0][lang]);
  if (languages.length === 0) languages.push('fi');
  const variant = variants[k % variants.length];
  const round = Math.floor(k / variants.length);
  const multi = !provider.nationwide && (provider.areaCodes?.length ?? 0) > 1;
  const needsQualifier = multi || round > 0;
  const qualifier = needsQualifier
    ? qualifierAt(m, t, multi ? round : round - 1, multi)
    : undefined;
  if (needsQualifier && !qualifier) return null;
  // A district qualifier pins the service to that district's local places.
  const district =
    qualifier?.district ??
    (m.districts.length > 0 && r.chance(0.5) ? r.pick(m.districts) : undefined);
  const orgNames = {
    fi: provider.names.fi,
    sv: provider.names.sv ?? provider.names.fi,
    en: provider.names.en ?? provider.names.fi,
  };
  const names: Partial<Record<Lang, string>> = {};
  for (const lang of languages) {
    const filled = fill(variant[lang]!, lang, { municipality: m, org: orgNames });
    names[lang] = qualifier
      ? `${filled}${qualifier.sep}${qualifier.text[lang] ?? qualifier.text.fi}`
      : filled;
  }
  return { names, languages, district };
}
