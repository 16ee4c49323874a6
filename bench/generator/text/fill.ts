/**
 * Fills template placeholders with inflected municipality, place, organisation and time forms,
 * so generated texts read as natural Finnish and Swedish ("Paraisilla", "i församlingshemmet i
 * Pargas", "tiistaisin klo 13–15").
 */
import type { Municipality } from '../data/municipalities.ts';
import { places, type PlaceForms, type PlaceKey } from '../data/places.ts';
import type { Texts } from '../templates/types.ts';

export type Lang = 'fi' | 'sv' | 'en';

/** A weekly meeting slot: weekday 0 = Monday, times as minutes after midnight. */
export interface Slot {
  day: number;
  from: number;
  to: number;
}

export interface FillContext {
  municipality: Municipality;
  org: { fi: string; sv: string; en: string };
  place?: PlaceKey;
  /** District whose local place (library branch, youth centre…) the service uses. */
  district?: Municipality['districts'][number];
  slot?: Slot;
}

const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
const fiDays = [
  'maanantaisin',
  'tiistaisin',
  'keskiviikkoisin',
  'torstaisin',
  'perjantaisin',
  'lauantaisin',
  'sunnuntaisin',
];
const svDays = [
  'måndagar',
  'tisdagar',
  'onsdagar',
  'torsdagar',
  'fredagar',
  'lördagar',
  'söndagar',
];

export const weekdayName = (day: number) => WEEKDAYS[day];

const fiGenitiveEndings: [string, string][] = [
  ['seurakuntayhtymä', 'seurakuntayhtymän'],
  ['seurakunta', 'seurakunnan'],
  ['kaupunki', 'kaupungin'],
  ['kunta', 'kunnan'],
  ['alue', 'alueen'],
  ['laitos', 'laitoksen'],
  ['toimisto', 'toimiston'],
  ['virasto', 'viraston'],
  ['osasto', 'osaston'],
  ['piiri', 'piirin'],
  ['liitto', 'liiton'],
  ['keskus', 'keskuksen'],
  ['yhdistys', 'yhdistyksen'],
  ['säätiö', 'säätiön'],
  ['ministeriö', 'ministeriön'],
  ['päivystys', 'päivystyksen'],
  ['hallitus', 'hallituksen'],
  ['palvelut', 'palvelujen'],
];

/** Finnish genitive of an organisation name: "Kaarinan Eläkeläiset ry" -> "… ry:n", "Salon seurakunta" -> "Salon seurakunnan". */
export function fiGenitive(name: string): string {
  if (/\s(ry|sr|Oy|Ab|rf|r\.f\.|MLL|RIKU|KKV)$/.test(name) || /[A-ZÅÄÖ]{2,}$/.test(name))
    return `${name}:n`;
  for (const [ending, genitive] of fiGenitiveEndings) {
    if (name.endsWith(ending)) return name.slice(0, -ending.length) + genitive;
  }
  return /[aeiouyäö]$/i.test(name) ? `${name}n` : `${name}:n`;
}

const hhmm = (minutes: number, sep: string) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? String(h) : `${h}${sep}${String(m).padStart(2, '0')}`;
};
const enTime = (minutes: number) => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${m === 0 ? '' : `.${String(m).padStart(2, '0')}`} ${h < 12 ? 'am' : 'pm'}`;
};

/** Place name and locative phrase for a language. */
export function placeForms(ctx: FillContext, lang: Lang): [string, string] {
  if (!ctx.place) return ['', ''];
  const forms: PlaceForms = places[ctx.place];
  const m = ctx.municipality;
  const d = forms.district ? ctx.district : undefined;
  const chosen = d
    ? (forms.branch ?? forms)[lang]
    : m.city && forms.town
      ? forms.town[lang]
      : forms[lang];
  const holder = d
    ? { g: d.gen, k: d.sv ?? d.nom, m: d.nom }
    : { g: m.fi.gen, k: m.svProse, m: m.fi.nom };
  const sub = (s: string) =>
    s
      .replaceAll('{g}', holder.g)
      .replaceAll('{k}', holder.k)
      .replaceAll('{m}', holder.m)
      .replaceAll('{orgin}', fiGenitive(ctx.org.fi))
      .replaceAll('{org}', ctx.org[lang]);
  return [sub(chosen[0]), sub(chosen[1])];
}

/** Replaces every placeholder of `lang` in `text`. */
export function fill(text: string, lang: Lang, ctx: FillContext): string {
  const m = ctx.municipality;
  const [place, atPlace] = placeForms(ctx, lang);
  const slot = ctx.slot;
  const values: Record<string, string> =
    lang === 'fi'
      ? {
          kunta: m.fi.nom,
          kunnan: m.fi.gen,
          kunnassa: m.fi.loc,
          paikka: place,
          paikassa: atPlace,
          org: ctx.org.fi,
          orgin: fiGenitive(ctx.org.fi),
          päivä: slot ? fiDays[slot.day] : 'viikoittain',
          aika: slot ? `klo ${hhmm(slot.from, '.')}–${hhmm(slot.to, '.')}` : '',
        }
      : lang === 'sv'
        ? {
            kommun: m.svProse,
            i_kommun: m.svIn,
            plats: place,
            på_plats: atPlace,
            org: ctx.org.sv,
            dag: slot ? `på ${svDays[slot.day]}` : 'varje vecka',
            tid: slot ? `kl. ${hhmm(slot.from, '.')}–${hhmm(slot.to, '.')}` : '',
          }
        : {
            municipality: m.fi.nom,
            place,
            at_place: atPlace,
            org: ctx.org.en,
            day: slot ? `on ${WEEKDAYS[slot.day]}s` : 'every week',
            time: slot ? `from ${enTime(slot.from)} to ${enTime(slot.to)}` : '',
          };
  return text
    .replace(/\{([a-zåäö_]+)\}/g, (whole, key: string) => values[key] ?? whole)
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,])/g, '$1');
}

const LIST_ITEM = /^(\* |\d+\. )/;

/**
 * PTV's Markdown conversion joins blocks with `\n` and puts an extra `\n` before the first item
 * of a list ("Intro\n\n* a\n* b").
 */
export function ptvMarkdown(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) =>
      i > 0 && LIST_ITEM.test(line) && !LIST_ITEM.test(lines[i - 1]) ? `\n${line}` : line,
    )
    .join('\n');
}

/** Fills every language a text has, keeping only `languages`. */
export function fillTexts(
  texts: Texts | undefined,
  languages: readonly Lang[],
  ctx: FillContext,
): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  if (!texts) return out;
  for (const lang of languages) {
    const text = texts[lang];
    if (text !== undefined) out[lang] = fill(text, lang, ctx);
  }
  return out;
}
