import type { Lang } from '../analysis/index.ts';
import type { SearchFilters, SearchHit } from '../contract.ts';
import type { MatchDeps, MatchRequest } from './match.ts';
import { typeStrength, TYPE_NAMED } from './rank-theme.ts';
import { wordRarity, type Rarity } from './rarity.ts';
import {
  nextTypes,
  type MatchServiceType,
  type NameWords,
  type TypeFound,
} from './service-types.ts';

/** A kind of service a client who needs one the text points to usually needs next (a service path). */
export interface NextStep {
  /** The kind of service (search/needs service types) and its label in the page's language. */
  type: string;
  label: string;
  /** The kind of service the text points to that this one follows. */
  after: { type: string; label: string };
  /** Its services in the client's area, best first, none of them among the matches. */
  ids: string[];
}

/** Next steps at most, and services per step: a pointer beside the matches, not a second list. */
const STEPS = 3;
const PER_STEP = 3;
/** Kinds looked for: one more than shown, as a kind may have no service in the area. */
const TRIED = STEPS + 1;
/**
 * The evidence a type found needs for its path (detect-themes `strength`): a word of its own said
 * whole. "Äiti on yksinäinen" says a family meeting place only through a shared word, and its
 * path (child health clinics) would be noise.
 */
const SURE = 0.5;

/**
 * The next steps of the service types found ("turvakoti" → rikosuhripäivystys, oikeusaputoimisto),
 * each with the services of its kind in the area: those in its theme whose texts say the kind's
 * names as strongly as its best service's (rare words count, so a shared "neuvonta" is not
 * enough), none of them in `listed` nor of a kind the text points to. Listed apart from the
 * matches: on the eval, mixing them into the ranking lowered the blind sets
 * (search/match/README.md, fifteenth round).
 */
export async function nextSteps(
  deps: MatchDeps,
  request: MatchRequest,
  found: readonly TypeFound[],
  listed: ReadonlySet<string>,
  labels: Lang = request.lang,
): Promise<NextStep[]> {
  const { types } = deps;
  if (!types) return [];
  const area: SearchFilters = request.municipality
    ? { municipalities: [request.municipality], includeNationwide: true }
    : {};
  const sure = found.filter((f) => f.detected.strength >= SURE);
  const candidates = nextTypes(types, sure).slice(0, TRIED);
  if (candidates.length === 0) return [];
  // The services of the kinds the text points to are the matches' business: a second shelter
  // that tells of restraining orders is not the way to one.
  const foundKinds = [...new Map(candidates.map((c) => [c.after.id, c.after])).values()];
  const names = (type: MatchServiceType) => type.names[request.lang].join(' ');
  const search = (type: MatchServiceType, limit: number) =>
    deps.engine.search({
      q: `${names(type)} `,
      lang: request.lang,
      filters: { ...area, themes: [type.theme] },
      limit,
    });
  // One rarity for every kind's names: they share words ("neuvonta", "tuki").
  const [rarity, stepHits, foundHits] = await Promise.all([
    wordRarity(
      deps.engine,
      [...candidates.map((c) => c.type), ...foundKinds].map(names).join(' '),
      request.lang,
    ),
    Promise.all(candidates.map((c) => search(c.type, STEP_LIMIT))),
    Promise.all(foundKinds.map((type) => search(type, ALL))),
  ]);
  const steps = candidates.map(({ type, after }, i) => ({
    type: type.id,
    label: type.labels[labels],
    after: { type: after.id, label: after.labels[labels] },
    ids: ofKind(stepHits[i]!.hits, rarity, types.readNames(type, request.lang), TYPE_NAMED),
  }));
  // A service is shown once: among the matches or under the first step it is of.
  const taken = new Set([
    ...listed,
    ...foundHits.flatMap(({ hits }, i) =>
      ofKind(hits, rarity, types.readNames(foundKinds[i]!, request.lang), FOUND_KIND),
    ),
  ]);
  return steps
    .map((step) => {
      const ids = step.ids.filter((id) => !taken.has(id)).slice(0, PER_STEP);
      ids.forEach((id) => taken.add(id));
      return { ...step, ids };
    })
    .filter((step) => step.ids.length > 0)
    .slice(0, STEPS);
}

/** Services looked at for a step, and for the kinds the text points to (all in most areas). */
const STEP_LIMIT = 20;
const ALL = 1000;
/**
 * How strongly a service says a kind the text points to, against the kind's best service, to be
 * of it here: looser than for a step, since a shelter's copies say "turvakoti" and little else.
 */
const FOUND_KIND = 0.25;

/**
 * The hits of a search for a kind's names that are of the kind, best first: those whose texts say
 * the names at least `least` as strongly as the best hit's, by the rarity of the names' words, and
 * say one of the names (rank-theme.ts `typeStrength`).
 */
function ofKind(
  hits: readonly SearchHit[],
  rarity: Rarity,
  names: readonly NameWords[],
  least: number,
): string[] {
  const strength = typeStrength(hits, rarity, names);
  return hits
    .filter((h) => strength.get(h.id)! >= least)
    .sort((a, b) => strength.get(b.id)! - strength.get(a.id)!)
    .map((h) => h.id);
}
