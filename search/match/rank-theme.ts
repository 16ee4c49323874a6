import { MAX_LIMIT, type SearchFilters, type SearchHit } from '../contract.ts';
import type { OrganizationKind } from '../../schema/constants.ts';
import { AGE_GROUPS, UNKNOWN_AGE, UNKNOWN_AGE_NO_ELDER, type AgeGroup } from './age-groups.ts';
import { codeTiers, elsewhereTiers } from './centrality.ts';
import { withoutRelations } from './relation-words.ts';
import type { Rarity } from './rarity.ts';
import { nameCoverage, type NameWords } from './service-types.ts';
import type { MatchDeps, MatchedTheme, MatchHit, MatchReason, MatchRequest } from './match.ts';

/** A theme to search, how it was chosen and how much it weighs (null: words alone). */
export interface ThemePick {
  id: string | null;
  source: MatchedTheme['source'];
  words: string[];
  /** The client's words that point to the theme (detect-themes `said`). */
  said: string[];
  /** Lay words of the same families as the client's (detect-themes `family`), searched with them. */
  family: string[];
  weight: number;
  /** Service types found in the text for this theme: their services rank first within it. */
  types?: PickedType[];
}

/** A kind of service as a theme searches for it: its label and names in the request's languages. */
export interface KindNames {
  id: string;
  label: string;
  names: readonly string[];
  /** The names as the analyser reads them (service-types.ts `typeNameReader`). */
  nameWords: readonly NameWords[];
}

/** A service type found in the text, as a theme ranks by it. */
export interface PickedType extends KindNames {
  weight: number;
  /** The kind to rank by instead where no service here says the type's names. */
  broader?: KindNames;
}

/** What ranking a theme needs to know of the others and of the client. */
export interface RankContext {
  /** The client's age group, given or read from the text. */
  ageGroup: AgeGroup | undefined;
  /** Themes chosen or found in the text: an age group's theme lists only services also in these. */
  needThemes: string[];
  /** How rare the client's words are in the catalogue (rarity.ts). */
  rarity: Rarity;
  /** The text speaks of a parent, a grandparent or old age (elder-words.ts `mentionsElder`). */
  elder: boolean;
  /** Every theme listed (chosen, found, the age group's): a service about another need fits less. */
  listed: string[];
}

/**
 * A hit's score is its relevance times its fit: relevance says how much the service is about the
 * need (its classes, the theme's own words, the client's words), fit how well it suits the client
 * (area, language, age group, channel, mobility, sector). Fit multiplies, so a nearby service that
 * is only loosely in the theme does not outrank one squarely about it.
 */
export const BOOST = {
  /**
   * Relevance every service of the theme has: what being in a theme found is worth against a
   * service the words alone find, now that both are listed in one order by score.
   */
  base: 0.3,
  /** Times the centrality of the service's most central code in the theme (0..1). */
  central: 0.3,
  /** The theme's own words (its label and description) in the service's text. */
  theme: 0.8,
  /** A service type found in the text named in the service's text (by its type's weight). */
  type: 3,
  /** The client's own words in the service's text: those that point to the theme, or all of them. */
  words: 1,
  /** All of the client's words, when some point to the theme: the rest is often context. */
  allWords: 0.5,
  local: 0.3,
  language: 0.2,
  ageGroup: 0.2,
  channel: 0.15,
  accessible: 0.15,
  /** Small on purpose: non-sote help is surfaced among equals, not above a better match. */
  sector: 0.1,
};

/** Fit of a service only for other ages than the client's ("Nuorten …" for an older client). */
const OTHER_AGE = 0.6;
/** The same when the client's age is not known (age-groups.ts `UNKNOWN_AGE`, `UNKNOWN_AGE_NO_ELDER`). */
const OTHER_AGE_UNKNOWN = 0.8;
/**
 * Fit of a service that is about another need: a code of it is more central to a theme neither
 * found nor related to this one than its best code is to this theme. A gambling peer group is in
 * the memory theme by the peer-support class seven themes share, but the gambling theme's class
 * says what it is for. A related theme's service is not another need (the crisis centre in mental
 * health). Measured at 0.6–0.8 (search/match/README.md, tenth round).
 */
