import type { Analyzer } from '../analysis/index.ts';
import type {
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
  Suggestion,
} from '../contract.ts';
import type { UiLanguage } from '../../schema/constants.ts';
import { IndexBuilder } from './builder.ts';
import { executeSearch } from './execute.ts';
import { Scratch } from './scratch.ts';
import type { IndexSnapshot } from './snapshot.ts';
import type { ThemeLabels } from '../theme-suggestions.ts';
import { suggestFrom } from './suggest.ts';

export interface EmbeddedEngineOptions {
  /** The analyser for documents and queries (search/analysis `createAnalyzer`); the caller closes it. */
  analyzer: Analyzer;
  /** Need themes offered as suggestions (search/needs `needThemes`). */
  themes?: readonly ThemeLabels[];
  /** Longest stretch a rebuild runs before letting searches in, in ms (default 20). */
  sliceMs?: number;
}

interface Current {
  snapshot: IndexSnapshot;
  scratch: Scratch;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The in-process search engine: an immutable index snapshot that searches read, replaced whole by
 * {@link EmbeddedSearchEngine.replaceAll}. A rebuild works in slices of at most `sliceMs` between
 * which searches run on the old snapshot; the new one takes over in a single assignment.
 */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  readonly #analyzer: Analyzer;
  readonly #themes: readonly ThemeLabels[];
  readonly #sliceMs: number;
  #current: Current;
  #rebuild: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(options: EmbeddedEngineOptions) {
    this.#analyzer = options.analyzer;
    this.#themes = options.themes ?? [];
    this.#sliceMs = options.sliceMs ?? 20;
    this.#current = this.#adopt(new IndexBuilder(this.#analyzer).finish());
  }

  #adopt(finishing: Generator<void, IndexSnapshot>): Current {
    let step = finishing.next();
    while (!step.done) step = finishing.next();
    return { snapshot: step.value, scratch: new Scratch(step.value.size) };
  }

  async #build(
    documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>,
  ): Promise<Current> {
    const builder = new IndexBuilder(this.#analyzer);
    let sliceStart = performance.now();
    const maybeYield = async () => {
      if (performance.now() - sliceStart < this.#sliceMs) return;
      await nextTurn();
      sliceStart = performance.now();
    };
    if (Symbol.asyncIterator in documents) {
      for await (const doc of documents) {
        builder.add(doc);
        await maybeYield();
      }
    } else {
      for (const doc of documents) {
        builder.add(doc);
        await maybeYield();
      }
    }
    const finishing = builder.finish();
    let step = finishing.next();
    while (!step.done) {
      await maybeYield();
      step = finishing.next();
    }
    return { snapshot: step.value, scratch: new Scratch(step.value.size) };
  }

  /** Builds a new index aside and swaps it in; concurrent calls run one after another. */
  replaceAll(documents: Iterable<SearchDocument> | AsyncIterable<SearchDocument>): Promise<void> {
    this.#assertOpen();
    const run = this.#rebuild.then(async () => {
      const next = await this.#build(documents);
      if (!this.#closed) this.#current = next;
    });
    this.#rebuild = run.catch(() => {});
    return run;
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.#assertOpen();
    const { snapshot, scratch } = this.#current;
    return executeSearch(snapshot, scratch, this.#analyzer, query);
  }

  async suggest(q: string, lang: UiLanguage, limit = 8): Promise<Suggestion[]> {
    this.#assertOpen();
    const { snapshot, scratch } = this.#current;
    return suggestFrom(snapshot, scratch, this.#analyzer, this.#themes, q, lang, limit);
  }

  async count(): Promise<number> {
    return this.#current.snapshot.size;
  }

  /** Drops the index. The analyser belongs to the caller and stays open. */
  async close(): Promise<void> {
    this.#closed = true;
    await this.#rebuild;
    this.#current = this.#adopt(new IndexBuilder(this.#analyzer).finish());
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('Search engine used after close()');
  }
}

/** Creates the embedded engine with an empty index; fill it with `replaceAll`. */
export function createEmbeddedEngine(options: EmbeddedEngineOptions): EmbeddedSearchEngine {
  return new EmbeddedSearchEngine(options);
}
