import { integer, text } from 'drizzle-orm/sqlite-core';
import type { Localized } from './localized.ts';

/** A JSON text column typed as T. */
export const json = <T>(name?: string) =>
  (name ? text(name, { mode: 'json' }) : text({ mode: 'json' })).$type<T>();

/** Localized text as JSON, never null: an absent text is `{}`. */
export const localized = () => json<Localized>().notNull().default({});

/**
 * Bookkeeping every synced PTV row carries. Content columns are derived only from PTV's payload
 * (so two runs over the same data give the same rows); these record when and by which run.
 */
export const syncColumns = () => ({
  /** PTV `publishingStatus` as last seen: Published, or Deleted/Modified/... once removed. */
  publishingStatus: text().notNull(),
  /** PTV `modified` (UTC, as PTV wrote it). */
  sourceModifiedAt: text().notNull(),
  /** sha1 of the canonical source payload; equal hash = nothing to write. */
  contentHash: text().notNull(),
  lastSeenAt: text().notNull(),
  lastSeenRunId: integer().notNull(),
  /** Set when PTV no longer publishes the item; the row is kept for referral history. */
  deletedAt: text(),
});
