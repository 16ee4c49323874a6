import { transaction, type Db } from '../db.ts';
import { recordSearch, type SearchUsage } from './record.ts';

/**
 * Usage counts kept in memory and written every few seconds in one transaction. Counting every
 * search with its own durable write would cost a disk flush per request (the API writes with
 * synchronous=FULL for referrals); a crash loses at most one interval of statistics, never a
 * referral.
 */
export class UsageBuffer {
  readonly #db: Db;
  #pending: SearchUsage[] = [];
  readonly #timer: NodeJS.Timeout;

  constructor(db: Db, options: { flushEveryMs?: number } = {}) {
    this.#db = db;
    this.#timer = setInterval(() => this.flush(), options.flushEveryMs ?? 5000);
    this.#timer.unref();
  }

  record(usage: SearchUsage): void {
    this.#pending.push(usage);
  }

  /** Writes what has been counted so far. */
  flush(): void {
    if (this.#pending.length === 0) return;
    const pending = this.#pending;
    this.#pending = [];
    transaction(this.#db, () => {
      for (const usage of pending) recordSearch(this.#db, usage);
    });
  }

  close(): void {
    clearInterval(this.#timer);
    this.flush();
  }
}
