import pino from 'pino';
import { createApp } from '../../api/app.ts';
import type { AppDeps } from '../../api/app-env.ts';
import { createTestDb } from './db.ts';

/** The real app on a fresh migrated database, silent logs, a fixed or given clock. */
export function createTestApp(overrides: Partial<AppDeps> = {}) {
  const deps: AppDeps = {
    db: overrides.db ?? createTestDb(),
    logger: overrides.logger ?? pino({ level: 'silent' }),
    clock: overrides.clock ?? (() => new Date('2026-11-23T10:00:00Z')),
  };
  return { app: createApp(deps), deps };
}
