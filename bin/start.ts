/**
 * `npm start`: the whole product on the embedded default. On first start (empty database) it
 * generates a sample PTV dump, ingests it through the replay server, then serves the API and
 * the web pages on one port.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import cluster from 'node:cluster';
import { serve } from '../api/index.ts';
import { openDatabase } from '../schema/db.ts';
import { parseEnv as parseIngestEnv } from '../ingest/env.ts';
import { PtvClient } from '../ingest/ptv/client.ts';
import { startReplayServer } from '../ingest/replay/server.ts';
import { runSync } from '../ingest/sync/run.ts';
import { generateDump } from '../bench/generator/index.ts';
import { seedDemo } from '../api/demo-seed.ts';
import { ensureWebBuilt, loadWebHandler } from './web.ts';

const SAMPLE_SERVICES = Number(process.env.TARJOTIN_SAMPLE_SERVICES ?? 2000);

async function ensureSampleData(): Promise<void> {
  const env = parseIngestEnv();
  const logger = pino({ level: env.LOG_LEVEL });
  const db = openDatabase(env.TARJOTIN_DB, { synchronous: 'normal' });
  try {
    const { n } = db.$client
      .prepare("select count(*) as n from sync_runs where status = 'succeeded'")
      .get() as { n: number };
    if (n > 0) return;
    const dir = join('data', 'sample-ptv');
    if (!existsSync(join(dir, 'services'))) {
      logger.info({ dir, services: SAMPLE_SERVICES }, 'generating sample PTV data');
      await generateDump({ out: dir, services: SAMPLE_SERVICES, seed: 1 });
    }
    const replay = await startReplayServer({ dir, watch: false });
    try {
      logger.info({ source: replay.url }, 'ingesting sample data through the PTV replay server');
      const client = new PtvClient({ baseUrl: replay.url });
      const summary = await runSync(
        { db, client, logger, source: replay.url },
        { mode: 'full', municipalities: env.municipalities },
      );
      logger.info({ counts: summary.counts, seconds: summary.seconds }, 'sample data ingested');
    } finally {
      await replay.close();
    }
    // Demo accounts with published passwords exist only next to generated sample data.
    const demo = await seedDemo(db);
    if (demo) {
      logger.info(
        { accounts: demo.accounts.map((a) => `${a.role}: ${a.email} / ${a.password}`) },
        'demo accounts created',
      );
    }
  } finally {
    db.$client.close();
  }
}

// With API_WORKERS > 1 this module runs again in each worker: only the primary prepares.
if (cluster.isPrimary) {
  ensureWebBuilt((message) => console.log(message));
  await ensureSampleData();
}
await serve({ web: loadWebHandler });
