import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as tables from './tables.ts';

export type Db = BetterSQLite3Database<typeof tables> & { $client: Database.Database };

const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenDatabaseOptions {
  /**
   * `full` for processes that acknowledge referral writes (the API): a committed transaction
   * survives power loss. `normal` suffices for the ingest job, which can always rerun.
   */
  synchronous?: 'full' | 'normal';
  readonly?: boolean;
}

/**
 * Opens (creating if needed) a SQLite database in WAL mode and brings it to the latest migration.
 * `:memory:` gives a private in-memory database, migrated the same way.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path, { readonly: options.readonly ?? false });
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle({ client: sqlite, schema: tables, casing: 'snake_case' }) as Db;
  if (!options.readonly) migrate(db, { migrationsFolder });
  return db;
}

/** Runs `fn` in one IMMEDIATE transaction: all of it commits, or none of it does. */
export function transaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A raw prepared statement, prepared once per connection: for hot paths where building SQL per
 * call costs more than the query. Pass id lists as one JSON array (`in (select value from
 * json_each(?))`) so the SQL text, and so the statement, stays the same.
 */
export function statement(db: Db, sql: string): Database.Statement {
  let bySql = statements.get(db.$client);
  if (!bySql) statements.set(db.$client, (bySql = new Map()));
  let prepared = bySql.get(sql);
  if (!prepared) bySql.set(sql, (prepared = db.$client.prepare(sql)));
  return prepared;
}
