import { sql } from 'drizzle-orm';
import type { Db } from '../../schema/db.ts';
import { areaMunicipalities, areas, classifications, municipalities } from '../../schema/tables.ts';
import type { AreaRefs } from '../map/areas.ts';
import type { ClassificationRow } from '../map/classification.ts';
import { chunked } from './chunked.ts';

/*
 * Reference rows (classifications, areas, municipalities) arrive embedded in many records, and
 * batches land in whatever order the network delivers them. So that the final database does not
 * depend on that order, a conflicting row is replaced only by a row that sorts after it.
 */

export function upsertClassifications(db: Db, rows: ClassificationRow[]): void {
  for (const chunk of chunked(
    dedupe(rows, (r) => r.id),
    200,
  )) {
    db.insert(classifications)
      .values(chunk)
      .onConflictDoUpdate({
        target: classifications.id,
        set: {
          code: sql`excluded.code`,
          uri: sql`excluded.uri`,
          newUri: sql`excluded.new_uri`,
          parentUri: sql`excluded.parent_uri`,
          ontologyType: sql`excluded.ontology_type`,
          name: sql`excluded.name`,
          description: sql`excluded.description`,
        },
        setWhere: sql`(excluded.name, excluded.description, coalesce(excluded.code, ''), coalesce(excluded.parent_uri, ''))
          > (${classifications.name}, ${classifications.description}, coalesce(${classifications.code}, ''), coalesce(${classifications.parentUri}, ''))`,
      })
      .run();
  }
}

export function upsertAreaRefs(db: Db, refs: AreaRefs[]): void {
  const munis = dedupe(
    refs.flatMap((r) => r.municipalityNames),
    (m) => m.code + JSON.stringify(m.name),
  );
  for (const chunk of chunked(munis, 300)) {
    db.insert(municipalities)
      .values(chunk)
      .onConflictDoUpdate({
        target: municipalities.code,
        set: { name: sql`excluded.name` },
        setWhere: sql`excluded.name > ${municipalities.name}`,
      })
      .run();
  }
  const areaRows = dedupe(
    refs.flatMap((r) => r.areaNames),
    (a) => `${a.type}\u0000${a.code}\u0000${JSON.stringify(a.name)}`,
  );
  for (const chunk of chunked(areaRows, 300)) {
    db.insert(areas)
      .values(chunk.map(({ type, code, name }) => ({ type, code, name })))
      .onConflictDoUpdate({
        target: [areas.type, areas.code],
        set: { name: sql`excluded.name` },
        setWhere: sql`excluded.name > ${areas.name}`,
      })
      .run();
  }
  const members = dedupe(
    areaRows.flatMap((a) =>
      a.municipalityCodes.map((m) => ({ areaType: a.type, areaCode: a.code, municipalityCode: m })),
    ),
    (m) => `${m.areaType}\u0000${m.areaCode}\u0000${m.municipalityCode}`,
  );
  for (const chunk of chunked(members, 300)) {
    db.insert(areaMunicipalities).values(chunk).onConflictDoNothing().run();
  }
}

function dedupe<T>(rows: T[], key: (row: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const row of rows) if (!seen.has(key(row))) seen.set(key(row), row);
  return [...seen.values()];
}
