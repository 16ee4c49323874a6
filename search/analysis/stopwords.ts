import type { Lang } from './types.ts';

// Short lists of function words that carry no service meaning. Words that could be the point of a
// query stay out (apu, tuki, hjälp, help). Negations are in: term matching cannot honour "ei" or
// "inte" anyway, and as terms they would only match every text that happens to negate something.
const LISTS: Record<Lang, string> = {
  fi: `ja on ei se ne kun että jos tai sekä myös eli sillä koska kuin mutta vaan vai joka jotka
    jonka joita joiden jossa joissa josta joihin johon mikä mitkä mitä minkä missä mistä mihin
    olla ole olen olet olemme olette ovat oli olivat ollut olleet olisi on en et emme ette eivät
    eikä enkä etkä ettei jottei
    hän he me te minä sinä sen niiden sitä niitä siitä siihen siinä sinne täällä tämä tämän
    tätä tässä nämä näiden tuo nuo minun sinun hänen meidän teidän heidän kanssa mukaan vain
    jo vielä nyt sitten kuten niin näin siis esim esimerkiksi voi voit voivat voidaan myös
    kaikki jne ym yms mm tms ns n noin minulla minulle minua minut minusta sinulla sinulle sinua
    sinut hänellä hänelle häntä hänet hänestä meillä meille meitä teillä teille heillä heille
    heitä heidät mä sä mää sää mun sun mulla sulla mulle sulle oo oon oot ollaan ihan`,
  sv: `och i på att en ett det den de som är av för med till om har inte kan man eller samt så
    vid från du vi ni han hon dem sig sin sitt sina din ditt dina er ert era vår vårt våra
    deras här där hur när vad vilka vilken vilket detta dessa också även men bara skall ska
    kommer får finns alla utan mot under efter genom bl t ex osv dvs etc vill ville jag mig min
    mitt mina dig honom henne oss hos`,
  en: `a an the and or of to in on for with by at from is are was were be been being it its this
    that these those as if you your we our they their he she his her them can will may not
    also such etc e g i me my us so than then there here into about has have had s re ve ll d m`,
};

/** Stopwords per language, normalised. */
export const STOPWORDS: Record<Lang, ReadonlySet<string>> = {
  fi: new Set(LISTS.fi.trim().split(/\s+/)),
  sv: new Set(LISTS.sv.trim().split(/\s+/)),
  en: new Set(LISTS.en.trim().split(/\s+/)),
};

/** Conjunctions that join a suspended compound half to its head ("sosiaali- ja terveyspalvelut"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set([
  'ja',
  'tai',
  'sekä',
  'eli',
  'och',
  'eller',
  'samt',
  'and',
  'or',
]);
