/** Runs the labelled cases through the real HTTP app and scores each one. */
import type { createApp } from '../../api/app.ts';
import type { Lang } from '../../search/analysis/index.ts';
import { findTypes, type ServiceTypes } from '../../search/match/service-types.ts';
import type { CorpusService } from './corpus/payloads.ts';
import type {
  HeldOutSet,
  InflectionCase,
  Judgments,
  MatchCase,
  SearchCase,
  TypeSituation,
} from './judgments/types.ts';
import { ndcgAt, recallAt } from './metrics.ts';

type App = ReturnType<typeof createApp>;

export const K = 10;

const splitOf = (set: HeldOutSet | undefined) => (set ? `held out ${set}` : 'development');

export interface CaseResult {
  id: string;
  lang: string;
  kind: string;
  text: string;
  /** `development`, `held out 1` or `held out 2` (judgments/types.ts `HeldOutSet`). */
  split: string;
  ndcg: number;
  recall: number;
  /** The top 10 as concept keys with their grades, for the report and eval.json. */
  top: { concept: string; grade: number }[];
  /** A match case with pooled judgments: its scores by the first judge's grades alone. */
  firstJudge?: { ndcg: number; recall: number };
  /**
   * A match case a second judge listed on their own (judgments/match-second-judge.ts): nDCG@10 of
   * that list by the first judge's grades, and of our ranking by the second judge's.
   */
  agreement?: { secondByFirst: number; oursBySecond: number };
}

/** How the service types found in an example situation compare with its labels. */
export interface TypeResult {
  lang: string;
  heldOut: boolean;
  /** The type the situation needs most is among those found. */
  first: boolean;
  /** The type found first is one the situation needs. */
  top: boolean;
}

export interface InflectionResult extends InflectionCase {
  hit: boolean;
  rank: number | null;
}

const available = (s: CorpusService, municipality?: string) =>
  !municipality || s.nationwide || s.municipalities.includes(municipality);

/** The services of a judge's list (concepts in order), as a ranking for `municipality`. */
export const listedServices = (
  services: readonly CorpusService[],
  list: Judgments,
  municipality?: string,
) =>
  Object.keys(list).flatMap((concept) =>
    services.filter((s) => s.concept === concept && available(s, municipality)).map((s) => s.id),
  );

/** Scores results against judgments by concept, counting only copies available in `municipality`. */
export function createScorer(services: readonly CorpusService[]) {
  const byId = new Map(services.map((s) => [s.id, s]));
  return (ids: readonly string[], judgments: Judgments, municipality?: string) => {
    const grade = (id: string) => {
      const s = byId.get(id);
      if (!s) throw new Error(`result ${id} is not in the eval corpus`);
      return judgments[s.concept] ?? 0;
    };
    const ranked = ids.map(grade);
    const relevant = services
      .filter((s) => judgments[s.concept] && available(s, municipality))
      .map((s) => judgments[s.concept]!);
    return {
      ndcg: ndcgAt(K, ranked, relevant),
      recall: recallAt(K, ranked, relevant.length),
      top: ids.slice(0, K).map((id, i) => ({ concept: byId.get(id)!.concept, grade: ranked[i]! })),
    };
  };
}

async function getJson(app: App, path: string, init?: RequestInit) {
  const response = await app.request(path, init);
  const body = await response.json();
  if (response.status !== 200)
    throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
  return body as { hits: { id: string }[] };
}

export async function evaluateSearch(
  app: App,
  score: ReturnType<typeof createScorer>,
  cases: readonly SearchCase[],
) {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const params = new URLSearchParams({ q: c.q, lang: c.lang, limit: String(K) });
    if (c.municipality) params.set('municipality', c.municipality);
    const body = await getJson(app, `/api/search?${params}`);
    const s = score(
      body.hits.map((h) => h.id),
      c.judgments,
      c.municipality,
    );
    results.push({
      id: c.id,
      lang: c.lang,
      kind: c.kind,
      text: c.q + (c.municipality ? ` [${c.municipality}]` : ''),
      split: splitOf(c.heldOut),
      ...s,
    });
  }
  return results;
}

/**
 * Scores each situation with its pooled judgments added (judgments/match-pooled.ts), and where a
 * second judge listed it on their own, the agreement between the judges and with our ranking.
 */
export async function evaluateMatch(
  app: App,
  score: ReturnType<typeof createScorer>,
  cases: readonly MatchCase[],
  {
    pooled,
    second,
    services,
    page,
  }: {
    pooled: Readonly<Record<string, Judgments>>;
    second: Readonly<Record<string, Judgments>>;
    services: readonly CorpusService[];
    /** The page language to ask in instead of the text's own (an advisor's Swedish page). */
    page?: Lang;
  },
) {
  const results: CaseResult[] = [];
  for (const c of cases) {
    const input = {
      needs: c.needs,
      themes: c.themes,
      municipality: c.municipality,
      lang: page ?? c.lang,
      language: c.language,
      ageGroup: c.ageGroup,
      mobility: c.mobility,
    };
    const body = await getJson(app, '/api/match', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    const ids = body.hits.map((h) => h.id);
    const added = pooled[c.id];
    const s = score(ids, { ...c.judgments, ...added }, c.municipality);
    const first = added ? score(ids, c.judgments, c.municipality) : undefined;
    const list = second[c.id];
    const agreement = list && {
      secondByFirst: score(
        listedServices(services, list, c.municipality),
        c.judgments,
        c.municipality,
      ).ndcg,
      oursBySecond: score(ids, list, c.municipality).ndcg,
    };
    const text = `${c.needs ?? `themes: ${c.themes?.join(', ')}`} [${c.municipality}${c.ageGroup ? `, ${c.ageGroup}` : ''}]`;
    results.push({
      id: c.id,
      lang: c.lang,
      kind: c.needs ? 'words' : 'themes',
      text,
      split: splitOf(c.heldOut),
      ...s,
      ...(first ? { firstJudge: { ndcg: first.ndcg, recall: first.recall } } : {}),
      ...(agreement ? { agreement } : {}),
    });
  }
  return results;
}

export async function evaluateInflections(
  app: App,
  services: readonly CorpusService[],
  cases: readonly InflectionCase[],
) {
  const concept = new Map(services.map((s) => [s.id, s.concept]));
  const results: InflectionResult[] = [];
  for (const c of cases) {
    const params = new URLSearchParams({ q: c.form, lang: c.lang, limit: String(K) });
    const body = await getJson(app, `/api/search?${params}`);
    const index = body.hits.findIndex((h) => concept.get(h.id) === c.concept);
    results.push({ ...c, hit: index >= 0, rank: index >= 0 ? index + 1 : null });
  }
  return results;
}

/** Reads each example situation into service types, as matching does. */
export function evaluateTypes(types: ServiceTypes, cases: readonly TypeSituation[]): TypeResult[] {
  return cases.map((c) => {
    const found = findTypes(types, c.text, c.lang).map((f) => f.type.id);
    return {
      lang: c.lang,
      heldOut: c.heldOut ?? false,
      first: found.includes(c.types[0]!),
      top: found.length > 0 && c.types.includes(found[0]!),
    };
  });
}
