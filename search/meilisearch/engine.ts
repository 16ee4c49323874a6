import {
  MeilisearchApiError,
  type EnqueuedTask,
  type Index,
  type Meilisearch,
  type SearchParams,
  type Task,
} from 'meilisearch';
import { LANGS, type Analyzer } from '../analysis/index.ts';
import {
  MAX_LIMIT,
  type FacetName,
  type SearchDocument,
  type SearchEngine,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type Suggestion,
} from '../contract.ts';
import { DEFAULT_LIMIT } from '../embedded/execute.ts';
import { themeSuggestions, type ThemeLabels } from '../theme-suggestions.ts';
import type { UiLanguage } from '../../schema/constants.ts';
import { toMeiliDocument, type MeiliServiceDocument } from './documents.ts';
import { postFilter } from './post-filter.ts';
import { meiliFilter, meiliQueryText } from './query.ts';
import { meiliSettings, nameSortAttribute, rawAttribute, termAttribute } from './settings.ts';

export interface MeilisearchEngineOptions {
  client: Meilisearch;
  /** Uid of the live index (default `services`); rebuilds go to `<index>_<timestamp>` and are swapped in. */
  index?: string;
  analyzer: Analyzer;
  themes?: readonly ThemeLabels[];
  /** Documents per add-documents request (default 5000). */
  batchSize?: number;
  /** Longest wait for one indexing task, ms (default 10 minutes). */
  taskTimeoutMs?: number;
}

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded')
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no error message'}`,
    );
}

// Before the first replaceAll there is no index: that is an empty catalogue, not an error.
async function unlessMissing<T>(request: Promise<T>, empty: T): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')
      return empty;
    throw error;
  }
}

// "terms_name_fi" and "name_fi" are both the name in Finnish: "name.fi", as the embedded engine says.
const fieldOf = (attribute: string): string =>
  attribute.replace(/^terms_/, '').replace(/_(\w+)$/, '.$1');

