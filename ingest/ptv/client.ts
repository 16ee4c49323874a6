import { setTimeout as sleep } from 'node:timers/promises';
import {
  PtvApiError,
  PtvError,
  PtvRequestError,
  PtvResponseError,
  PtvTimeoutError,
} from './errors.ts';
import { createLimiter } from './limiter.ts';
import { idPageSchema, type IdPage } from './wire.ts';

export type PtvEntity = 'Service' | 'ServiceChannel' | 'Organization';

export interface PtvClientConfig {
  /** Base URL ending in `/api/v11`, e.g. https://api.palvelutietovaranto.suomi.fi/api/v11 */
  baseUrl: string;
  /** Per-request timeout; PTV's heavy calls can take tens of seconds. */
  timeoutMs?: number;
  /** Requests in flight at most: PTV throttles by concurrency (429). */
  concurrency?: number;
  /** Attempts per request for retryable failures (429, 5xx, timeouts, dropped connections). */
  maxAttempts?: number;
  /** Backoff base and cap, ms; each wait is drawn uniformly from [0, min(cap, base * 2^n)]. */
  backoffMs?: { base: number; cap: number };
  fetch?: typeof fetch;
  random?: () => number;
  onRetry?: (info: { url: string; attempt: number; error: PtvError; waitMs: number }) => void;
}

export interface ListIdsOptions {
  /** `yyyy-MM-ddTHH:mm:ss` UTC: items modified strictly after. */
  date?: string;
  /** `yyyy-MM-ddTHH:mm:ss` UTC: items modified strictly before. */
  dateBefore?: string;
  status?: 'Published' | 'Archived' | 'Withdrawn';
  /** Restrict to services/channels/organisations available in a municipality. */
  municipality?: string;
  includeWholeCountry?: boolean;
}

/** PTV limits by-id batches to 100 found items; smaller batches also avoid gateway 504s. */
export const MAX_BATCH = 100;

/** A client for the anonymous read endpoints of PTV Open API v11. Sends no auth header. */
export class PtvClient {
  readonly #baseUrl: string;
  readonly #timeoutMs: number;
  readonly #maxAttempts: number;
  readonly #backoff: { base: number; cap: number };
  readonly #fetch: typeof fetch;
  readonly #random: () => number;
  readonly #limit: ReturnType<typeof createLimiter>;
  readonly #onRetry: PtvClientConfig['onRetry'];
  #requests = 0;

  constructor(config: PtvClientConfig) {
    this.#baseUrl = config.baseUrl.replace(/\/+$/, '');
    this.#timeoutMs = config.timeoutMs ?? 60_000;
    this.#maxAttempts = config.maxAttempts ?? 8;
    this.#backoff = config.backoffMs ?? { base: 200, cap: 10_000 };
    this.#fetch = config.fetch ?? fetch;
    this.#random = config.random ?? Math.random;
    this.#limit = createLimiter(config.concurrency ?? 4);
    this.#onRetry = config.onRetry;
  }

  get requestCount(): number {
    return this.#requests;
  }

  /** Every id of a listing, all pages (1000 per page), deduplicated, in PTV's order. */
  async listIds(entity: PtvEntity, options: ListIdsOptions = {}): Promise<string[]> {
    const path = options.municipality
      ? `/${entity}/area/Municipality/code/${options.municipality}`
      : `/${entity}`;
    const query: Record<string, string | undefined> = {
      date: options.date,
      dateBefore: options.dateBefore,
      status: options.municipality ? undefined : options.status,
      includeWholeCountry: options.municipality
        ? String(options.includeWholeCountry ?? true)
        : undefined,
    };
    const first = await this.#page(path, query, 1);
    const rest = await Promise.all(
      Array.from({ length: Math.max(0, first.pageCount - 1) }, (_, i) =>
        this.#page(path, query, i + 2),
      ),
    );
    const ids = new Set<string>();
    for (const page of [first, ...rest]) for (const item of page.itemList ?? []) ids.add(item.id);
    return [...ids];
  }

  /**
   * Full items by id (`/{entity}/list?guids=`), at most MAX_BATCH at a time. Unpublished or
   * unknown ids are silently absent, as PTV drops them; a 404 means none was found.
   */
  async getByIds(entity: PtvEntity, ids: readonly string[]): Promise<unknown[]> {
    if (ids.length === 0) return [];
    if (ids.length > MAX_BATCH) throw new RangeError(`At most ${MAX_BATCH} ids per request`);
    const body = await this.#request(`/${entity}/list`, { guids: ids.join(',') }, { notFound: [] });
    if (!Array.isArray(body)) throw new PtvResponseError(`/${entity}/list`, 'expected an array');
    return body;
  }

  /** A code list (`/CodeList/GetMunicipalityCodes` ...); null when the source has none. */
  async codeList(name: string): Promise<unknown> {
    return this.#request(`/CodeList/${name}`, {}, { notFound: null });
  }

  async #page(path: string, query: Record<string, string | undefined>, page: number) {
    const body = await this.#request(path, { ...query, page: String(page) });
    const parsed = idPageSchema.safeParse(body);
    if (!parsed.success)
      throw new PtvResponseError(path, 'not an id page', { cause: parsed.error });
    return parsed.data satisfies IdPage;
  }

  async #request(
    path: string,
    query: Record<string, string | undefined>,
    options: { notFound?: unknown } = {},
  ): Promise<unknown> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query))
      if (value !== undefined) params.set(key, value);
    const url = `${this.#baseUrl}${path}${params.size ? `?${params}` : ''}`;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#limit(() => this.#once(url, options));
      } catch (error) {
        const ptvError =
          error instanceof PtvError ? error : new PtvRequestError(url, { cause: error });
        if (!ptvError.retryable || attempt >= this.#maxAttempts) throw ptvError;
        const ceiling = Math.min(this.#backoff.cap, this.#backoff.base * 2 ** (attempt - 1));
        const waitMs = Math.round(this.#random() * ceiling);
        this.#onRetry?.({ url, attempt, error: ptvError, waitMs });
        await sleep(waitMs);
      }
    }
  }

  async #once(url: string, options: { notFound?: unknown }): Promise<unknown> {
    this.#requests++;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.#timeoutMs);
    try {
      let response: Response;
      try {
        response = await this.#fetch(url, {
          signal: controller.signal,
          headers: { accept: 'application/json' },
        });
      } catch (cause) {
        if (controller.signal.aborted) throw new PtvTimeoutError(url, this.#timeoutMs);
        throw new PtvRequestError(url, { cause });
      }
      let text: string;
      try {
        text = await response.text();
      } catch (cause) {
        if (controller.signal.aborted) throw new PtvTimeoutError(url, this.#timeoutMs);
        throw new PtvRequestError(url, { cause });
      }
      if (response.status === 404 && 'notFound' in options) return options.notFound;
      if (!response.ok) throw new PtvApiError(url, response.status, text);
      try {
        return JSON.parse(text);
      } catch (cause) {
        throw new PtvResponseError(url, 'body is not JSON', { cause });
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
