/**
 * `npm run bench:ingest [-- --services 100000 --seed 1 --fail-rate 0]`: generates (once, cached
 * under data/bench/) a PTV dump for Varsinais-Suomi, serves it with the replay server, and runs a
 * full ingest in a separate process into a fresh database. Prints seconds, peak memory and
 * throughput. Target: 100,000 services in at most 120 s and 1.5 GB.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDump } from './generator/index.ts';
import { startReplayServer } from '../ingest/replay/server.ts';
import { finished, spawnScript } from '../test/helpers/spawn.ts';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    'fail-rate': { type: 'string', default: '0' },
  },
});
const services = Number(values.services);
const seed = Number(values.seed);

const dir = join('data', 'bench', `ptv-${services}-${seed}`);
if (!existsSync(join(dir, 'services'))) {
  console.log(`Generating ${services} services (seed ${seed}) into ${dir} ...`);
  const t = performance.now();
  await generateDump({ out: dir, services, seed });
  console.log(`  generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const replay = await startReplayServer({
  dir,
  watch: false,
  faults: { failRate: Number(values['fail-rate']), seed },
});
console.log(
  `Replay server indexed the dump in ${replay.startupSeconds.toFixed(1)} s: ${replay.url}`,
);

const dbDir = join('data', 'bench', 'ingest-db');
rmSync(dbDir, { recursive: true, force: true });
mkdirSync(dbDir, { recursive: true });
const started = performance.now();
const run = await finished(
  spawnScript('ingest/index.ts', ['--source', replay.url, '--full', '--json'], {
    TARJOTIN_DB: join(dbDir, 'tarjotin.db'),
    // As `npm run ingest` runs it: a larger young generation halves the scavenges.
    NODE_OPTIONS: '--max-semi-space-size=64',
  }),
);
const wall = (performance.now() - started) / 1000;
await replay.close();
if (run.code !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
const result = {
  services,
  seed,
  failRate: Number(values['fail-rate']),
  wallSeconds: Math.round(wall * 10) / 10,
  ingestSeconds: summary.seconds,
  peakRssMb: summary.peakRssMb,
  cpuSeconds: summary.cpuSeconds,
  recordsPerSecond: Math.round(summary.fetched / summary.seconds),
  requests: summary.requests,
  counts: {
    fetched: summary.fetched,
    inserted: summary.inserted,
    quarantined: summary.quarantined,
  },
  targets: { seconds: 120, peakRssMb: 1536 },
};
console.table({
  'wall seconds (process start to exit)': result.wallSeconds,
  'ingest seconds (sync run)': result.ingestSeconds,
  'peak RSS MB': result.peakRssMb,
  'ingest CPU seconds': result.cpuSeconds,
  'records/s': result.recordsPerSecond,
  'HTTP requests': result.requests,
  'records fetched': result.counts.fetched,
  quarantined: result.counts.quarantined,
});
console.log(
  `target ≤ 120 s: ${result.wallSeconds <= 120 ? 'met' : 'NOT met'}; ` +
    `target ≤ 1.5 GB: ${result.peakRssMb <= 1536 ? 'met' : 'NOT met'}`,
);
mkdirSync(join('bench', 'results'), { recursive: true });
writeFileSync(join('bench', 'results', 'ingest.json'), JSON.stringify(result, null, 2) + '\n');
