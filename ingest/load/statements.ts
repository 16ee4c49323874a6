import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../schema/db.ts';

/*
 * The batch writers run a million rows on a large ingest, so they use prepared better-sqlite3
 * statements generated from the drizzle tables rather than building SQL per call. Column names
 * follow drizzle's snake_case casing; values go through each column's own driver mapping (JSON,
 * booleans), so rows read back through drizzle exactly as if drizzle had written them.
 */

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

export interface TableWriter {
  insert(row: Record<string, unknown>): void;
  /** Deletes by the table's owning key (`id`, or `service_id` for child tables). */
  deleteBy(key: string): number;
}

const cache = new WeakMap<Database.Database, Map<SQLiteTable, TableWriter>>();
export { statement } from '../../schema/db.ts';

export function tableWriter(db: Db, table: SQLiteTable, keyColumn: string): TableWriter {
  let writers = cache.get(db.$client);
  if (!writers) cache.set(db.$client, (writers = new Map()));
  const existing = writers.get(table);
  if (existing) return existing;
  const columns = Object.entries(getTableColumns(table)) as [string, Column][];
  const name = getTableName(table);
  const insert = db.$client.prepare(
    `insert into ${name} (${columns.map(([k]) => snake(k)).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  const remove = db.$client.prepare(`delete from ${name} where ${snake(keyColumn)} = ?`);
  const writer: TableWriter = {
    insert(row) {
      insert.run(
        columns.map(([key, column]) => {
          const value = row[key] === undefined ? column.default : row[key];
          return value === null || value === undefined ? null : column.mapToDriverValue(value);
        }),
      );
    },
    deleteBy(key) {
      return remove.run(key).changes;
    },
  };
  writers.set(table, writer);
  return writer;
}
