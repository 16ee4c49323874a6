import { LANGS, type Lang } from '../analysis/index.ts';

/** Tells which language a client's text is written in. */
export interface LanguageGuesser {
  /**
   * The language of `text`: `page` (the language the user reads the answer in) unless the text is
   * plainly in another. An advisor on the Swedish page types the client's Finnish words.
   */
  guess(text: string, page: Lang): Lang;
}

/**
 * A text leaves the page's language only when another scores this much better, in total (natural
 * log) and per letter triple: "dementia" or "matbank" alone say little, "rahat loppuu kesken kuun"
 * says Finnish.
 */
const LEAD = 2;
const LEAD_PER_TRIPLE = 0.1;

/** The letter triples of a text's words, each word padded by a space at both ends. */
function triples(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!word) continue;
    const padded = ` ${word} `;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}

/**
 * A naive Bayes guesser over letter triples, learnt from `samples` of each language (the needs
 * vocabulary's own phrases: lay words, labels, names of kinds of service). Triples carry the
 * languages' endings and letters ("nen ", "ää", "ning", " och"), so even a short text such as
 * "äiti on yksinäinen" is told apart.
 */
export function createLanguageGuesser(samples: Record<Lang, readonly string[]>): LanguageGuesser {
  const counts = LANGS.map((lang) => {
    const byTriple = new Map<string, number>();
    let total = 0;
    for (const sample of samples[lang]) {
      for (const t of triples(sample)) {
        byTriple.set(t, (byTriple.get(t) ?? 0) + 1);
        total++;
      }
    }
    return { lang, byTriple, total };
  });
  const seen = new Set(counts.flatMap((c) => [...c.byTriple.keys()])).size;
  // Add-one smoothing: a triple a language never showed is unlikely in it, not impossible.
  const logP = ({ byTriple, total }: (typeof counts)[number], t: string) =>
    Math.log(((byTriple.get(t) ?? 0) + 1) / (total + seen));

  return {
    guess(text, page) {
      const ts = triples(text);
      if (ts.length === 0) return page;
      const scores = new Map(counts.map((c) => [c.lang, ts.reduce((s, t) => s + logP(c, t), 0)]));
      const [best, score] = [...scores].reduce((a, b) => (b[1] > a[1] ? b : a));
      const lead = score - scores.get(page)!;
      return lead >= LEAD && lead / ts.length >= LEAD_PER_TRIPLE ? best : page;
    },
  };
}
