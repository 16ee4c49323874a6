import pino from 'pino';
import type { Db } from '../../schema/db.ts';
import { varsinaisSuomiMunicipalities } from '../../schema/constants.ts';
import { PtvClient, type PtvClientConfig } from '../../ingest/ptv/client.ts';
import { runSync, type SyncOptions } from '../../ingest/sync/run.ts';

/** Runs a sync against a replay server URL with fast retries, as the CLI would. */
export function ingest(
  db: Db,
  url: string,
  options: Partial<SyncOptions> & { client?: Partial<PtvClientConfig> } = {},
) {
  const { client: clientOptions, ...syncOptions } = options;
  const client = new PtvClient({
    baseUrl: url,
    backoffMs: { base: 5, cap: 50 },
    maxAttempts: 12,
    ...clientOptions,
  });
  return runSync(
    { db, client, logger: pino({ level: 'silent' }), source: url },
    { mode: 'full', municipalities: [...varsinaisSuomiMunicipalities], ...syncOptions },
  );
}
