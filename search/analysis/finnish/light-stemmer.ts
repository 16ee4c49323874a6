import { IRREGULAR_BASE } from './irregular.ts';

// A light Finnish stemmer for when Voikko is absent. Its output is a set of match keys, not words:
// every inflected form of a word should share a key with its base form, and different words should
// rarely share one. Where an ending is ambiguous (kodista = kodi+sta, yhteistä = yhteis+tä) both
// readings are kept. Snowball's Finnish stemmer was measured and not used: its R1 region leaves
// short words alone (tuen, avun, työn), and short words are the core of service vocabulary.

const VOWELS = new Set('aeiouyäö');
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.has(ch);
const hasVowel = (s: string): boolean => [...s].some(isVowel);
// Long vowels and diphthongs stay together; any other vowel pair spans a syllable boundary.
const DIPHTHONG =
  /(aa|ee|ii|oo|uu|yy|ää|öö|ai|ei|oi|ui|yi|äi|öi|au|eu|iu|ou|ey|iy|äy|öy|ie|uo|yö)$/;
// Nominatives that end like a case ending (väkivalta is not väkiva+lta).
const NOT_AN_ENDING = /^(ilta|kulta|multa|valta)$|(väki|itse|päätös)valta$/;

/** Removes `n` characters when at least `min` remain, else returns `s` unchanged. */
function cut(s: string, n: number, min = 3): string {
  return s.length - n >= min && hasVowel(s.slice(0, -n)) ? s.slice(0, -n) : s;
}

function stripClitic(w: string): string {
  for (const clitic of ['kaan', 'kään', 'kin'])
    if (w.endsWith(clitic)) return cut(w, clitic.length);
  return w;
}

// Possessive suffixes. -ni/-si only after consonant + short vowel, so that kriisi, psykoosi,
// kuukausi and lapsi keep their last syllable; -nne is also a noun ending (tilanne).
function stripPossessive(w: string): string[] {
  if (/(ssa|ssä|sta|stä|lla|llä|lta|ltä|na|nä)(an|än)$|lleen$/.test(w)) return [cut(w, 2)];
  if (/(nsa|nsä|mme)$/.test(w)) return [cut(w, 3, 4)];
  if (w.endsWith('nne')) return [cut(w, 3, 4), w];
  if (/[^aeiouyäö][aeiouyäö](ni|si)$/.test(w)) return [cut(w, 2, 4)];
  return [w];
}

// Endings whose stem looks different from the nominative: -nen/-se-, -ton/-ttoma-, -as/-aa-,
// and adverbs in -sesti (sähköisesti → sähköinen).
function nominativeStem(w: string): string {
  if (w.length >= 7 && w.endsWith('sesti')) return w.slice(0, -4);
  if (w.length >= 5 && w.endsWith('nen')) return `${w.slice(0, -3)}s`;
  const ton = /[aeiouyäö]t([oö])n(t[aä])?$/.exec(w);
  if (w.length >= 6 && ton) return `${w.slice(0, ton.index + 1)}tt${ton[1]}m`;
  if (w.length >= 4 && /[aeioäö]s$/.test(w) && !isVowel(w.at(-3))) return w.slice(0, -1);
  return w;
}

// Case endings, longest first; the first that matches is removed.
const CASE_ENDINGS: Array<[RegExp, number]> = [
  [/isin$/, 4], // adverbs of time: iltaisin, keskiviikkoisin, arkisin
  [/itten$/, 5],
  [/iden$/, 4],
  [/[^aeiouyäö]ten$/, 3],
  [/(ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|tse)$/, 3],
  [/e(tta|ttä)$/, 3],
  [/(ta|tä|na|nä)$/, 2],
  [/(n|t)$/, 1],
];

