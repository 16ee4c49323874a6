import { statement, transaction, type Db } from '../db.ts';
import { sanitizeQuery, type SearchUsage } from './record.ts';

/**
 * Usage counts summed in memory and written every few seconds in one transaction. Counting every
 * search with its own durable write would cost a disk flush per request (the API writes with
 * synchronous=FULL for referrals); a crash loses at most one interval of statistics, never a
 * referral.
 */
export class UsageBuffer {
  readonly #db: Db;
  #daily = new Map<string, { requests: number; zeroResults: number }>();
  #zeroQueries = new Map<string, number>();
  readonly #timer: NodeJS.Timeout;

  constructor(db: Db, options: { flushEveryMs?: number } = {}) {
    this.#db = db;
    this.#timer = setInterval(() => this.flush(), options.flushEveryMs ?? 5000);
    this.#timer.unref();
  }

  record(usage: SearchUsage): void {
    const lang = usage.lang.slice(0, 8);
    const key = JSON.stringify([usage.day, usage.kind, lang]);
    const daily = this.#daily.get(key) ?? { requests: 0, zeroResults: 0 };
    daily.requests++;
    if (usage.zeroResults) daily.zeroResults++;
    this.#daily.set(key, daily);
    const query = usage.zeroResults && usage.query ? sanitizeQuery(usage.query) : '';
    if (!query) return;
    const queryKey = JSON.stringify([usage.day, usage.kind, lang, query]);
    this.#zeroQueries.set(queryKey, (this.#zeroQueries.get(queryKey) ?? 0) + 1);
  }

  /** Writes what has been counted so far. */
  flush(): void {
    if (this.#daily.size === 0) return;
    const daily = this.#daily;
    const zeroQueries = this.#zeroQueries;
    this.#daily = new Map();
    this.#zeroQueries = new Map();
    const addDaily = statement(
      this.#db,
      `insert into usage_daily (day, kind, lang, requests, zero_results) values (?, ?, ?, ?, ?)
       on conflict (day, kind, lang) do update set requests = requests + excluded.requests,
         zero_results = zero_results + excluded.zero_results`,
    );
    const addQuery = statement(
      this.#db,
      `insert into zero_result_queries (day, kind, lang, query, count) values (?, ?, ?, ?, ?)
       on conflict (day, kind, lang, query) do update set count = count + excluded.count`,
    );
    transaction(this.#db, () => {
      for (const [key, n] of daily)
        addDaily.run(...(JSON.parse(key) as string[]), n.requests, n.zeroResults);
      for (const [key, n] of zeroQueries) addQuery.run(...(JSON.parse(key) as string[]), n);
    });
  }

  close(): void {
    clearInterval(this.#timer);
    this.flush();
  }
}
