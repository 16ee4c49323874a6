import { and, asc, desc, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import { usageDaily, zeroResultQueries } from '../../schema/tables.ts';
import { usageKinds, type UsageKind } from '../../schema/usage/tables.ts';

/** A query shown to admins only when this many searches typed it: one person's text stays hidden. */
export const ZERO_RESULT_MIN_COUNT = 3;

type KindCounts = Record<UsageKind, { requests: number; zeroResults: number }>;
const emptyCounts = (): KindCounts =>
  Object.fromEntries(usageKinds.map((k) => [k, { requests: 0, zeroResults: 0 }])) as KindCounts;

/** Searches, suggestions and matches per day with zero-result rates, and the commonest failed queries. */
export function usageStats(db: Db, range: { from: string; to: string }) {
  const rows = db
    .select({
      day: usageDaily.day,
      kind: usageDaily.kind,
      requests: sql<number>`sum(${usageDaily.requests})`,
      zeroResults: sql<number>`sum(${usageDaily.zeroResults})`,
    })
    .from(usageDaily)
    .where(and(gte(usageDaily.day, range.from), lte(usageDaily.day, range.to)))
    .groupBy(usageDaily.day, usageDaily.kind)
    .orderBy(asc(usageDaily.day))
    .all();
  const days = new Map<string, KindCounts>();
  const totals = emptyCounts();
  for (const r of rows) {
    const day = days.get(r.day) ?? emptyCounts();
    days.set(r.day, day);
    day[r.kind] = { requests: r.requests, zeroResults: r.zeroResults };
    totals[r.kind].requests += r.requests;
    totals[r.kind].zeroResults += r.zeroResults;
  }
  const zeroRate = (c: KindCounts) =>
    Object.fromEntries(
      usageKinds.map((k) => [
        k,
        c[k].requests ? Math.round((c[k].zeroResults / c[k].requests) * 1000) / 1000 : null,
      ]),
    );
  const count = sql<number>`sum(${zeroResultQueries.count})`;
  const queries = db
    .select({ kind: zeroResultQueries.kind, query: zeroResultQueries.query, count })
    .from(zeroResultQueries)
    .where(and(gte(zeroResultQueries.day, range.from), lte(zeroResultQueries.day, range.to)))
    .groupBy(zeroResultQueries.kind, zeroResultQueries.query)
    .having(sql`${count} >= ${ZERO_RESULT_MIN_COUNT}`)
    .orderBy(desc(count), asc(zeroResultQueries.query))
    .limit(100)
    .all();
  return {
    from: range.from,
    to: range.to,
    days: [...days].map(([day, counts]) => ({ day, ...counts, zeroResultRate: zeroRate(counts) })),
    totals: { ...totals, zeroResultRate: zeroRate(totals) },
    zeroResultQueries: queries,
  };
}
