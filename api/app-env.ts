import type { Logger } from 'pino';
import type { Db } from '../schema/db.ts';

/** What every request handler can reach: built once in the composition root (index.ts). */
export interface AppDeps {
  db: Db;
  logger: Logger;
  /** Injected so tests can fix "now" (open-now, code expiry). */
  clock: () => Date;
}

export interface AppEnv {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
  };
}
