import { createHash } from 'node:crypto';
import type { Db } from '../schema/db.ts';

/**
 * Content tables and the columns that say *when* or *by which run* rather than *what*: those are
 * left out, so two databases holding the same catalogue have the same fingerprint.
 */
const tables: Record<string, { order: string; exclude: string[] }> = {
  organizations: { order: 'id', exclude: ['last_seen_at', 'last_seen_run_id', 'deleted_at'] },
  services: { order: 'id', exclude: ['last_seen_at', 'last_seen_run_id', 'deleted_at'] },
  channels: { order: 'id', exclude: ['last_seen_at', 'last_seen_run_id', 'deleted_at'] },
  service_languages: { order: 'service_id, language', exclude: [] },
  service_organizations: { order: 'service_id, position', exclude: [] },
  service_areas: { order: 'service_id, area_type, area_code', exclude: [] },
  service_municipalities: { order: 'service_id, municipality_code', exclude: [] },
  service_classifications: { order: 'service_id, classification_id', exclude: [] },
  service_channels: { order: 'service_id, channel_id', exclude: [] },
  classifications: { order: 'id', exclude: [] },
  municipalities: { order: 'code', exclude: [] },
  areas: { order: 'type, code', exclude: [] },
  area_municipalities: { order: 'area_type, area_code, municipality_code', exclude: [] },
  quarantine: {
    order: 'entity_type, ptv_id',
    exclude: ['run_id', 'first_seen_at', 'last_seen_at'],
  },
};

/** sha256 per content table (and of them all), with row counts and the live/deleted split. */
export function fingerprint(db: Db): {
  total: string;
  tables: Record<string, { rows: number; sha256: string }>;
} {
  const out: Record<string, { rows: number; sha256: string }> = {};
  const all = createHash('sha256');
  for (const [table, spec] of Object.entries(tables)) {
    const columns = (db.$client.pragma(`table_info(${table})`) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !spec.exclude.includes(c));
    if (spec.exclude.includes('deleted_at')) columns.push('deleted_at is not null as deleted');
    const hash = createHash('sha256');
    let rows = 0;
    for (const row of db.$client
      .prepare(`select ${columns.join(', ')} from ${table} order by ${spec.order}`)
      .raw()
      .iterate()) {
      hash.update(JSON.stringify(row));
      hash.update('\n');
      rows++;
    }
    out[table] = { rows, sha256: hash.digest('hex') };
    all.update(`${table}:${out[table].sha256}\n`);
  }
  return { total: all.digest('hex'), tables: out };
}
