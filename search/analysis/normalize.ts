// å, ä and ö are letters of their own in Finnish and Swedish (sorted after z), so they survive
// folding; every other Latin diacritic is dropped so "café" and "cafe" are one word.
const KEEP = new Set(['å', 'ä', 'ö']);

// Letters that NFD does not decompose. æ/ø are the Danish/Norwegian spellings of ä/ö.
// The soft hyphen is an invisible line-break hint inside a word, so it disappears.
const SPECIAL: Record<string, string> = {
  æ: 'ä',
  ø: 'ö',
  ß: 'ss',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '\u00ad': '',
};

const COMBINING_MARKS = /\p{M}/gu;
const NON_ASCII = /[^\p{ASCII}]/gu;
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = KEEP.has(ch) ? ch : (SPECIAL[ch] ?? ch.normalize('NFD').replace(COMBINING_MARKS, ''));
    folded.set(ch, out);
  }
  return out;
}

/**
 * Canonical form of a text for matching: Unicode NFC, lower case, diacritics folded except å/ä/ö
 * (é→e, ü→u, æ→ä, ø→ö). Punctuation and spacing are kept; {@link tokenize} deals with those.
 */
export function normalize(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(NON_ASCII, foldChar);
}
