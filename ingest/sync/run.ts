import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { SyncMode } from '../../schema/constants.ts';
import { transaction, type Db } from '../../schema/db.ts';
import {
  channels,
  organizations,
  quarantine,
  serviceChannels,
  services,
} from '../../schema/tables.ts';
import type { SyncCounts } from '../../schema/sync/tables.ts';
import type { PtvClient, PtvEntity } from '../ptv/client.ts';
import { PtvApiError } from '../ptv/errors.ts';
import { ptvChannelSchema, ptvOrganizationSchema, ptvServiceSchema } from '../ptv/wire.ts';
import { isInScope } from '../map/areas.ts';
import { mapChannel } from '../map/channel.ts';
import { mapOrganization } from '../map/organization.ts';
import { mapService } from '../map/service.ts';
import {
  loadChannels,
  loadOrganizations,
  loadServices,
  propagateParishKind,
  softDelete,
  softDeleteUnseen,
  type LoadContext,
} from '../load/entities.ts';
import { upsertAreaRefs } from '../load/refs.ts';
import { chunked } from '../load/chunked.ts';
import { fromLanguageItems } from '../map/text.ts';
import { processRecords, releaseFromQuarantine, saveQuarantined } from './records.ts';
import { beginRun, finishRun, saveProgress, type Phase, type SyncRun } from './state.ts';

export interface SyncDeps {
  db: Db;
  client: PtvClient;
  logger: Logger;
  /** Where the data came from (base URL), recorded with the run. */
  source: string;
}

export interface SyncOptions {
  mode: SyncMode;
  municipalities: string[];
  /** Ids per by-id request; PTV allows 100, but its gateway times out on big batches. */
  batchSize?: number;
  /** Records per transaction, roughly (default 400). */
  commitEvery?: number;
  /** Batches in flight; the client's own limit still applies. */
  concurrency?: number;
  now?: () => Date;
  onProgress?: (progress: {
    phase: Phase;
    done: number;
    total: number;
    counts: SyncCounts;
  }) => void;
}

export interface SyncSummary {
  runId: number;
  mode: SyncMode;
  resumed: boolean;
  counts: SyncCounts;
  seconds: number;
}

type Table = typeof services | typeof channels | typeof organizations;

/**
 * One sync run: services in scope, then the channels and organisations they reference, then
 * deletions. Every batch commits with the run's counts, and every row records the run that saw
 * it, so a run killed at any point resumes (same run, same crawl pin) and ends where an
 * uninterrupted run would have.
 */
