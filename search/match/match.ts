import type { Lang } from '../analysis/index.ts';
import type { ChannelMode, SearchEngine } from '../contract.ts';
import type { DetectedTheme, ThemeDetector } from './detect-themes.ts';
import { AGE_GROUPS, ageGroups, type AgeGroup } from './age-groups.ts';
import { rankTheme, type ThemePick } from './rank-theme.ts';
import { mentionsElder } from './elder-words.ts';
import { statedAgeGroup } from './stated-age.ts';
import { wordRarity } from './rarity.ts';
import { findTypes, type ServiceTypes, type TypeFound } from './service-types.ts';
import { nextSteps, type NextStep } from './next-steps.ts';
import type { LanguageGuesser } from './text-language.ts';

/** A client's situation, as an advisor describes it. */
export interface MatchRequest {
  /** Free text in `lang`: "rahat loppuu kesken kuun, äiti on yksinäinen". */
  needs?: string;
  /** Need theme ids chosen directly. */
  themes?: string[];
  /** The client's home municipality (3-digit code): local services first, nationwide ones too. */
  municipality?: string;
  /**
   * Language of the answer, and of the text unless it is plainly in another (`MatchDeps.languages`):
   * the user's page language.
   */
  lang: Lang;
  /** The language the client wants to be served in (ISO 639-1); default `lang`. */
  language?: string;
  ageGroup?: AgeGroup;
  /** How the client prefers to use a service. */
  channel?: ChannelMode;
  /** `limited`: prefer accessible premises and services usable by phone or online. */
  mobility?: 'limited';
  /** Services per theme (default 5). */
  perTheme?: number;
}

/** Why a service was matched; the UI shows these next to each hit. */
export type MatchReason =
  | { kind: 'theme'; theme: string; words: string[] }
  | { kind: 'words'; terms: string[] }
  /** A kind of service the text points to (search/needs service types), named in the service. */
  | { kind: 'service-type'; type: string; label: string }
  | { kind: 'area'; scope: 'municipality'; municipality: string }
  | { kind: 'area'; scope: 'nationwide' }
  | { kind: 'language'; language: string }
  | { kind: 'channel'; channel: ChannelMode }
  | { kind: 'age-group'; ageGroup: AgeGroup }
  | { kind: 'accessible' }
  | { kind: 'remote' }
  | { kind: 'sector'; sector: 'non-sote' };

export interface MatchHit {
  id: string;
  /** The need theme the hit is listed under; null when no theme was found and words alone matched. */
  theme: string | null;
  score: number;
  reasons: MatchReason[];
}

export interface MatchedTheme {
  id: string;
  /** How the theme was chosen. */
  source: 'chosen' | 'words' | 'age-group';
  /** Vocabulary words found in the text (for `words`). */
  words: string[];
  /** Services in the theme in the client's area. */
  total: number;
}

export interface MatchResult {
  themes: MatchedTheme[];
  /**
   * The chosen themes' services, theme by theme in the order chosen, then the rest best first
   * across themes (each hit's `theme` says its group; within a group, best first): a strong second
   * need is not listed after a weak first one's tail. At most `perTheme` per theme.
   */
  hits: MatchHit[];
  /**
   * Kinds of service a client who needs one the text points to usually needs next, each with its
   * services in the area that are not among `hits` (search/needs service paths).
   */
  next: NextStep[];
}

/** What matching needs of a need theme (search/needs `NeedTheme` has this shape). */
export interface MatchTheme {
  id: string;
  labels: Record<Lang, string>;
  description: Record<Lang, string>;
  targetGroups: readonly string[];
  serviceClasses: readonly string[];
  ontologyTerms: readonly string[];
  lifeEvents: readonly string[];
  /** Themes close to this one: a service more central to one of them is not another need's. */
  related: readonly string[];
}

export interface MatchDeps {
  engine: SearchEngine;
  detector: ThemeDetector;
  /** Need themes (search/needs `needThemes`): target groups, and label and description to rank by. */
  themes: readonly MatchTheme[];
  /** Service types (search/needs `serviceTypes`): which of a theme's services the text asks for. */
  types?: ServiceTypes;
  /** Tells the text's language when it is not the page's; without it the text is read in `lang`. */
  languages?: LanguageGuesser;
}

interface Picked {
  picks: ThemePick[];
  /** The client's age group: given, stated in the text ("oon 17") or read from the themes found. */
  ageGroup: AgeGroup | undefined;
  /** The service types the text points to. */
  found: TypeFound[];
}

