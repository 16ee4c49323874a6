/**
 * `npm run bench:search [-- --services 100000 --seed 1 --engines embedded,minisearch,orama,fts5]`
 *
 * Builds the benchmark corpus the production way (generated PTV dump -> replay server -> ingest
 * into SQLite -> search documents; cached under data/bench/), then, for each engine in a process
 * of its own, measures index build seconds, memory (heap + array buffers after build, minus
 * before) and latency over a mixed set of 290 queries (3 passes after a warm-up). Prints a table
 * with ratios against our embedded engine and writes bench/results/search.json.
 * Targets for the embedded engine at 100,000 services: build <= 15 s, p95 <= 5 ms.
 *
 * Then HTTP: the API in its own process over the same catalogue, GET /api/search with the same
 * queries, autocannon with keep-alive at 32 and 256 connections (bench/search/http.ts).
 * Targets: >= 2,000 requests/s with p99 <= 60 ms and no errors at 32; no errors and p99 <= 250 ms
 * at 256. `--http-seconds 0` skips this part.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SearchDocument } from '../search/contract.ts';
import { finished, spawnScript } from '../test/helpers/spawn.ts';
import { benchCorpus, readCorpus } from './search/corpus.ts';
import { benchEngines, type BenchEngineName } from './search/engines/index.ts';
import { buildQuerySet } from './search/queries.ts';
import { measureHttp, type HttpResult } from './search/http.ts';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    engines: { type: 'string', default: Object.keys(benchEngines).join(',') },
    'http-seconds': { type: 'string', default: '20' },
    'http-workers': { type: 'string', default: String(cpus().length) },
  },
});
const services = Number(values.services);
const seed = Number(values.seed);
const names = values.engines.split(',') as BenchEngineName[];
for (const name of names)
  if (!(name in benchEngines))
    throw new Error(`Unknown engine ${name}; known: ${Object.keys(benchEngines).join(', ')}`);

const docsPath = await benchCorpus(services, seed);
// Query words come from every tenth document: enough for frequencies, light on memory.
const sample: SearchDocument[] = [];
let i = 0;
for await (const doc of readCorpus(docsPath)) if (i++ % 10 === 0) sample.push(doc);
const queries = buildQuerySet(sample, seed);
const queriesPath = join('data', 'bench', `search-queries-${services}-${seed}.json`);
writeFileSync(queriesPath, JSON.stringify(queries));
console.error(`${i} documents, ${queries.length} queries`);

interface EngineResult {
  engine: string;
  documents: number;
  buildSeconds: number;
  memoryMb: number;
  rssMb: number;
  latency: { p50: number; p95: number; p99: number; max: number; mean: number };
  byKind: Record<string, { p50: number; p95: number }>;
  matchedPerQuery: number;
}

const results: EngineResult[] = [];
for (const name of names) {
  console.error(`running ${name} ...`);
  const child = await finished(
    spawnScript('bench/search/run-engine.ts', [name, docsPath, queriesPath], {
      NODE_OPTIONS: '--expose-gc --max-old-space-size=16384',
    }),
  );
  if (child.code !== 0) {
    console.error(`${name} failed (exit ${child.code ?? child.signal}):\n${child.stderr}`);
    continue;
  }
  results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as EngineResult);
}

const ours = results.find((r) => r.engine.startsWith('embedded'));
const ratio = (value: number, base: number | undefined) =>
  base ? `${(value / base).toFixed(1)}x` : '-';
console.table(
  Object.fromEntries(
    results.map((r) => [
      r.engine,
      {
        'build s': r.buildSeconds,
        'memory MB': r.memoryMb,
        'p50 ms': r.latency.p50,
        'p95 ms': r.latency.p95,
        'p99 ms': r.latency.p99,
        'build vs ours': ratio(r.buildSeconds, ours?.buildSeconds),
        'p95 vs ours': ratio(r.latency.p95, ours?.latency.p95),
        'matched/query': r.matchedPerQuery,
      },
    ]),
  ),
);
if (ours) {
  console.table(
    Object.fromEntries(
      Object.entries(ours.byKind).map(([kind, l]) => [kind, { 'p50 ms': l.p50, 'p95 ms': l.p95 }]),
    ),
  );
  const ok = ours.buildSeconds <= 15 && ours.latency.p95 <= 5;
  console.log(
    `embedded targets at ${services} services (build <= 15 s, p95 <= 5 ms): ${ok ? 'met' : 'NOT met'}`,
  );
}
let http: HttpResult[] = [];
const httpSeconds = Number(values['http-seconds']);
if (httpSeconds > 0) {
  console.error(
    `HTTP: GET /api/search at 32 and 256 connections, ${httpSeconds} s each after a 5 s warm-up, ${values['http-workers']} API workers at nice 10 beside autocannon ...`,
  );
  http = await measureHttp({
    dbPath: join('data', 'bench', `search-${services}-${seed}.db`),
    queries,
    connections: [32, 256],
    seconds: httpSeconds,
    workers: Number(values['http-workers']),
  });
  console.table(
    Object.fromEntries(
      http.map((h) => [
        `${h.connections} connections`,
        {
          'requests/s': h.requestsPerSecond,
          'p50 ms': h.latencyMs.p50,
          'p95 ms': h.latencyMs.p95,
          'p99 ms': h.latencyMs.p99,
          errors: h.errors,
          non2xx: h.non2xx,
        },
      ]),
    ),
  );
  const [c32, c256] = http;
  const ok32 =
    c32.requestsPerSecond >= 2000 && c32.latencyMs.p99 <= 60 && c32.errors + c32.non2xx === 0;
  const ok256 = c256.latencyMs.p99 <= 250 && c256.errors + c256.non2xx === 0;
  console.log(
    `HTTP targets: 32 connections (>= 2000 req/s, p99 <= 60 ms, no errors) ${ok32 ? 'met' : 'NOT met'}; ` +
      `256 connections (p99 <= 250 ms, no errors) ${ok256 ? 'met' : 'NOT met'}`,
  );
}
mkdirSync(join('bench', 'results'), { recursive: true });
const machine = { node: process.version, cpus: cpus().length };
writeFileSync(
  join('bench', 'results', 'search.json'),
  `${JSON.stringify({ services, seed, queries: queries.length, machine, measuredAt: new Date().toISOString(), engines: results, http }, null, 2)}\n`,
);
