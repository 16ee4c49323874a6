import { and, eq, getTableName, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import {
  channels,
  organizations,
  serviceAreas,
  serviceChannels,
  serviceClassifications,
  serviceLanguages,
  serviceMunicipalities,
  serviceOrganizations,
  services,
} from '../../schema/tables.ts';
import type { SyncCounts } from '../../schema/sync/tables.ts';
import type { MappedChannel } from '../map/channel.ts';
import type { MappedOrganization } from '../map/organization.ts';
import type { MappedService } from '../map/service.ts';
import { chunked } from './chunked.ts';
import { upsertAreaRefs, upsertClassifications } from './refs.ts';
import { statement, tableWriter } from './statements.ts';

export interface LoadContext {
  db: Db;
  runId: number;
  /** The run's crawl start: rows record it, not the wall clock, so reruns write the same rows. */
  seenAt: string;
  counts: SyncCounts;
}

export interface Loaded<M> {
  hash: string;
  mapped: M;
}

type EntityTable = typeof services | typeof channels | typeof organizations;

/**
 * Upserts one batch of mapped records of one entity type: new and changed rows are rewritten with
 * their child rows; rows whose content hash is unchanged only get their last-seen marks. The
 * caller wraps it in the batch's transaction.
 */
function loadEntities<M extends { row: { id: string } }>(
  ctx: LoadContext,
  table: EntityTable,
  items: Loaded<M>[],
  replaceChildren: (changed: { mapped: M; existed: boolean }[]) => void,
): void {
  const { db } = ctx;
  const name = getTableName(table);
  const existing = new Map<string, { hash: string; deleted: number }>();
  const rows = statement(
    db,
    `select id, content_hash as hash, deleted_at is not null as deleted from ${name}
     where id in (select value from json_each(?))`,
  ).all(JSON.stringify(items.map((i) => i.mapped.row.id))) as {
    id: string;
    hash: string;
    deleted: number;
  }[];
  for (const r of rows) existing.set(r.id, r);
  const changed: { item: Loaded<M>; existed: boolean }[] = [];
  const unchangedIds: string[] = [];
  for (const item of items) {
    const before = existing.get(item.mapped.row.id);
    if (before && before.hash === item.hash && !before.deleted)
      unchangedIds.push(item.mapped.row.id);
    else changed.push({ item, existed: before !== undefined });
  }
  ctx.counts.unchanged += unchangedIds.length;
  const writer = tableWriter(db, table, 'id');
  for (const { item, existed } of changed) {
    if (existed) {
      ctx.counts.updated++;
      writer.deleteBy(item.mapped.row.id);
    } else ctx.counts.inserted++;
    writer.insert({
      ...item.mapped.row,
      contentHash: item.hash,
      lastSeenAt: ctx.seenAt,
      lastSeenRunId: ctx.runId,
      deletedAt: null,
    });
  }
  if (changed.length)
    replaceChildren(changed.map((c) => ({ mapped: c.item.mapped, existed: c.existed })));
  if (unchangedIds.length) {
    statement(
      db,
      `update ${name} set last_seen_at = ?, last_seen_run_id = ? where id in (select value from json_each(?))`,
    ).run(ctx.seenAt, ctx.runId, JSON.stringify(unchangedIds));
  }
}

export function loadServices(ctx: LoadContext, items: Loaded<MappedService>[]): void {
  const { db } = ctx;
  loadEntities(ctx, services, items, (changed) => {
    const children = {
      languages: tableWriter(db, serviceLanguages, 'serviceId'),
      organizations: tableWriter(db, serviceOrganizations, 'serviceId'),
      areas: tableWriter(db, serviceAreas, 'serviceId'),
      municipalities: tableWriter(db, serviceMunicipalities, 'serviceId'),
      classifications: tableWriter(db, serviceClassifications, 'serviceId'),
      channels: tableWriter(db, serviceChannels, 'serviceId'),
    };
    for (const { mapped: m, existed } of changed) {
      const serviceId = m.row.id;
      if (existed) for (const writer of Object.values(children)) writer.deleteBy(serviceId);
      for (const language of m.row.languages) children.languages.insert({ serviceId, language });
      for (const o of m.organizations) children.organizations.insert({ serviceId, ...o });
      for (const a of m.areas.areas) {
        children.areas.insert({ serviceId, areaType: a.type, areaCode: a.code });
      }
      for (const municipalityCode of m.areas.municipalityCodes) {
        children.municipalities.insert({ serviceId, municipalityCode });
      }
      for (const c of m.classifications) {
        children.classifications.insert({ serviceId, classificationId: c.id });
      }
      for (const c of m.connections) children.channels.insert({ serviceId, ...c });
    }
    upsertClassifications(
      db,
      changed.flatMap(({ mapped }) => mapped.classifications),
    );
    upsertAreaRefs(
      db,
      changed.map(({ mapped }) => mapped.areas),
    );
  });
}

export function loadChannels(ctx: LoadContext, items: Loaded<MappedChannel>[]): void {
  loadEntities(ctx, channels, items, (changed) =>
    upsertAreaRefs(
      ctx.db,
      changed.map(({ mapped }) => mapped.areas),
    ),
  );
}

export function loadOrganizations(ctx: LoadContext, items: Loaded<MappedOrganization>[]): void {
  loadEntities(ctx, organizations, items, (changed) =>
    upsertAreaRefs(
      ctx.db,
      changed.map(({ mapped }) => mapped.areas),
    ),
  );
}

/** Soft-deletes rows by id (PTV archived or withdrew them, or they left the scope). */
export function softDelete(
  ctx: LoadContext,
  table: EntityTable,
  ids: readonly string[],
  status: string,
): void {
  for (const chunk of chunked(ids, 500)) {
    const result = ctx.db
      .update(table)
      .set({ deletedAt: ctx.seenAt, publishingStatus: status, lastSeenRunId: ctx.runId })
      .where(and(inArray(table.id, chunk), isNull(table.deletedAt)))
      .run();
    ctx.counts.deleted += result.changes;
  }
}

/** Full-run reconciliation: every live row this run did not see is no longer published. */
export function softDeleteUnseen(ctx: LoadContext, table: EntityTable): void {
  const result = ctx.db
    .update(table)
    .set({ deletedAt: ctx.seenAt, publishingStatus: 'Unpublished' })
    .where(and(ne(table.lastSeenRunId, ctx.runId), isNull(table.deletedAt)))
    .run();
  ctx.counts.deleted += result.changes;
}

/** Parish unions' sub-organisations (diakonia, family work, ...) are parishes too. */
export function propagateParishKind(db: Db): void {
  db.update(organizations)
    .set({ kind: 'parish' })
    .where(
      and(
        eq(organizations.kind, 'association'),
        sql`coalesce(${organizations.parentId}, ${organizations.rootId}) in (select id from organizations where kind = 'parish')`,
      ),
    )
    .run();
}
