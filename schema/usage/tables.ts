import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const usageKinds = ['search', 'suggest', 'match'] as const;
export type UsageKind = (typeof usageKinds)[number];

/** Daily counters of searches, suggestions and needs matches; no query text, no user. */
export const usageDaily = sqliteTable(
  'usage_daily',
  {
    /** `YYYY-MM-DD`, local (Europe/Helsinki) as the caller decides. */
    day: text().notNull(),
    kind: text({ enum: usageKinds }).notNull(),
    lang: text().notNull(),
    requests: integer().notNull(),
    zeroResults: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.kind, t.lang] })],
);

/** Queries that found nothing, sanitised (see sanitizeQuery), counted per day. */
export const zeroResultQueries = sqliteTable(
  'zero_result_queries',
  {
    day: text().notNull(),
    kind: text({ enum: usageKinds }).notNull(),
    lang: text().notNull(),
    query: text().notNull(),
    count: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.kind, t.lang, t.query] })],
);
