import type { Db } from '../../schema/db.ts';
import type { AreaRefs } from '../map/areas.ts';
import type { ClassificationRow } from '../map/classification.ts';
import { statement } from './statements.ts';

/*
 * Reference rows (classifications, areas, municipalities) arrive embedded in many records, and
 * batches land in whatever order the network delivers them. So that the final database does not
 * depend on that order, a conflicting row is replaced only by a row that sorts after it.
 */

export function upsertClassifications(db: Db, rows: ClassificationRow[]): void {
  const upsert = statement(
    db,
    `insert into classifications (id, kind, code, uri, new_uri, parent_uri, ontology_type, name, description)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)
     on conflict (id) do update set code = excluded.code, uri = excluded.uri, new_uri = excluded.new_uri,
       parent_uri = excluded.parent_uri, ontology_type = excluded.ontology_type, name = excluded.name,
       description = excluded.description
     where (excluded.name, excluded.description, coalesce(excluded.code, ''), coalesce(excluded.parent_uri, ''))
       > (classifications.name, classifications.description, coalesce(classifications.code, ''), coalesce(classifications.parent_uri, ''))`,
  );
  for (const r of dedupe(rows, (r) => r.id)) {
    upsert.run(
      r.id,
      r.kind,
      r.code,
      r.uri,
      r.newUri,
      r.parentUri,
      r.ontologyType,
      JSON.stringify(r.name),
      JSON.stringify(r.description),
    );
  }
}

export function upsertAreaRefs(db: Db, refs: AreaRefs[]): void {
  const municipality = statement(
    db,
    `insert into municipalities (code, name) values (?, ?)
     on conflict (code) do update set name = excluded.name where excluded.name > municipalities.name`,
  );
  const area = statement(
    db,
    `insert into areas (type, code, name) values (?, ?, ?)
     on conflict (type, code) do update set name = excluded.name where excluded.name > areas.name`,
  );
  const member = statement(
    db,
    `insert into area_municipalities (area_type, area_code, municipality_code) values (?, ?, ?)
     on conflict do nothing`,
  );
  const munis = refs.flatMap((r) => r.municipalityNames);
  for (const m of dedupe(munis, (m) => m.code + JSON.stringify(m.name))) {
    municipality.run(m.code, JSON.stringify(m.name));
  }
  const areas = dedupe(
    refs.flatMap((r) => r.areaNames),
    (a) => `${a.type}\u0000${a.code}\u0000${JSON.stringify(a.name)}`,
  );
  const members = new Set<string>();
  for (const a of areas) {
    area.run(a.type, a.code, JSON.stringify(a.name));
    for (const code of a.municipalityCodes) {
      const key = `${a.type}\u0000${a.code}\u0000${code}`;
      if (members.has(key)) continue;
      members.add(key);
      member.run(a.type, a.code, code);
    }
  }
}

function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(key(row))) seen.set(key(row), row);
  return [...seen.values()];
}
