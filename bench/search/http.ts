import { copyFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { setPriority } from 'node:os';
import autocannon from 'autocannon';
import type { SearchQuery } from '../../search/contract.ts';
import { finished, spawnScript } from '../../test/helpers/spawn.ts';
import type { BenchQuery } from './queries.ts';

const WARM_UP_S = 5;
const API_NICENESS = 10;

export interface HttpResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  errors: number;
  non2xx: number;
}

/** The same query as GET /api/search parameters; facets only where the engine query asks. */
export function toSearchUrl(query: SearchQuery): string {
  const f = query.filters ?? {};
  const params = new URLSearchParams({ lang: query.lang, limit: String(query.limit ?? 20) });
  if (query.q) params.set('q', query.q);
  if (f.municipalities?.length) params.set('municipality', f.municipalities.join(','));
  if (f.organizationKinds?.length) params.set('organizationKind', f.organizationKinds.join(','));
  if (f.languages?.length) params.set('language', f.languages.join(','));
  if (f.themes?.length) params.set('theme', f.themes.join(','));
  if (f.channelModes?.length) params.set('channel', f.channelModes.join(','));
  if (f.free !== undefined) params.set('free', String(f.free));
  if (f.accessible !== undefined) params.set('accessible', String(f.accessible));
  if (f.openAt) params.set('openNow', 'true');
  if (f.near) {
    params.set('lat', String(f.near.lat));
    params.set('lon', String(f.near.lon));
    if (f.near.radiusKm) params.set('radius', String(f.near.radiusKm));
  }
  if (query.sort && query.sort !== 'relevance') params.set('sort', query.sort);
  params.set('facets', query.facets?.length ? query.facets.join(',') : 'none');
  return `/api/search?${params}`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

/**
 * Starts the API in its own process over a copy of the benchmark database, waits until it has
 * built its index, then drives GET /api/search with autocannon (keep-alive) at each connection
 * count, recording every response time for exact percentiles.
 */
export async function measureHttp(options: {
  dbPath: string;
  queries: BenchQuery[];
  connections: number[];
  seconds: number;
  /** API processes sharing the port (API_WORKERS). */
  workers: number;
}): Promise<HttpResult[]> {
  const db = `${options.dbPath}.http.db`;
  copyFileSync(options.dbPath, db);
  const port = await freePort();
  const server = spawnScript('api/index.ts', [], {
    TARJOTIN_DB: db,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    API_WORKERS: String(options.workers),
  });
  // Clients run on other machines in production; here autocannon shares the two cores with the
  // API. Lowering the API's priority (its workers inherit it when they fork, after this) keeps
  // the load generator from waiting for a core while its connections sit idle, so what is
  // measured is the API's work, not the generator's scheduling. The API still gets every cycle
  // the generator leaves.
  if (server.pid) setPriority(server.pid, API_NICENESS);
  const exited = finished(server);
  // Ready when every worker has logged that it listens: each builds its own index first.
  let listening = 0;
  server.stdout?.on('data', (chunk: Buffer) => {
    listening += chunk.toString().split('tarjotin listening').length - 1;
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let waited = 0; ; waited += 500) {
      if (listening >= options.workers) break;
      if (waited > 300_000 || server.exitCode !== null) {
        throw new Error(`API did not start: ${(await exited).stderr}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    const requests = options.queries.map((q) => ({
      method: 'GET' as const,
      path: toSearchUrl(q.query),
    }));
    const results: HttpResult[] = [];
    for (const connections of options.connections) {
      // One run per connection count: the first WARM_UP_S seconds (JIT, new connections being
      // dealt out to the workers) are not measured, the keep-alive steady state after them is.
      const latencies: number[] = [];
      let errors = 0;
      let non2xx = 0;
      const measureFrom = performance.now() + WARM_UP_S * 1000;
      await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          { url: base, connections, duration: WARM_UP_S + options.seconds, requests },
          (error, done) => (error ? reject(error) : resolve(done)),
        );
        instance.on('response', (_client, status, _bytes, responseTime) => {
          if (performance.now() < measureFrom) return;
          latencies.push(responseTime);
          if (status < 200 || status > 299) non2xx++;
        });
        // Request errors include timeouts.
        instance.on('reqError', () => {
          if (performance.now() >= measureFrom) errors++;
        });
      });
      latencies.sort((a, b) => a - b);
      const at = (p: number) =>
        latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
      results.push({
        connections,
        seconds: options.seconds,
        requests: latencies.length,
        requestsPerSecond: Math.round(latencies.length / options.seconds),
        latencyMs: { p50: at(50), p95: at(95), p99: at(99), max: latencies.at(-1) ?? 0 },
        errors,
        non2xx,
      });
    }
    return results;
  } finally {
    server.kill('SIGTERM');
    await exited;
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
  }
}