export async function runSync(deps: SyncDeps, options: SyncOptions): Promise<SyncSummary> {
  const { db, logger } = deps;
  const now = options.now ?? (() => new Date());
  const started = performance.now();
  const { run, resumed } = beginRun(db, {
    mode: options.mode,
    source: deps.source,
    municipalities: options.municipalities,
    now: now(),
  });
  const ctx: LoadContext = {
    db,
    runId: run.id,
    seenAt: `${run.crawlStart}.000Z`,
    counts: { ...run.counts },
  };
  const job = new SyncJob(deps, options, run, ctx);
  logger.info(
    { runId: run.id, mode: run.mode, resumed, phase: run.phase, since: run.since },
    'sync run started',
  );
  try {
    await job.run(run.phase as Phase);
  } catch (error) {
    finishRun(db, run.id, {
      status: 'failed',
      counts: ctx.counts,
      error: String(error),
      now: now(),
    });
    logger.error({ err: error, runId: run.id }, 'sync run failed');
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  logger.info({ runId: run.id, counts: ctx.counts, seconds }, 'sync run succeeded');
  return { runId: run.id, mode: run.mode, resumed, counts: ctx.counts, seconds };
}

class SyncJob {
  readonly #window: { date?: string; dateBefore: string };
  readonly #scope: Set<string>;
  #failed = false;

  constructor(
    private readonly deps: SyncDeps,
    private readonly options: SyncOptions,
    private readonly syncRun: SyncRun,
    private readonly ctx: LoadContext,
  ) {
    this.#window = { date: syncRun.since ?? undefined, dateBefore: syncRun.crawlStart };
    this.#scope = new Set(syncRun.municipalities);
  }

  get #full() {
    return this.syncRun.mode === 'full';
  }

  /** An empty municipality list means the whole registry. */
  get #everything() {
    return this.#scope.size === 0;
  }

  async run(from: Phase): Promise<void> {
    const order: Phase[] = ['services', 'channels', 'organizations', 'deletions'];
    for (const phase of order.slice(Math.max(0, order.indexOf(from)))) {
      if (phase === 'services') await this.services();
      if (phase === 'channels') await this.channels();
      if (phase === 'organizations') await this.organizations();
      if (phase === 'deletions') await this.deletions();
      const next = order[order.indexOf(phase) + 1];
      if (next) saveProgress(this.ctx.db, this.ctx.runId, this.ctx.counts, next);
    }
  }

  async services(): Promise<void> {
    if (this.#full) await this.municipalityNames();
    const listed = await this.listScope('Service', true);
    const candidates = new Set(listed);
    if (!this.#full && !this.#everything) {
      // Changes that moved a known service out of the scope's areas show only in the global list.
      const changed = await this.deps.client.listIds('Service', this.#window);
      for (const id of this.liveIds(services, changed)) candidates.add(id);
    }
    const pending = this.unseen(services, 'service', [...candidates]);
    await this.fetchAll('Service', 'services', pending, (raws) => {
      const { loaded, quarantined } = processRecords('service', raws, ptvServiceSchema, mapService);
      const inScope = loaded.filter(
        (l) =>
          this.#everything ||
          listed.has(l.mapped.row.id) ||
          isInScope(l.mapped.row.areaType, l.mapped.areas.municipalityCodes, this.#scope),
      );
      const outOfScope = loaded.filter((l) => !inScope.includes(l)).map((l) => l.mapped.row.id);
      return () => {
        loadServices(this.ctx, inScope);
        softDelete(this.ctx, services, outOfScope, 'OutOfScope');
        this.quarantine(
          'service',
          quarantined,
          inScope.map((l) => l.mapped.row.id),
        );
      };
    });
  }

  async channels(): Promise<void> {
    const referenced = this.ctx.db
      .selectDistinct({ id: serviceChannels.channelId })
      .from(serviceChannels)
      .innerJoin(services, eq(services.id, serviceChannels.serviceId))
      .where(isNull(services.deletedAt))
      .all()
      .map((r) => r.id);
    const pending = await this.pending(
      'ServiceChannel',
      channels,
      'channel',
      referenced,
      await this.listScope('ServiceChannel', false),
    );
    await this.fetchAll('ServiceChannel', 'channels', pending, (raws) => {
      const { loaded, quarantined } = processRecords('channel', raws, ptvChannelSchema, mapChannel);
      return () => {
        loadChannels(this.ctx, loaded);
        this.quarantine(
          'channel',
          quarantined,
          loaded.map((l) => l.mapped.row.id),
        );
      };
    });
  }

  async organizations(): Promise<void> {
    const changed = this.#full
      ? null
      : new Set(await this.deps.client.listIds('Organization', this.#window));
    const located = await this.listScope('Organization', false);
    const attempted = new Set<string>();
    // Parents are discovered from the organisations just fetched, so repeat until none is missing.
    for (;;) {
      const referenced = this.referencedOrganizations();
      const missing = new Set(this.unseen(organizations, 'organization', referenced));
      if (!this.#full) {
        const live = new Set(this.liveIds(organizations, [...missing]));
        for (const id of missing) if (live.has(id) && !changed!.has(id)) missing.delete(id);
      }
      for (const id of this.unseen(organizations, 'organization', [...located])) missing.add(id);
      const pending = [...missing].filter((id) => !attempted.has(id));
      if (pending.length === 0) break;
      for (const id of pending) attempted.add(id);
      await this.fetchAll('Organization', 'organizations', pending, (raws) => {
        const { loaded, quarantined } = processRecords(
          'organization',
          raws,
          ptvOrganizationSchema,
          mapOrganization,
        );
        return () => {
          loadOrganizations(this.ctx, loaded);
          this.quarantine(
            'organization',
            quarantined,
            loaded.map((l) => l.mapped.row.id),
          );
        };
      });
    }
    transaction(this.ctx.db, () => {
      for (let depth = 0; depth < 5; depth++) propagateParishKind(this.ctx.db);
    });
  }

  /**
   * Ids PTV lists for the scope within the run's window: the by-area listing of each municipality
   * (with nationwide items for services only: nationwide channels and organisations would pull in
   * the whole country), or the global listing when the scope is everything.
   */
  async listScope(entity: PtvEntity, includeWholeCountry: boolean): Promise<Set<string>> {
    const ids = new Set<string>();
    if (this.#everything) {
      for (const id of await this.deps.client.listIds(entity, this.#window)) ids.add(id);
      return ids;
    }
    for (const municipality of this.#scope) {
      try {
        const listed = await this.deps.client.listIds(entity, {
          municipality,
          includeWholeCountry,
          ...this.#window,
        });
        for (const id of listed) ids.add(id);
      } catch (error) {
        // PTV answers 404 for a municipality code it does not know (merged, or a typo in config).
        if (!(error instanceof PtvApiError && error.status === 404)) throw error;
        this.deps.logger.warn(
          { municipality, entity },
          'PTV does not know this municipality code; skipped',
        );
      }
    }
    return ids;
  }

  async deletions(): Promise<void> {
    const removals: { table: Table; ids: string[]; status: string }[] = [];
    if (!this.#full) {
      const entities: [PtvEntity, Table][] = [
        ['Service', services],
        ['ServiceChannel', channels],
        ['Organization', organizations],
      ];
      for (const [entity, table] of entities) {
        for (const status of ['Archived', 'Withdrawn'] as const) {
          const ids = await this.deps.client.listIds(entity, { ...this.#window, status });
          removals.push({ table, ids, status });
        }
      }
    }
    const now = this.options.now?.() ?? new Date();
    transaction(this.ctx.db, () => {
      if (this.#full)
        for (const table of [services, channels, organizations]) softDeleteUnseen(this.ctx, table);
      for (const removal of removals)
        softDelete(this.ctx, removal.table, removal.ids, removal.status);
      finishRun(this.ctx.db, this.ctx.runId, { status: 'succeeded', counts: this.ctx.counts, now });
    });
  }

  /**
   * Fetches ids in batches, several in flight, and writes them in transactions of about
   * `commitEvery` records: each commits with the run's counts, and fewer, larger commits write
   * each touched B-tree page to the WAL fewer times.
   */
  async fetchAll(
    entity: PtvEntity,
    phase: Phase,
    ids: string[],
    prepare: (raws: unknown[]) => () => void,
  ): Promise<void> {
    const batches = [...chunked(ids, this.options.batchSize ?? 50)];
    const commitEvery = this.options.commitEvery ?? 400;
    let next = 0;
    let done = 0;
    let pending: { apply: () => void; fetched: number; requested: number }[] = [];
    let pendingRecords = 0;
    const flush = () => {
      const group = pending;
      pending = [];
      pendingRecords = 0;
      transaction(this.ctx.db, () => {
        for (const item of group) {
          this.ctx.counts.fetched += item.fetched;
          item.apply();
        }
        saveProgress(this.ctx.db, this.ctx.runId, this.ctx.counts);
      });
      for (const item of group) done += item.requested;
      this.options.onProgress?.({ phase, done, total: ids.length, counts: this.ctx.counts });
    };
    this.options.onProgress?.({ phase, done, total: ids.length, counts: this.ctx.counts });
    const worker = async () => {
      while (next < batches.length && !this.#failed) {
        const batch = batches[next++];
        try {
          const raws = await this.deps.client.getByIds(entity, batch);
          if (this.#failed) return;
          pending.push({ apply: prepare(raws), fetched: raws.length, requested: batch.length });
          pendingRecords += raws.length;
          if (pendingRecords >= commitEvery) flush();
        } catch (error) {
          this.#failed = true;
          throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: this.options.concurrency ?? 4 }, worker));
    if (pending.length) flush();
  }

  quarantine(
    entityType: 'service' | 'channel' | 'organization',
    items: Parameters<typeof saveQuarantined>[3],
    loadedIds: string[],
  ) {
    this.ctx.counts.quarantined += items.length;
    saveQuarantined(this.ctx.db, this.ctx.runId, this.ctx.seenAt, items);
    releaseFromQuarantine(this.ctx.db, entityType, loadedIds);
  }

  /** Ids this run has not yet handled (neither loaded nor quarantined): what a resume still owes. */
  unseen(
    table: Table,
    entityType: 'service' | 'channel' | 'organization',
    ids: string[],
  ): string[] {
    const seen = new Set<string>();
    for (const chunk of chunked(ids, 500)) {
      for (const r of this.ctx.db
        .select({ id: table.id })
        .from(table)
        .where(and(inArray(table.id, chunk), eq(table.lastSeenRunId, this.ctx.runId)))
        .all())
        seen.add(r.id);
      for (const r of this.ctx.db
        .select({ id: quarantine.ptvId })
        .from(quarantine)
        .where(
          and(
            eq(quarantine.entityType, entityType),
            eq(quarantine.runId, this.ctx.runId),
            inArray(quarantine.ptvId, chunk),
          ),
        )
        .all())
        seen.add(r.id);
    }
    return ids.filter((id) => !seen.has(id));
  }

  liveIds(table: Table, ids: string[]): string[] {
    const out: string[] = [];
    for (const chunk of chunked(ids, 500)) {
      for (const r of this.ctx.db
        .select({ id: table.id })
        .from(table)
        .where(and(inArray(table.id, chunk), isNull(table.deletedAt)))
        .all())
        out.push(r.id);
    }
    return out;
  }

  /**
   * What to fetch of channels: on a full run every referenced or area-listed id not yet seen; on
   * an incremental run the changed ones, new references, and what the area listing (already
   * limited to the window) names.
   */
  async pending(
    entity: PtvEntity,
    table: Table,
    entityType: 'channel',
    referenced: string[],
    listed: Set<string>,
  ) {
    if (this.#full) return this.unseen(table, entityType, [...new Set([...referenced, ...listed])]);
    const unseen = this.unseen(table, entityType, referenced);
    const changed = new Set(await this.deps.client.listIds(entity, this.#window));
    const live = new Set(this.liveIds(table, unseen));
    const pending = new Set(unseen.filter((id) => changed.has(id) || !live.has(id)));
    for (const id of this.unseen(table, entityType, [...listed])) pending.add(id);
    return [...pending];
  }

  referencedOrganizations(): string[] {
    const rows = this.ctx.db.all<{ id: string }>(sql`
      select so.organization_id as id from service_organizations so
        join services s on s.id = so.service_id and s.deleted_at is null
        where so.organization_id is not null
      union select organization_id from channels where deleted_at is null and organization_id is not null
      union select parent_id from organizations where deleted_at is null and parent_id is not null
      union select root_id from organizations where deleted_at is null and root_id is not null`);
    return rows.map((r) => r.id).sort();
  }

  async municipalityNames(): Promise<void> {
    const codes = await this.deps.client.codeList('GetMunicipalityCodes');
    if (!Array.isArray(codes)) return;
    const municipalityNames = codes
      .filter(
        (c): c is { code: string; names: { value: string; language: string }[] } =>
          typeof c?.code === 'string',
      )
      .map((c) => ({
        code: c.code,
        name: fromLanguageItems(Array.isArray(c.names) ? c.names : []),
      }));
    transaction(this.ctx.db, () =>
      upsertAreaRefs(this.ctx.db, [
        { areas: [], municipalityCodes: [], areaNames: [], municipalityNames },
      ]),
    );
  }
}
