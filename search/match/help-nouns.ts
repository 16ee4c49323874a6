import type { Analyzer, Lang, QueryToken } from '../analysis/index.ts';

/**
 * Nouns for a kind of help or a place to get it. A lay word ending in one (as its compound head,
 * or as the last of several words) names the help: "ruoka-apua" asks for food aid where "rahat ei
 * riitä" describes a situation.
 */
const HELP_NOUNS: Record<Lang, string> = {
  fi: `apu tuki neuvonta palvelu hoito ryhmä toiminta kerho kurssi linja puhelin klinikka kahvila
    koti maja majoitus valmennus paja terapia pankki kassi jakelu luotsi neuvola liikunta jumppa
    opastus lounas ateria sovittelu kuljetus liikenne tulkkaus järjestely`,
  sv: `hjälp stöd rådgivning tjänst vård grupp verksamhet kurs telefon linje café hem boende
    mottagning bank kasse terapi trafik medling utdelning motion gympa bistånd sanering tolkning`,
  en: `help aid support advice service care group course helpline line café cafe shelter bank
    parcel therapy counselling mediation transport accommodation housing clinic exercise meal
    restructuring allowance`,
};

/**
 * "Home" as where something happens, not a home to go to: "rädd hemma", "hittar inte hem" and
 * "sitter ensam hemma" describe a situation, though stemmed like "hem" of "skyddshem".
 */
const PLACE_ADVERBS = new Set(['hemma', 'hem', 'hemifrån', 'kotona', 'kotoa', 'kotiin', 'home']);

/**
 * Tells whether an analysed phrase names a kind of help: its last word is a compound whose head
 * is a help noun ("velkaneuvonta"), or a help noun after other words ("food bank"), in every
 * reading, so "sairastuin" (also read sairas+tuki) does not.
 */
export function helpNamer(analyzer: Analyzer, lang: Lang): (tokens: QueryToken[]) => boolean {
  const heads = new Set(
    HELP_NOUNS[lang]
      .trim()
      .split(/\s+/)
      .flatMap((w) => analyzer.analyzeQuery(`${w} `, lang)[0]?.terms ?? []),
  );
  return (tokens) => {
    const last = tokens.at(-1);
    if (!last) return false;
    const compound = last.parts.length > 0;
    if (!compound && (tokens.length === 1 || PLACE_ADVERBS.has(last.surface))) return false;
    return last.terms.every((key) =>
      [...heads].some((h) => (compound ? key.endsWith(h) && key !== h : key === h)),
    );
  };
}
