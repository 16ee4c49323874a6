import type { Logger } from 'pino';
import type { Db } from '../schema/db.ts';
import type { Analyzer } from '../search/analysis/index.ts';
import type { SearchEngine } from '../search/contract.ts';
import type { UsageBuffer } from '../schema/usage/index.ts';
import type { SecurityConfig } from './auth/config.ts';
import type { ActiveSession } from './auth/sessions.ts';
import type { CurrentUser } from './queries/users.ts';

/** What every request handler can reach: built once in the composition root (index.ts). */
export interface AppDeps {
  db: Db;
  logger: Logger;
  /** Injected so tests can fix "now" (open-now, code expiry). */
  clock: () => Date;
  /** Sessions, referral codes, limits; defaults (auth/config.ts) fill what is not given. */
  security?: Partial<SecurityConfig>;
  /** The search index (embedded or Meilisearch) that /search, /suggest and /match query. */
  search: SearchEngine;
  /** Text analysis for reading needs text into themes (/match); the caller closes it. */
  analyzer: Analyzer;
  /** Buffers usage counts; without it each search is counted with its own write (tests). */
  usage?: UsageBuffer;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    /** The resolved security configuration. */
    security: SecurityConfig;
    /** The signed-in staff member's session and account; null for residents. */
    session: ActiveSession | null;
    user: CurrentUser | null;
  };
}
