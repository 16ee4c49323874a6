import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../schema/db.ts';

/** A private in-memory database migrated by the real migrations. */
export function createTestDb(): Db {
  return openDatabase(':memory:');
}

/** A temporary directory removed by the returned cleanup. */
export function tempDir(prefix = 'tarjotin-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A database file in a fresh temporary directory. */
export function tempDbPath(): { path: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir('tarjotin-db-');
  return { path: join(dir, 'test.db'), cleanup };
}