const ELSEWHERE = 0.8;

/**
 * Organisation kinds outside social and health care: tarjotin's point is to show associations,
 * parishes and municipal wellbeing services next to the county's sote services.
 */
const NON_SOTE: OrganizationKind[] = ['association', 'parish', 'municipality'];

/** The type strength of a type's names in a service for the type to be shown as a reason. */
export const TYPE_NAMED = 0.5;
/** A broader kind standing in for a type weighs this much of the type's weight. */
const BROADER = 0.8;

/** Services each of a theme's searches lists (the theme's own, the words', each type's names'). */
const POOL = 200;

/**
 * Words an advisor uses for the person in front of them ("asiakkaalla on…", "client's son…"):
 * many service texts say "asiakas" too, so as search words they only add noise.
 */
const CLIENT_WORDS = /(^|[^\p{L}])(asiak|client|klient)\p{L}*('s)?/giu;

/** The text of a need without the words for the client, for searching service texts. */
const withoutClientWords = (text: string) =>
  text.replace(CLIENT_WORDS, '$1').replace(/\s+/g, ' ').trim();

/**
 * 0..1 for each text hit: the rarity of the words matched (against the best hit, or against one
 * rare word when no hit has more) times the square root of the engine's score (against the best).
 * Both count: a text saying "rahat loppuvat kesken kuun" beats one with "raha" alone, and a hit on
 * words most services say ("saa", "ilta") stays weak even when it is the best there is. The root:
 * the engine weighs fields for search, a word in a name ten times one in a description, yet a
 * service describing "lapsen kehitys" is about it nearly as much as one naming it.
 */
export function textStrength(hits: readonly SearchHit[], rarity: Rarity): Map<string, number> {
  const weight = (h: SearchHit) =>
    h.matched.terms.reduce((sum, t) => sum + (rarity.get(t) ?? 1), 0);
  const most = (f: (h: SearchHit) => number) => Math.max(1e-9, ...hits.map(f));
  const coverage = Math.max(1, most(weight));
  const score = most((h) => h.score);
  return new Map(hits.map((h) => [h.id, (weight(h) / coverage) * Math.sqrt(h.score / score)]));
}

/**
 * 0..1 for each hit of a search for a type's names: its text strength times the square of how
 * much of one of the names its text says. Text strength alone is against the best hit, and where
 * no service of the type is near, the best hit is one sharing a word ("palvelu", "vertaistuki")
 * and counted in full: social rehabilitation ranked senior advice first.
 */
export function typeStrength(
  hits: readonly SearchHit[],
  rarity: Rarity,
  names: readonly NameWords[],
): Map<string, number> {
  const text = textStrength(hits, rarity);
  return new Map(
    hits.map((h) => [h.id, text.get(h.id)! * nameCoverage(names, h.matched.terms) ** 2]),
  );
}

/**
 * Ranks the services of one theme in the client's area. The theme's searches (its own listing,
 * the client's words, the types' names) make the pool; then each signal (area, language, age,
 * sector, …) is one engine query for which of the pool's services pass its filter, exact
 * whatever the size of the catalogue.
 */
export async function rankTheme(
  deps: MatchDeps,
  request: MatchRequest,
  pick: ThemePick,
  { ageGroup, needThemes, rarity, elder, listed }: RankContext,
) {
  const { engine } = deps;
  const base: SearchFilters = {};
  if (pick.id) base.themes = [pick.id];
  if (request.municipality) {
    base.municipalities = [request.municipality];
    base.includeNationwide = true;
  }
  const language = request.language ?? request.lang;
  const age = ageGroup ? AGE_GROUPS[ageGroup].targetGroups : [];
  const ages = ageGroup ? AGE_GROUPS[ageGroup] : elder ? UNKNOWN_AGE : UNKNOWN_AGE_NO_ELDER;
  const search = (q: string | undefined, filters: SearchFilters = {}) =>
    engine.search({ q, lang: request.lang, filters: { ...base, ...filters }, limit: POOL });
  // Which of `candidates` pass `filters`, a search per MAX_LIMIT of them.
  const passing = async (candidates: readonly string[], filters: SearchFilters | null) => {
    const found = new Set<string>();
    if (!filters) return found;
    for (let i = 0; i < candidates.length; i += MAX_LIMIT) {
      const ids = candidates.slice(i, i + MAX_LIMIT);
      const { hits } = await engine.search({
        lang: request.lang,
        filters: { ...base, ...filters, ids },
        limit: ids.length,
      });
      for (const h of hits) found.add(h.id);
    }
    return found;
  };
  const theme = pick.id ? deps.themes.find((t) => t.id === pick.id) : undefined;
  const tiers = theme ? codeTiers(deps.themes, theme.id) : [];
  // The codes of themes neither listed nor related to this one, more central than a service's
  // best code in this theme can be (one of its codes is in it).
  const least = Math.min(...tiers.map((t) => t.weight));
  const other = theme
    ? elsewhereTiers(deps.themes, [...listed, ...theme.related]).filter((t) => t.weight > least)
    : [];
  // The age group's theme is context: its services for the needs told, not all of them.
  const context = pick.source === 'age-group';
  // Within a need's theme the words for the people around the client ("mies lähti", "my partner")
  // say whose need it is, not what is asked: as search words they rank a men's meeting place or a
  // family café above the need's services. The age group's theme keeps them ("lapsi" finds its
  // services for children), and so do the words alone, whose services are all they find.
  const needs = request.needs
    ? withoutClientWords(
        context || !pick.id ? request.needs : withoutRelations(request.needs, request.lang),
      )
    : '';
  // The vocabulary's own words are searched beside the client's: a participle ("kaatunut") is
  // read as its verb only in the client's text, so "kaatui kotona" is what meets "kaatuu".
  // Texts end in a space: they are complete, their last word is not being typed.
  const told = [...new Set([...pick.said, ...pick.family, ...pick.words])].join(' ');
  const [all, words, need, about] = await Promise.all([
    search(undefined),
    needs ? search(`${[needs, ...pick.family].join(' ')} `) : null,
    told ? search(`${told} `) : null,
    theme ? search(`${theme.labels[request.lang]} ${theme.description[request.lang]} `) : null,
  ]);
  const typeStrengthHere = async (type: KindNames) =>
    typeStrength((await search(`${type.names.join(' ')} `)).hits, rarity, type.nameWords);
  const typeHits = await Promise.all(
    (pick.types ?? []).map(async (type) => {
      const strength = await typeStrengthHere(type);
      const { broader } = type;
      if (!broader || Math.max(0, ...strength.values()) >= TYPE_NAMED) return { type, strength };
      // No service here is of the kind: those of the broader kind stand in ("korvaushoito" →
      // A-klinikka), shown as what they are.
      return {
        type: { ...broader, weight: BROADER * type.weight },
        strength: await typeStrengthHere(broader),
      };
    }),
  );
  const typeScore = (id: string) =>
    Math.max(0, ...typeHits.map((t) => t.type.weight * (t.strength.get(id) ?? 0)));
  // Shown as a reason when the type's names are in the service's text about as strongly as in
  // the type's best service: a weaker match is a shared word, not the kind of service.
  const typeNamed = (id: string) =>
    typeHits.find((t) => (t.strength.get(id) ?? 0) >= TYPE_NAMED)?.type;
  const textHits = new Map((words?.hits ?? []).map((h) => [h.id, h]));
  const allScore = textStrength(words?.hits ?? [], rarity);
  const needScore = textStrength(need?.hits ?? [], rarity);
  // The words that point to the theme count in full, the rest of the text less ("lost his job
  // and drinks": "lost" finds grief groups in the substance use theme).
  const textScore = (id: string) =>
    need
      ? Math.max(needScore.get(id) ?? 0, BOOST.allWords * (allScore.get(id) ?? 0))
      : (allScore.get(id) ?? 0);
  const aboutScore = textStrength(about?.hits ?? [], rarity);
  // Without a theme only the words can find anything.
  // A theme may hold more services than one query lists (POOL): those the client's words and the
  // types' names find in it join the first it lists, or a large theme ranks without them.
  const inTheme = [
    ...new Set([
      ...[...all.hits, ...(need?.hits ?? []), ...(words?.hits ?? [])].map((h) => h.id),
      ...typeHits.flatMap((t) => [...t.strength].filter(([, s]) => s > 0).map(([id]) => id)),
    ]),
  ];
  // The age group's theme lists its services that are also in a need's theme, or that the
  // words find.
  const linked = await passing(
    inTheme,
    context && needThemes.length > 0 ? { themes: needThemes } : null,
  );
  const pool = !pick.id
    ? (words?.hits ?? []).map((h) => h.id)
    : context
      ? inTheme.filter((id) => linked.has(id) || textHits.get(id)?.matched.terms.length)
      : inTheme;
  const order = new Map(pool.map((id, i) => [id, i]));
  const among = (filters: SearchFilters | null) => passing(pool, filters);
  const [local, lang, channel, forAge, otherAge, forAll, accessible, remote, sector, ...coded] =
    await Promise.all([
      among(request.municipality ? { includeNationwide: false } : null),
      among({ languages: [language] }),
      among(request.channel ? { channelModes: [request.channel] } : null),
      among(age.length > 0 ? { targetGroups: age } : null),
      among({ targetGroups: ages.otherAges }),
      among({ targetGroups: ['KR1', ...ages.fits] }),
      among(request.mobility ? { accessible: true } : null),
      among(request.mobility ? { channelModes: ['phone', 'online'] } : null),
      among({ organizationKinds: NON_SOTE }),
      ...[...tiers, ...other].map((tier) => among(tier.filter)),
    ]);
  const central = coded.slice(0, tiers.length);
  const centrality = (id: string) => tiers.find((_, i) => central[i]!.has(id))?.weight ?? 0;
  const elsewhere = (id: string) =>
    other.find((_, i) => coded[tiers.length + i]!.has(id))?.weight ?? 0;

  const hits = pool.map((id): MatchHit => {
    const reasons: MatchReason[] = [];
    let relevance = pick.id
      ? BOOST.base +
        BOOST.central * centrality(id) +
        BOOST.theme * (aboutScore.get(id) ?? 0) +
        BOOST.type * typeScore(id)
      : 0;
    let fit = 1;
    const add = (boost: number, reason: MatchReason) => {
      fit += boost;
      reasons.push(reason);
    };
    if (pick.id) reasons.push({ kind: 'theme', theme: pick.id, words: pick.words });
    const type = typeNamed(id);
    if (type) reasons.push({ kind: 'service-type', type: type.id, label: type.label });
    const text = textHits.get(id);
    if (text && text.matched.terms.length > 0) {
      relevance += BOOST.words * textScore(id);
      reasons.push({ kind: 'words', terms: text.matched.terms });
    }
    if (request.municipality) {
      if (local.has(id)) {
        add(BOOST.local, {
          kind: 'area',
          scope: 'municipality',
          municipality: request.municipality,
        });
      } else reasons.push({ kind: 'area', scope: 'nationwide' });
    }
    if (lang.has(id)) add(BOOST.language, { kind: 'language', language });
    if (request.channel && channel.has(id)) {
      add(BOOST.channel, { kind: 'channel', channel: request.channel });
    }
    if (ageGroup && forAge.has(id)) add(BOOST.ageGroup, { kind: 'age-group', ageGroup });
    if (accessible.has(id)) add(BOOST.accessible, { kind: 'accessible' });
    else if (remote.has(id)) add(BOOST.accessible, { kind: 'remote' });
    if (sector.has(id)) add(BOOST.sector, { kind: 'sector', sector: 'non-sote' });
    if (otherAge.has(id) && !forAll.has(id)) fit *= ageGroup ? OTHER_AGE : OTHER_AGE_UNKNOWN;
    if (pick.id && elsewhere(id) > centrality(id)) fit *= ELSEWHERE;
    return {
      id,
      theme: pick.id,
      score: Math.round(pick.weight * relevance * fit * 1000) / 1000,
      reasons,
    };
  });
  // Ties keep the engine's order (name order when browsing), which is stable.
  hits.sort((a, b) => b.score - a.score || order.get(a.id)! - order.get(b.id)!);
  return { total: pick.id ? all.total : (words?.total ?? 0), hits };
}
