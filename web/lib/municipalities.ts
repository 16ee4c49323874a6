/**
 * Names of the municipalities in the default ingest scope (Varsinais-Suomi), as PTV's municipality
 * code list spells them, for filter labels and the municipality choice. The catalogue API has no
 * municipality list yet; codes not listed here are shown as the code.
 */
import type { UiLanguage } from '../../schema/constants.ts';

const names: Record<string, [fi: string, sv: string]> = {
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

/** The municipality's name in the UI language (English uses the Finnish name). */
export function municipalityName(code: string, lang: UiLanguage): string {
  const pair = names[code];
  if (!pair) return code;
  return lang === 'sv' ? pair[1] : pair[0];
}

/** Every known municipality, sorted by name in the UI language. */
export function municipalityOptions(lang: UiLanguage): { code: string; name: string }[] {
  return Object.keys(names)
    .map((code) => ({ code, name: municipalityName(code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}

/** True for a three-digit municipality code. */
export const isMunicipalityCode = (value: string): boolean => /^\d{3}$/.test(value);
