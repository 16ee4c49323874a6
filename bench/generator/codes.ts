/**
 * Code lists as `GET /CodeList/GetMunicipalityCodes`, `GetAreaCodes/type/{type}`,
 * `GetLanguageCodes`, `GetCountryCodes` and `GetPostalCodes` return them:
 * `[{code, names:[{value, language}]}]` ordered by code, municipality codes as zero-padded
 * strings. Area and postal codes come from PTV's seed files (postal codes only for the
 * generator's municipalities; the replay server pages them).
 */
import areaCodeLists from './data/area-codes.json' with { type: 'json' };
import postalCodeList from './data/postal-codes.json' with { type: 'json' };
import { municipalities } from './data/municipalities.ts';

export type AreaCodeType = keyof typeof areaCodeLists;

export const areaCodes = (type: AreaCodeType) => areaCodeLists[type];
export const postalCodes = () => postalCodeList;

const names = (fi: string, sv: string, en: string) => [
  { value: fi, language: 'fi' },
  { value: sv, language: 'sv' },
  { value: en, language: 'en' },
];

/** Municipalities outside the generator's table that the code list still carries. */
const codeOnly: [string, string, string][] = [
  ['049', 'Espoo', 'Esbo'],
  ['092', 'Vantaa', 'Vanda'],
  ['109', 'Hämeenlinna', 'Tavastehus'],
  ['167', 'Joensuu', 'Joensuu'],
  ['179', 'Jyväskylä', 'Jyväskylä'],
  ['297', 'Kuopio', 'Kuopio'],
  ['398', 'Lahti', 'Lahtis'],
  ['405', 'Lappeenranta', 'Villmanstrand'],
  ['564', 'Oulu', 'Uleåborg'],
  ['743', 'Seinäjoki', 'Seinäjoki'],
];

export function municipalityCodes() {
  const rows: [string, string, string][] = [
    ...municipalities.map((m): [string, string, string] => [m.code, m.fi.nom, m.sv]),
    ...codeOnly,
  ];
  return rows
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, fi, sv]) => ({ code, names: names(fi, sv, fi) }));
}

export function languageCodes() {
  const rows: [string, string, string, string][] = [
    ['ar', 'arabia', 'arabiska', 'Arabic'],
    ['de', 'saksa', 'tyska', 'German'],
    ['en', 'englanti', 'engelska', 'English'],
    ['es', 'espanja', 'spanska', 'Spanish'],
    ['et', 'viro', 'estniska', 'Estonian'],
    ['fa', 'persia', 'persiska', 'Persian'],
    ['fi', 'suomi', 'finska', 'Finnish'],
    ['fr', 'ranska', 'franska', 'French'],
    ['ku', 'kurdi', 'kurdiska', 'Kurdish'],
    ['ru', 'venäjä', 'ryska', 'Russian'],
    ['se', 'pohjoissaame', 'nordsamiska', 'Northern Sami'],
    ['so', 'somali', 'somaliska', 'Somali'],
    ['sv', 'ruotsi', 'svenska', 'Swedish'],
    ['uk', 'ukraina', 'ukrainska', 'Ukrainian'],
    ['zh', 'kiina', 'kinesiska', 'Chinese'],
  ];
  return rows.map(([code, fi, sv, en]) => ({ code, names: names(fi, sv, en) }));
}

export function countryCodes() {
  const rows: [string, string, string, string, string][] = [
    ['AF', 'Afganistan', 'Afghanistan', 'Afghanistan', '+93'],
    ['DE', 'Saksa', 'Tyskland', 'Germany', '+49'],
    ['EE', 'Viro', 'Estland', 'Estonia', '+372'],
    ['FI', 'Suomi', 'Finland', 'Finland', '+358'],
    ['IQ', 'Irak', 'Irak', 'Iraq', '+964'],
    ['NO', 'Norja', 'Norge', 'Norway', '+47'],
    ['RU', 'Venäjä', 'Ryssland', 'Russia', '+7'],
    ['SE', 'Ruotsi', 'Sverige', 'Sweden', '+46'],
    ['SO', 'Somalia', 'Somalia', 'Somalia', '+252'],
    ['SY', 'Syyria', 'Syrien', 'Syria', '+963'],
    ['UA', 'Ukraina', 'Ukraina', 'Ukraine', '+380'],
  ];
  return rows.map(([code, fi, sv, en, prefix]) => ({
    code,
    names: names(fi, sv, en),
    prefixNumbers: [prefix],
  }));
}