/**
 * The theme of an acute crisis (a risk to life, a trauma): listed first whenever it is found,
 * at full weight, whatever else the text shares words with. A text saying "ei halua enää elää"
 * among money worries needs the crisis line before debt advice.
 */
const ACUTE = 'crisis';

/**
 * How much a detected theme weighs against the others: by its share of the best score (0.6–1),
 * times 0.5–1 by its best single piece of evidence (detect-themes `strength`), so a theme found
 * only by shared words, compound parts or fragments of phrases ("poikaystävä" for loneliness)
 * does not list its services above those the client's own words find.
 */
const themeWeight = (theme: DetectedTheme, top: number) =>
  (theme.id === ACUTE ? 1 : 0.6 + (0.4 * theme.score) / top) *
  (0.5 + 0.5 * Math.min(1, theme.strength));

/** The weight of a theme only a service type found brings, times the type's weight. */
const TYPE_THEME = 0.85;
/** Need themes at most, with those types bring: each costs a theme's ranking (README). */
const MAX_NEEDS = 7;

function pickThemes(deps: MatchDeps, request: MatchRequest, labels: Lang): Picked {
  const picks: ThemePick[] = (request.themes ?? []).map((id) => ({
    id,
    source: 'chosen',
    words: [],
    said: [],
    family: [],
    weight: 1,
  }));
  const targets = new Map(deps.themes.map((t) => [t.id, t.targetGroups]));
  // A word naming a relative ("äiti") may point to a theme for another age group than the
  // client's; a theme for other ages only is left out when the age group is known. Target groups
  // that are not ages (KR1.6 disabled people) say nothing of it.
  const fitsAge = (id: string) => {
    if (!request.ageGroup) return true;
    const { otherAges } = AGE_GROUPS[request.ageGroup];
    return (targets.get(id) ?? []).some((g) => !otherAges.includes(g));
  };
  // A theme of one age group found by single words says who the client is ("lapsi", "teenage",
  // "pensionär"), not what they need: the needs told come first. A phrase ("ei ole
  // opiskelupaikkaa", "ensamstående mamma") or a named help tells a need of that age. An acute
  // crisis comes before everything.
  const ageThemes = new Set(ageGroups.map((g) => AGE_GROUPS[g].theme));
  const who = (t: DetectedTheme) =>
    Number(ageThemes.has(t.id) && !t.named && t.words.every((w) => !/\s/.test(w)));
  const acute = (t: DetectedTheme) => Number(t.id === ACUTE);
  const detected = (request.needs?.trim() ? deps.detector.detect(request.needs, request.lang) : [])
    .filter((t) => fitsAge(t.id))
    .sort((a, b) => acute(b) - acute(a) || who(a) - who(b));
  const top = Math.max(1e-9, ...detected.map((t) => t.score));
  for (const theme of detected) {
    if (picks.some((p) => p.id === theme.id)) continue;
    picks.push({
      id: theme.id,
      source: 'words',
      words: theme.words,
      said: theme.said,
      family: theme.family,
      weight: themeWeight(theme, top),
    });
  }
  // The themes the words found tell an age group (below); a type's theme is weaker evidence.
  const byWords = picks.map((p) => p.id);
  // A service type found ranks its services first within its theme, and brings the theme when
  // the theme's own words did not: "keuhkokuume … yksin kahden pikkulapsen kaa" is family home help.
  const found =
    request.needs?.trim() && deps.types
      ? findTypes(deps.types, request.needs, request.lang).filter((f) => fitsAge(f.type.theme))
      : [];
  for (const { type, detected, weight, nameWords, broader } of found) {
    let pick = picks.find((p) => p.id === type.theme);
    // A theme the words found weighs at least as much as a type of it the text points to.
    if (pick?.source === 'words' && byWords.includes(pick.id)) {
      pick.weight = Math.max(pick.weight, weight);
    }
    if (!pick) {
      if (picks.length >= MAX_NEEDS) continue;
      pick = {
        id: type.theme,
        source: 'words',
        words: [],
        said: [],
        family: [],
        weight: TYPE_THEME * weight,
      };
      picks.push(pick);
    }
    pick.types = [
      ...(pick.types ?? []),
      {
        id: type.id,
        label: type.labels[labels],
        names: type.names[request.lang],
        nameWords,
        weight,
        ...(broader && {
          broader: {
            id: broader.type.id,
            label: broader.type.labels[labels],
            names: broader.type.names[request.lang],
            nameWords: broader.nameWords,
          },
        }),
      },
    ];
    pick.words = [...new Set([...pick.words, ...detected.words])];
    pick.said = [...new Set([...pick.said, ...detected.said])];
  }
  const context = request.ageGroup ? AGE_GROUPS[request.ageGroup].theme : null;
  if (context && !picks.some((p) => p.id === context)) {
    picks.push({ id: context, source: 'age-group', words: [], said: [], family: [], weight: 0.5 });
  }
  // Without an age group, an age the text states tells it (for fit only: its theme is not added,
  // that lowered held out 6 and 7); else a theme found that belongs to one age group.
  const stated = request.needs ? statedAgeGroup(request.needs, request.lang) : undefined;
  const told = ageGroups.filter((g) => byWords.includes(AGE_GROUPS[g].theme));
  return {
    picks,
    ageGroup: request.ageGroup ?? stated ?? (told.length === 1 ? told[0] : undefined),
    found,
  };
}

