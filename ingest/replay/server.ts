import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino, type Logger } from 'pino';
import { FaultInjector, type FaultOptions } from './faults.ts';
import { createRequestListener, type ReplayStats } from './pipeline.ts';
import { Router } from './router.ts';
import { channelRoutes } from './routes/channels.ts';
import { codeListRoutes } from './routes/code-lists.ts';
import type { ReplayDeps } from './routes/deps.ts';
import { organizationRoutes } from './routes/organizations.ts';
import { serviceRoutes } from './routes/services.ts';
import { loadCodeLists } from './store/code-lists.ts';
import { DumpStore } from './store/dump-store.ts';
import { Geography } from './store/geography.ts';
import { watchDump, type DumpWatcher } from './store/watcher.ts';

export interface ReplayServerOptions {
  /** Dump directory: `organizations/`, `services/`, `channels/`, optional `codes/`. */
  dir: string;
  /** Default 0: an ephemeral port. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Re-index files edited while running (default true). */
  watch?: boolean;
  faults?: FaultOptions;
  /** Default: silent. */
  logger?: Logger;
}

export interface ReplayServer {
  /** Base URL ending in `/api/v11`, e.g. `http://127.0.0.1:43125/api/v11`. */
  url: string;
  port: number;
  /** Seconds spent indexing the dump. */
  startupSeconds: number;
  /** Applies dump edits now instead of waiting for the watcher (also works with `watch: false`). */
  rescan(): Promise<void>;
  stats(): ReplayStats & { entities: Record<'organizations' | 'services' | 'channels', number> };
  close(): Promise<void>;
}

/** In-flight requests get this long to finish on close before their sockets are cut. */
const CLOSE_GRACE_MS = 1000;

/**
 * Serves a PTV v11 dump over HTTP with PTV's paging, errors and quirks (see README.md), after
 * indexing the whole dump.
 */
export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const { dir, port = 0, host = '127.0.0.1' } = options;
  const logger = options.logger ?? pino({ level: 'silent' });
  if (!(await stat(dir).catch(() => null))?.isDirectory()) {
    throw new Error(`PTV dump directory not found: ${dir}`);
  }
  const started = performance.now();
  const codes = await loadCodeLists(dir);
  const geography = new Geography(codes);
  const store = new DumpStore(dir, geography, logger);
  store.load();
  const startupSeconds = (performance.now() - started) / 1000;

  const deps: ReplayDeps = { store, geography, codes };
  const router = new Router();
  organizationRoutes(router, deps);
  serviceRoutes(router, deps);
  channelRoutes(router, deps);
  codeListRoutes(router, deps);
  const faults = new FaultInjector(options.faults);
  const { listener, stats } = createRequestListener({ router, faults, logger });

  const server = createServer({ noDelay: true }, listener);
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 31_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${urlHost}:${address.port}/api/v11`;
  const watcher: DumpWatcher | null =
    options.watch === false ? null : watchDump(dir, store, { logger });
  const entities = () => ({
    organizations: store.count('organizations'),
    services: store.count('services'),
    channels: store.count('channels'),
  });
  logger.info({ url, ...entities(), startupSeconds }, 'replay: PTV v11 replay server listening');

  return {
    url,
    port: address.port,
    startupSeconds,
    async rescan() {
      await watcher?.flush();
      store.rescan();
    },
    stats: () => ({ ...stats(), entities: entities() }),
    async close() {
      watcher?.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const deadline = performance.now() + CLOSE_GRACE_MS;
      while (faults.inFlight > 0 && performance.now() < deadline) await sleep(10);
      server.closeAllConnections();
      await closed;
    },
  };
}
