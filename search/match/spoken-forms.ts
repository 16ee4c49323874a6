import type { Analyzer, Lang, QueryToken } from '../analysis/index.ts';

/**
 * A spoken Finnish active past participle: the written form's final t dropped ("on lyöny", "ei
 * oo maksanu", "ollu masentunu", "oon päässy", "se on menny"), after -n-, or a doubled -l-, -r-,
 * -s- or -n- of an assimilated one (tullut, purrut, noussut, mennyt).
 */
const SPOKEN_PARTICIPLE = /[aeiouyäö](?:n|nn|ll|rr|ss)[uy]$/;

/**
 * The client's tokens with a spoken participle also read as the written one: Voikko knows
 * "maksanut" (and, with `verbs`, its verb "maksaa") but not "maksanu", so a colloquial text missed
 * the vocabulary's words the written text finds. The written reading is a guess (a word may end
 * so by chance), so it counts like a compound part, at half credit; with full credit a phrase of
 * another theme completed by it outweighed the need told (search/match/README.md, thirteenth
 * round). A word the added t tells nothing new of keeps its reading. Finnish only, and only for
 * detection, like the participles' verbs themselves.
 */
export function withSpokenParticiples(
  analyzer: Analyzer,
  tokens: QueryToken[],
  lang: Lang,
): QueryToken[] {
  if (lang !== 'fi') return tokens;
  return tokens.map((token) => {
    if (!SPOKEN_PARTICIPLE.test(token.surface)) return token;
    const written = analyzer.analyzeQuery(`${token.surface}t `, lang, { verbs: true })[0];
    const added = (written?.terms ?? []).filter((k) => !token.terms.includes(k));
    return added.length > 0 ? { ...token, parts: [...token.parts, ...added] } : token;
  });
}
