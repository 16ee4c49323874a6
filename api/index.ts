/** Composition root of the API process: `tsx api/index.ts` serves the API (and the web if built). */
import cluster from 'node:cluster';
import { openDatabase } from '../schema/db.ts';
import { UsageBuffer } from '../schema/usage/index.ts';
import { createAnalyzer } from '../search/analysis/index.ts';
import { createSearchEngine } from '../search/create-engine.ts';
import { SearchIndexManager } from '../search/index-manager.ts';
import { bundledMatchDeps } from '../search/match/index.ts';
import { needThemes } from '../search/needs/index.ts';
import type { AppDeps } from './app-env.ts';
import { parseEnv, securityConfig } from './env.ts';
import { createLogger } from './logger.ts';
import { createHttpServer, type WebHandler } from './server.ts';

export async function startApi(options: { web?: WebHandler } = {}) {
  const env = parseEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, pretty: env.NODE_ENV === 'development' });
  const db = openDatabase(env.TARJOTIN_DB, { synchronous: 'full' });
  const analyzer = createAnalyzer();
  if (analyzer.fallbackReason)
    logger.warn({ reason: analyzer.fallbackReason }, 'Voikko not in use');
  const search = createSearchEngine({ meiliUrl: env.MEILI_URL, meiliKey: env.MEILI_KEY }, analyzer);
  const deps = {
    db,
    logger,
    clock: () => new Date(),
    security: securityConfig(env),
    search,
    analyzer,
    usage: new UsageBuffer(db),
  } satisfies AppDeps;
  // With Meilisearch the ingest job keeps the shared index in step; the embedded engine lives
  // in this process and follows the catalogue database itself.
  const indexManager =
    search.name === 'embedded'
      ? new SearchIndexManager({ db, engine: search, themes: needThemes, logger })
      : null;
  await indexManager?.refresh();
  indexManager?.start();
  // The needs vocabulary and service types are analysed once (~1 s with Voikko): before the
  // first client, not during the first match request.
  bundledMatchDeps(search, analyzer);
  const { server } = createHttpServer(deps, options.web);
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info({ port, search: search.name }, `tarjotin listening on http://localhost:${port}`);
  const close = async () => {
    indexManager?.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    deps.usage.close();
    await search.close();
    analyzer.close();
    db.$client.close();
  };
  return { server, port, close, deps };
}

/** Node flag for the API's young generation; `npm start` passes it too (package.json). */
const YOUNG_GENERATION_FLAG = '--max-semi-space-size=64';

/**
 * Serves with `API_WORKERS` processes sharing the port: Node runs JavaScript on one core per
 * process, so a machine with more cores serves more searches with more workers. The primary
 * deals connections out round-robin: left to compete for accepts, workers end up with uneven
 * shares of long-lived keep-alive connections (100 against 160 of 256 measured), and the busier
 * one sets the tail latency. The primary only accepts; requests go straight to the workers.
 */
export async function serve(options: { web?: () => Promise<WebHandler | undefined> } = {}) {
  const { API_WORKERS: workers } = parseEnv();
  if (workers > 1 && cluster.isPrimary) {
    cluster.schedulingPolicy = cluster.SCHED_RR;
    // A search leaves mostly short-lived garbage; a larger young generation collects it less
    // often (+8 % requests/s at 32 connections in bench:search's A/B, docs/decisions.md).
    cluster.setupPrimary({ execArgv: [...process.execArgv, YOUNG_GENERATION_FLAG] });
    for (let i = 0; i < workers; i++) cluster.fork();
    cluster.on('exit', (worker, code, signal) => {
      if (code !== 0 && signal !== 'SIGTERM' && signal !== 'SIGINT') cluster.fork();
    });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
        process.exit(0);
      });
    }
    return;
  }
  const { close } = await startApi({ web: await options.web?.() });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void close().then(() => process.exit(0)));
}

if (import.meta.url === `file://${process.argv[1]}`) await serve();
