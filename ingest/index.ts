/**
 * `npm run ingest -- --source <v11 base url> [--full] [--municipalities 853,734] [--json]`
 * Composition root of the ingest process.
 */
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openDatabase } from '../schema/db.ts';
import { parseEnv, parseMunicipalities } from './env.ts';
import { createProgressBar } from './progress.ts';
import { PtvClient } from './ptv/client.ts';
import { runSync } from './sync/run.ts';
import { syncSearchIndex } from './search-index.ts';

const usage = `Usage: npm run ingest -- --source <PTV v11 base url> [--full] [--municipalities 853,734,...|all] [--json]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      source: { type: 'string' },
      full: { type: 'boolean', default: false },
      municipalities: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const env = parseEnv();
  const source = values.source ?? env.PTV_URL;
  if (!source) {
    console.error(`--source is required (or set PTV_URL).\n${usage}`);
    return 2;
  }
  const municipalities = parseMunicipalities(values.municipalities) ?? env.municipalities;
  const tty = Boolean(process.stderr.isTTY) && !values.json;
  const logger = pino(
    { level: tty ? 'warn' : env.LOG_LEVEL, base: { stage: 'ingest' } },
    pino.destination(2),
  );
  const bar = tty ? createProgressBar(process.stderr) : null;
  const db = openDatabase(env.TARJOTIN_DB, { synchronous: 'normal' });
  // Bulk writes: every checkpoint syncs the database file, so checkpoint every 64 MB of WAL
  // rather than every 4 MB, and keep more pages in memory.
  db.$client.pragma('wal_autocheckpoint = 16384');
  db.$client.pragma('cache_size = -262144');
  const client = new PtvClient({
    baseUrl: source,
    onRetry: ({ url, attempt, error, waitMs }) =>
      logger.warn({ url, attempt, waitMs, err: error.message }, 'retrying PTV request'),
  });
  try {
    const summary = await runSync(
      { db, client, logger, source },
      {
        mode: values.full ? 'full' : 'incremental',
        municipalities,
        onProgress: bar ? (p) => bar.update(p) : undefined,
      },
    );
    bar?.done();
    if (env.MEILI_URL) await syncSearchIndex(db, env, logger);
    const result = {
      runId: summary.runId,
      mode: summary.mode,
      resumed: summary.resumed,
      ...summary.counts,
      seconds: Math.round(summary.seconds * 10) / 10,
      requests: client.requestCount,
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      cpuSeconds: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1e5) / 10,
    };
    if (values.json) console.log(JSON.stringify(result));
    else
      console.log(
        `Sync run ${result.runId} (${result.mode}${result.resumed ? ', resumed' : ''}) done in ${result.seconds} s: ` +
          `fetched ${result.fetched}, inserted ${result.inserted}, updated ${result.updated}, ` +
          `unchanged ${result.unchanged}, deleted ${result.deleted}, quarantined ${result.quarantined}`,
      );
    return 0;
  } catch (error) {
    bar?.done();
    console.error(`Ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    if (values.json) console.log(JSON.stringify({ error: String(error) }));
    return 1;
  } finally {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
  }
}

process.exitCode = await main();
