// Raw words are found by a scanner rather than a regular expression (no match object per word):
// letters and digits, joined by a hyphen, or by a colon or apostrophe before a case ending (EU:n,
// show'ssa), the way the analyser's tokeniser reads them.
const WORD_CHAR = /[\p{L}\p{N}\p{M}\u00ad]/u;
const charClass = new Uint8Array(65536); // 0 = not looked up yet, 1 = word character, 2 = other

function isWordChar(code: number): boolean {
  let c = charClass[code]!;
  if (c === 0) charClass[code] = c = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return c === 1;
}

const isHyphen = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2011;
const isJoiner = (code: number): boolean =>
  isHyphen(code) || code === 0x3a || code === 0x27 || code === 0x2019;
const isSpace = (code: number): boolean =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0;

// "sosiaali- ja terveyspalvelut": the analyser completes a suspended half from the next full word,
// so the span up to that word stays one piece. Conjunctions on the way are short (ja, tai, sekä,
// och, and, or); the completing word is longer.
const MAX_CONJUNCTION = 4;

function wordEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (isWordChar(code)) i++;
    else if (isJoiner(code) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

const suspendedAt = (text: string, i: number): boolean =>
  i + 1 < text.length && isHyphen(text.charCodeAt(i)) && isSpace(text.charCodeAt(i + 1));

function skipOther(text: string, i: number): number {
  while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Splits a text into the pieces to analyse: single raw words, or a suspended compound half
 * together with the words up to the one completing it. Each piece analyses the same way wherever
 * it occurs, so its analysis can be cached by its text.
 */
export function splitRawWords(text: string): string[] {
  const pieces: string[] = [];
  let i = skipOther(text, 0);
  while (i < text.length) {
    const start = i;
    i = wordEnd(text, i);
    if (suspendedAt(text, i)) {
      for (;;) {
        const next = skipOther(text, i);
        if (next >= text.length) break;
        i = wordEnd(text, next);
        if (!suspendedAt(text, i) && i - next > MAX_CONJUNCTION) break;
      }
    }
    pieces.push(text.slice(start, i));
    i = skipOther(text, i);
  }
  return pieces;
}
