import { sql } from 'drizzle-orm';
import type { Db } from '../db.ts';
import { redactIdentityCodes } from '../referrals/identity-code.ts';
import { usageDaily, zeroResultQueries, type UsageKind } from './tables.ts';

export interface SearchUsage {
  kind: UsageKind;
  zeroResults: boolean;
  lang: string;
  /** `YYYY-MM-DD` (the caller's local day). */
  day: string;
  /** What was typed; logged (sanitised) only when nothing was found. */
  query?: string;
}

/**
 * A query as the zero-result log keeps it: identity-code shapes and every digit dropped (phone
 * numbers, dates, street numbers), lower-cased, whitespace collapsed, at most 100 characters.
 */
export function sanitizeQuery(query: string): string {
  return redactIdentityCodes(query)
    .replaceAll('[redacted]', ' ')
    .toLowerCase()
    .replace(/\p{N}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100)
    .trim();
}

/** Counts one search, suggestion or match for the day; logs the sanitised query if it found nothing. */
export function recordSearch(db: Db, usage: SearchUsage): void {
  const zero = usage.zeroResults ? 1 : 0;
  const lang = usage.lang.slice(0, 8);
  db.insert(usageDaily)
    .values({ day: usage.day, kind: usage.kind, lang, requests: 1, zeroResults: zero })
    .onConflictDoUpdate({
      target: [usageDaily.day, usageDaily.kind, usageDaily.lang],
      set: {
        requests: sql`${usageDaily.requests} + 1`,
        zeroResults: sql`${usageDaily.zeroResults} + ${zero}`,
      },
    })
    .run();
  const query = usage.zeroResults && usage.query ? sanitizeQuery(usage.query) : '';
  if (!query) return;
  db.insert(zeroResultQueries)
    .values({ day: usage.day, kind: usage.kind, lang, query, count: 1 })
    .onConflictDoUpdate({
      target: [
        zeroResultQueries.day,
        zeroResultQueries.kind,
        zeroResultQueries.lang,
        zeroResultQueries.query,
      ],
      set: { count: sql`${zeroResultQueries.count} + 1` },
    })
    .run();
}
