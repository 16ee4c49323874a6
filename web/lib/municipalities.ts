/**
 * Municipality names from GET /api/municipalities (the municipalities published services are
 * available in), for the choice lists and for labels wherever a page shows a municipality code.
 */
import type { UiLanguage } from '../../schema/constants.ts';
import type { Municipality } from './api-types.ts';
import { plain } from './localized.ts';

/**
 * Varsinais-Suomi (the default ingest scope) as PTV's code list spells it. The API lists only
 * municipalities with published services, yet unmet needs are recorded, and counted in the
 * figures, precisely where there are none: those codes still need a name.
 */
const countyNames: Record<string, [fi: string, sv: string]> = {
  '019': ['Aura', 'Aura'],
  '202': ['Kaarina', 'S:t Karins'],
  '284': ['Koski Tl', 'Koski Åbo l'],
  '304': ['Kustavi', 'Gustavs'],
  '322': ['Kemiönsaari', 'Kimitoön'],
  '400': ['Laitila', 'Laitila'],
  '423': ['Lieto', 'Lundo'],
  '430': ['Loimaa', 'Loimaa'],
  '445': ['Parainen', 'Pargas'],
  '480': ['Marttila', 'Marttila'],
  '481': ['Masku', 'Masku'],
  '503': ['Mynämäki', 'Mynämäki'],
  '529': ['Naantali', 'Nådendal'],
  '538': ['Nousiainen', 'Nousis'],
  '561': ['Oripää', 'Oripää'],
  '577': ['Paimio', 'Pemar'],
  '631': ['Pyhäranta', 'Pyhäranta'],
  '636': ['Pöytyä', 'Pöytyä'],
  '680': ['Raisio', 'Reso'],
  '704': ['Rusko', 'Rusko'],
  '734': ['Salo', 'Salo'],
  '738': ['Sauvo', 'Sagu'],
  '761': ['Somero', 'Somero'],
  '833': ['Taivassalo', 'Tövsala'],
  '853': ['Turku', 'Åbo'],
  '895': ['Uusikaupunki', 'Nystad'],
  '918': ['Vehmaa', 'Vehmaa'],
};

/** A municipality's name in the page language; the code itself when nothing knows it. */
export type MunicipalityNames = (code: string) => string;

/**
 * Names in `lang` from the API's list (English falls back to the Finnish name, as PTV often
 * does), else from the county's own list, else the code.
 */
export function municipalityNames(
  list: readonly Municipality[],
  lang: UiLanguage,
): MunicipalityNames {
  const names = new Map(list.map((m) => [m.code, plain(m.name, lang) || m.code]));
  return (code) => {
    const pair = countyNames[code];
    return names.get(code) ?? (pair ? pair[lang === 'sv' ? 1 : 0] : code);
  };
}

/**
 * The choices for a municipality list, sorted by name in the page language. A `kept` code the
 * list lacks (remembered on the device, or in a shared link) stays a choice, named by its code,
 * so submitting the form again does not silently drop it.
 */
export function municipalityOptions(
  list: readonly Municipality[],
  lang: UiLanguage,
  kept?: string | null,
): { code: string; name: string }[] {
  const name = municipalityNames(list, lang);
  const codes = list.map((m) => m.code);
  if (kept && isMunicipalityCode(kept) && !codes.includes(kept)) codes.push(kept);
  const collator = new Intl.Collator(lang);
  return codes
    .map((code) => ({ code, name: name(code) }))
    .sort((a, b) => collator.compare(a.name, b.name) || a.code.localeCompare(b.code));
}

/** True for a three-digit municipality code. */
export const isMunicipalityCode = (value: string): boolean => /^\d{3}$/.test(value);