/**
 * The SearchEngine on a Meilisearch server. Open-now and exact distances cannot be Meilisearch
 * filters: for such queries every hit of the other filters is fetched (ids, hours, locations,
 * facet values), filtered here, and total, facets and the page computed from what remains.
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly #client: Meilisearch;
  readonly #uid: string;
  readonly #analyzer: Analyzer;
  readonly #themes: readonly ThemeLabels[];
  readonly #batchSize: number;
  readonly #timeout: number;
  #rebuild: Promise<void> = Promise.resolve();

  constructor(options: MeilisearchEngineOptions) {
    this.#client = options.client;
    this.#uid = options.index ?? 'services';
    this.#analyzer = options.analyzer;
    this.#themes = options.themes ?? [];
    this.#batchSize = options.batchSize ?? 5000;
    this.#timeout = options.taskTimeoutMs ?? 600_000;
  }

  get #index(): Index<MeiliServiceDocument> {
    return this.#client.index<MeiliServiceDocument>(this.#uid);
  }

  async #wait(promise: ReturnType<Meilisearch['createIndex']>): Promise<void> {
    assertSucceeded(await promise.waitTask({ timeout: this.#timeout }));
  }

  #exists(uid: string): Promise<boolean> {
    return unlessMissing(
      this.#client.getIndex(uid).then(() => true),
      false,
    );
  }

  async #build(documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<void> {
    const staging = `${this.#uid}_${Date.now()}`;
    await this.#wait(this.#client.createIndex(staging, { primaryKey: 'id' }));
    try {
      const index = this.#client.index<MeiliServiceDocument>(staging);
      await this.#wait(index.updateSettings(meiliSettings));
      // Batches are enqueued as they fill (Meilisearch indexes them in order) and awaited at the end.
      const enqueued: EnqueuedTask[] = [];
      let batch: MeiliServiceDocument[] = [];
      for await (const doc of documents) {
        batch.push(toMeiliDocument(doc, this.#analyzer));
        if (batch.length >= this.#batchSize) {
          enqueued.push(await index.addDocuments(batch));
          batch = [];
        }
      }
      if (batch.length > 0) enqueued.push(await index.addDocuments(batch));
      const tasks = await this.#client.tasks.waitForTasks(enqueued, { timeout: this.#timeout });
      tasks.forEach(assertSucceeded);
      if (!(await this.#exists(this.#uid)))
        await this.#wait(this.#client.createIndex(this.#uid, { primaryKey: 'id' }));
      await this.#wait(
        this.#client.swapIndexes([{ indexes: [this.#uid, staging], rename: false }]),
      );
    } finally {
      // After the swap the staging uid holds the old documents; before it, a failed build.
      await this.#wait(this.#client.deleteIndex(staging));
    }
  }

  /** Builds `<index>_<timestamp>`, swaps it with the live index, deletes the old one. Calls queue up. */
  replaceAll(documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<void> {
    const run = this.#rebuild.then(() => this.#build(documents));
    this.#rebuild = run.catch(() => {});
    return run;
  }

  search(query: SearchQuery): Promise<SearchResult> {
    return unlessMissing(this.#search(query), { total: 0, hits: [], facets: {} });
  }

  async #search(query: SearchQuery): Promise<SearchResult> {
    const limit = Math.max(0, Math.min(query.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
    const offset = Math.max(0, query.offset ?? 0);
    const text = meiliQueryText(this.#analyzer, query.q, query.lang);
    const params: SearchParams = {
      filter: meiliFilter(query.filters),
      matchingStrategy: 'last',
      showRankingScore: true,
      showMatchesPosition: true,
      sort: text ? undefined : [`${nameSortAttribute(query.lang)}:asc`],
    };
    const terms = text.split(' ').filter(Boolean);
    if (query.filters?.openAt || query.filters?.near)
      return postFilter(this.#index, text, params, { query, limit, offset, terms });
    const response = await this.#index.search(text, {
      ...params,
      page: 1,
      hitsPerPage: offset + limit,
      facets: query.facets ? [...query.facets] : undefined,
      attributesToRetrieve: ['id'],
    });
    const hits = response.hits.slice(offset).map((hit): SearchHit => ({
      id: hit.id,
      score: hit._rankingScore ?? 0,
      matched: {
        terms,
        fields: [...new Set(Object.keys(hit._matchesPosition ?? {}).map(fieldOf))],
      },
    }));
    const facets = (response.facetDistribution ?? {}) as Partial<
      Record<FacetName, Record<string, number>>
    >;
    return { total: response.totalHits, hits, facets };
  }

  async suggest(q: string, lang: UiLanguage, limit = 8): Promise<Suggestion[]> {
    const out = themeSuggestions(this.#themes, q, lang).slice(0, limit);
    const text = meiliQueryText(this.#analyzer, q, lang);
    if (!text || out.length >= limit) return out;
    const names = LANGS.map((l) => rawAttribute('name', l));
    const request = this.#index.search(text, {
      limit: 5 * limit,
      attributesToSearchOn: [...LANGS.map((l) => termAttribute('name', l)), ...names],
      attributesToRetrieve: ['id', ...names],
    });
    const response = await unlessMissing(request, { hits: [] } as unknown as Awaited<
      typeof request
    >);
    const seen = new Set<string>();
    for (const hit of response.hits) {
      const name = (hit[rawAttribute('name', lang)] ?? names.map((n) => hit[n]).find(Boolean)) as
        string | undefined;
      if (out.length >= limit) break;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      out.push({ text: name, serviceId: hit.id });
    }
    return out;
  }

  async count(): Promise<number> {
    const stats = await unlessMissing(this.#index.getStats(), null);
    return stats?.numberOfDocuments ?? 0;
  }

  /** Waits for a rebuild under way; the index stays on the server. */
  async close(): Promise<void> {
    await this.#rebuild;
  }
}