/**
 * Matches a client's situation to services: needs text and chosen themes become need themes, each
 * searched in the client's municipality and nationwide; within a theme, services matching the
 * words and the client's preferences (area, language, age group, channel, mobility) and those of
 * associations, parishes and municipalities rank first, each with the reasons it matched.
 */
export async function matchNeeds(deps: MatchDeps, asked: MatchRequest): Promise<MatchResult> {
  // The text is read in its own language, the answer given in the page's, and services in the
  // page's language are still preferred.
  const text = asked.needs?.trim() ? deps.languages?.guess(asked.needs, asked.lang) : undefined;
  const request: MatchRequest =
    text && text !== asked.lang
      ? { ...asked, lang: text, language: asked.language ?? asked.lang }
      : asked;
  const { picks, ageGroup, found } = pickThemes(deps, request, asked.lang);
  // After the themes, the client's words across every theme: they may name a service the
  // vocabulary does not tie to the themes found ("häätöuhka" is also in social assistance texts).
  const wordsAlone: ThemePick | null = request.needs?.trim()
    ? {
        id: null,
        source: 'words',
        words: [],
        // The words that pointed to any theme, with their word families and the vocabulary's own
        // words for them (rank-theme.ts), count in full here too.
        said: [...new Set(picks.flatMap((p) => [...p.said, ...p.words]))],
        family: [...new Set(picks.flatMap((p) => p.family))],
        weight: picks.length > 0 ? 0.5 : 1,
      }
    : null;
  const groups = wordsAlone ? [...picks, wordsAlone] : picks;
  const needThemes = picks.filter((p) => p.source !== 'age-group').map((p) => p.id!);
  const rarity = await wordRarity(
    deps.engine,
    [request.needs ?? '', ...picks.flatMap((p) => p.family)].join(' '),
    request.lang,
  );
  const ranked = await Promise.all(
    groups.map((pick) =>
      rankTheme(deps, request, pick, {
        ageGroup,
        needThemes,
        rarity,
        // No text, only themes chosen: nothing says the client is not older.
        elder: !request.needs?.trim() || mentionsElder(request.needs, request.lang),
        listed: picks.map((p) => p.id!),
      }),
    ),
  );
  const perTheme = request.perTheme ?? 5;
  // A service several themes list is listed once, under the theme it scores best in: the first
  // theme to list it may only touch it (senior advice under memory disorders, where no type found
  // names it, ranked far below its copy under older people, where one does). Best copies first,
  // each theme up to `perTheme`.
  const copies = ranked.flatMap(({ hits: groupHits }, group) =>
    groupHits.map((hit, place) => ({ hit, group, place })),
  );
  copies.sort((a, b) => b.hit.score - a.hit.score || a.group - b.group || a.place - b.place);
  const listed = new Set<string>();
  const perGroup = ranked.map(() => 0);
  const hits: MatchHit[] = [];
  for (const { hit, group } of copies) {
    if (listed.has(hit.id) || perGroup[group]! >= perTheme) continue;
    listed.add(hit.id);
    perGroup[group]!++;
    hits.push(hit);
  }
  // Themes the advisor chose come first, in the order chosen. The rest is listed by score: it is
  // comparable across groups (relevance times fit times the theme's weight), and a strong second
  // need should not wait behind a weak first one's tail. The sort is stable: equals keep the group
  // order.
  const chosen = new Map(
    picks.filter((p) => p.source === 'chosen').map((p, i) => [p.id as string | null, i]),
  );
  const rank = (h: MatchHit) => chosen.get(h.theme) ?? chosen.size;
  hits.sort((a, b) => rank(a) - rank(b) || b.score - a.score);
  const themes = picks.map((p, i) => ({
    id: p.id!,
    source: p.source,
    words: p.words,
    total: ranked[i]!.total,
  }));
  return { themes, hits, next: await nextSteps(deps, request, found, listed, asked.lang) };
}
