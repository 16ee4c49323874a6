import type { z } from 'zod';
import type { EntityType } from '../../schema/constants.ts';
import type { Db } from '../../schema/db.ts';
import { quarantine } from '../../schema/sync/tables.ts';
import { and, eq, inArray } from 'drizzle-orm';
import { MappingError } from '../map/errors.ts';
import { contentHash } from '../map/hash.ts';
import type { Loaded } from '../load/entities.ts';
import { chunked } from '../load/chunked.ts';

export interface Quarantined {
  entityType: EntityType;
  ptvId: string;
  reason: string;
  issues: unknown;
  payload: string;
}

/**
 * Validates and maps raw PTV records. A record that fails either step is set aside for the
 * quarantine with its id and reason; only programming errors throw.
 */
export function processRecords<S extends z.ZodType, M>(
  entityType: EntityType,
  raws: unknown[],
  schema: S,
  map: (record: z.output<S>) => M,
): { loaded: Loaded<M>[]; quarantined: Quarantined[] } {
  const loaded: Loaded<M>[] = [];
  const quarantined: Quarantined[] = [];
  for (const raw of raws) {
    const hash = contentHash(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const ptvId = typeof rawId === 'string' && rawId ? rawId : `unknown:${hash}`;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      quarantined.push({
        entityType,
        ptvId,
        reason: 'invalid',
        issues: parsed.error.issues
          .slice(0, 20)
          .map((i) => ({ path: i.path.join('.'), message: i.message })),
        payload: JSON.stringify(raw),
      });
      continue;
    }
    try {
      loaded.push({ hash, mapped: map(parsed.data) });
    } catch (error) {
      if (!(error instanceof MappingError)) throw error;
      quarantined.push({
        entityType,
        ptvId,
        reason: error.message,
        issues: null,
        payload: JSON.stringify(raw),
      });
    }
  }
  return { loaded, quarantined };
}

/** Records quarantined items (one row per entity and id, the latest reason wins). */
export function saveQuarantined(db: Db, runId: number, seenAt: string, items: Quarantined[]): void {
  for (const item of items) {
    db.insert(quarantine)
      .values({ ...item, runId, firstSeenAt: seenAt, lastSeenAt: seenAt })
      .onConflictDoUpdate({
        target: [quarantine.entityType, quarantine.ptvId],
        set: {
          runId,
          reason: item.reason,
          issues: item.issues,
          payload: item.payload,
          lastSeenAt: seenAt,
        },
      })
      .run();
  }
}

/** A record that now loads cleanly leaves the quarantine. */
export function releaseFromQuarantine(db: Db, entityType: EntityType, ids: string[]): void {
  for (const chunk of chunked(ids, 500)) {
    db.delete(quarantine)
      .where(and(eq(quarantine.entityType, entityType), inArray(quarantine.ptvId, chunk)))
      .run();
  }
}