function stripCase(w: string): string[] {
  if (NOT_AN_ENDING.test(w)) return [w];
  // Partitive of an s-stem (yhteis+tä, kuntoutus+ta) or elative (kodi+sta, koulu+sta): keep both.
  if (/[iuyo]st[aä]$/.test(w)) return [cut(w, 3), cut(w, 2)];
  // Illative: perheeseen, perheisiin (long vowel + seen/siin); maahan, työhön, töihin; hoitoon.
  if (/[aeiouyäö]{2}(seen|siin)$/.test(w)) return [cut(w, 4)];
  const h = /([aeiouyäö])h([aeiouyäö])n$/.exec(w);
  if (h && h[1] === h[2]) return [cut(w, 3, 2)];
  if (/([aeiouyäö])\1n$/.test(w)) return [cut(w, 2, 2)];
  // Partitive after a long vowel (maa+ta) or a word ending in -ita (ristiriita): keep both.
  if (/([aeiouyäö])\1t[aä]$/.test(w)) return [cut(w, 2), w];
  for (const [pattern, length] of CASE_ENDINGS)
    if (pattern.test(w)) return [cut(w, length, length > 1 ? 3 : 2)];
  return [w];
}

function stripAllVowels(w: string): string {
  let end = w.length;
  while (end > 2 && isVowel(w[end - 1]) && hasVowel(w.slice(0, end - 1))) end--;
  return w.slice(0, end);
}

// A trailing vowel pair that is no diphthong may be a weak grade (tue- of tuki, ruoa- of ruoka):
// then only the last vowel goes. It may also be plural + ending (lapsi+a): then both go.
function stripVowels(w: string): string[] {
  const all = stripAllVowels(w);
  if (isVowel(w.at(-1)) && isVowel(w.at(-2)) && !DIPHTHONG.test(w) && w.length > 3) {
    return [all, w.slice(0, -1)];
  }
  return [all];
}

// Consonant gradation: strong and weak grades of the last consonant cluster map to one form
// (kauppa/kaupan, hoito/hoidon, apu/avun, tuki/tuen, velka/velan, asunto/asunnon, kenkä/kengän).
const CLUSTER = new Map(
  'nk:n ng:n mp:m mm:m nt:n nn:n lt:l ll:l rt:r rr:r lk:l lj:l rk:r rj:r hk:h lp:l lv:l rp:r rv:r hd:ht'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

function gradate(w: string): string {
  // Derivations with -kse-/-de-/-te- stems: vanhus/vanhuksen, tulos/tuloksen, terveys/terveyden.
  const derived = /(?:[uy](?:ks|s|d|t)|oks)$/.exec(w);
  if (derived) return stripAllVowels(cut(w, derived[0].length - 1, 2));
  let s = /(kk|pp|tt)$/.test(w) ? w.slice(0, -1) : w;
  const pair = CLUSTER.get(s.slice(-2));
  if (pair !== undefined) return s.slice(0, -2) + pair;
  const last = s.at(-1);
  const before = s.at(-2);
  if (last === 'k' || (last === 'v' && (before === 'u' || before === 'y'))) s = cut(s, 1, 2);
  else if (last === 'd') s = `${s.slice(0, -1)}t`;
  else if (last === 'v') s = `${s.slice(0, -1)}p`;
  return s;
}

// Plural -j- (palveluja, velkojen, käyntejä); after a/ä it belongs to the word (hoitaja, tekijä).
function stripPluralJ(w: string): string {
  return /[eoöuy]j$/.test(w) ? stripAllVowels(w.slice(0, -1)) : w;
}

// Irregular forms, also as the tail of a compound when long enough not to be a coincidence
// (kriisipuhelimeen → kriisipuhelin, but omaishoitajalla is not omaishoit+ajalla).
const MIN_TAIL = 8;

function baseOfIrregular(word: string): string {
  const whole = IRREGULAR_BASE.get(word);
  if (whole) return whole;
  for (let length = MIN_TAIL; length <= Math.min(12, word.length - 3); length++) {
    const base = IRREGULAR_BASE.get(word.slice(-length));
    if (base) return word.slice(0, -length) + base;
  }
  return word;
}

/**
 * Match keys of a normalised Finnish word, most likely first: inflected forms share a key with
 * their base form (tuen, tukea, tuessa and tuki all give "tu"). Keys are not words.
 */
export function finnishStems(word: string): string[] {
  const w = baseOfIrregular(word);
  if (w.length <= 2) return [w];
  const keys = new Set<string>();
  for (const possessed of stripPossessive(stripClitic(w))) {
    for (const stem of stripCase(nominativeStem(possessed))) {
      for (const bare of stripVowels(stem)) keys.add(gradate(stripPluralJ(bare)));
    }
  }
  return [...keys];
}
