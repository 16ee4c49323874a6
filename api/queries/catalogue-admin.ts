import { desc } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import type { Localized } from '../../schema/localized.ts';
import { quarantine, syncRuns } from '../../schema/tables.ts';
import { toSyncRunView } from './health.ts';

/** The latest sync runs and what they quarantined, newest first. */
export function syncRunsReport(db: Db, limit = 20) {
  const runs = db.select().from(syncRuns).orderBy(desc(syncRuns.id)).limit(limit).all();
  const quarantined = db
    .select({
      entityType: quarantine.entityType,
      id: quarantine.ptvId,
      runId: quarantine.runId,
      reason: quarantine.reason,
    })
    .from(quarantine)
    .orderBy(desc(quarantine.runId), quarantine.entityType, quarantine.ptvId)
    .limit(500)
    .all();
  return {
    runs: runs.map(toSyncRunView),
    quarantine: quarantined,
  };
}

const live = `(select s.id, s.responsible_organization_id as org, s.description, s.languages
  from services s where s.deleted_at is null)`;

/**
 * Per responsible organisation: how many published services lack a description, hours (where
 * they have a place to visit or a phone line), languages, target groups or any channel.
 */
export function qualityReport(db: Db) {
  const rows = db.$client
    .prepare(
      `select o.id, o.name, count(*) as services,
        sum(s.description = '{}') as description,
        sum(exists (select 1 from service_channels sc join channels c on c.id = sc.channel_id
              and c.deleted_at is null and c.type in ('ServiceLocation', 'Phone')
              where sc.service_id = s.id)
            and not exists (select 1 from service_channels sc join channels c on c.id = sc.channel_id
              and c.deleted_at is null
              where sc.service_id = s.id and (c.hours != '[]' or sc.hours != '[]'))) as hours,
        sum(s.languages = '[]') as languages,
        sum(not exists (select 1 from service_classifications x
              join classifications k on k.id = x.classification_id and k.kind = 'target_group'
              where x.service_id = s.id)) as targetGroups,
        sum(not exists (select 1 from service_channels sc join channels c on c.id = sc.channel_id
              and c.deleted_at is null where sc.service_id = s.id)) as channels
      from ${live} s join organizations o on o.id = s.org
      group by o.id order by services desc, o.id`,
    )
    .all() as {
    id: string;
    name: string;
    services: number;
    description: number;
    hours: number;
    languages: number;
    targetGroups: number;
    channels: number;
  }[];
  return {
    organizations: rows.map((r) => ({
      id: r.id,
      name: JSON.parse(r.name) as Localized,
      services: r.services,
      missing: {
        description: r.description,
        hours: r.hours,
        languages: r.languages,
        targetGroups: r.targetGroups,
        channels: r.channels,
      },
    })),
  };
}

/** Municipalities that some published service is available in, for pickers. */
export function listMunicipalities(db: Db) {
  const rows = db.$client
    .prepare(
      `select m.code, m.name from municipalities m
       where exists (select 1 from service_municipalities sm join services s
         on s.id = sm.service_id and s.deleted_at is null where sm.municipality_code = m.code)
       order by m.code`,
    )
    .all() as { code: string; name: string }[];
  return rows.map((r) => ({ code: r.code, name: JSON.parse(r.name) as Localized }));
}
