/**
 * `npm run bench:crash [-- --services 20000 --kills 5]`: kill -9 real ingest processes at random
 * moments during a full ingest of a generated dump (cached under data/bench/), each kill followed
 * by a rerun, then compares the result with an uninterrupted run's database (content fingerprint
 * per table) and runs SQLite's integrity check. Prints both and exits non-zero on a difference.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fingerprint } from '../ingest/fingerprint.ts';
import { startReplayServer } from '../ingest/replay/server.ts';
import { openDatabase } from '../schema/db.ts';
import { finished, spawnScript } from '../test/helpers/spawn.ts';
import { generateDump } from './generator/index.ts';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    kills: { type: 'string', default: '5' },
  },
});
const services = Number(values.services);
const kills = Number(values.kills);
const dir = join('data', 'bench', `ptv-${services}-${values.seed}`);
if (!existsSync(join(dir, 'services'))) {
  console.log(`Generating ${services} services into ${dir} ...`);
  await generateDump({ out: dir, services, seed: Number(values.seed) });
}
const work = join('data', 'bench', 'crash');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const replay = await startReplayServer({ dir, watch: false });
const args = ['--source', replay.url, '--full', '--json'];

const cleanPath = join(work, 'clean.db');
let started = Date.now();
const clean = await finished(spawnScript('ingest/index.ts', args, { TARJOTIN_DB: cleanPath }));
if (clean.code !== 0) throw new Error(`clean run failed: ${clean.stderr}`);
const cleanMs = Date.now() - started;
console.log(`uninterrupted run: ${(cleanMs / 1000).toFixed(1)} s`);

const crashPath = join(work, 'crash.db');
let killed = 0;
for (let attempt = 0; killed < kills && attempt < kills * 4; attempt++) {
  const child = spawnScript('ingest/index.ts', args, { TARJOTIN_DB: crashPath });
  const exit = finished(child);
  const delay = 300 + Math.random() * cleanMs * 0.9;
  await new Promise((r) => setTimeout(r, delay));
  if (child.exitCode === null && child.kill('SIGKILL')) {
    killed++;
    console.log(`kill -9 #${killed} after ${(delay / 1000).toFixed(1)} s`);
  }
  await exit;
  const check = new Database(crashPath, { readonly: true });
  const integrity = check.pragma('integrity_check', { simple: true });
  check.close();
  if (integrity !== 'ok') throw new Error(`integrity check after a kill: ${String(integrity)}`);
}
started = Date.now();
const rerun = await finished(spawnScript('ingest/index.ts', args, { TARJOTIN_DB: crashPath }));
if (rerun.code !== 0) throw new Error(`rerun failed: ${rerun.stderr}`);
console.log(
  `final rerun: ${((Date.now() - started) / 1000).toFixed(1)} s, ${rerun.stdout.trim().split('\n').at(-1)}`,
);
await replay.close();

const a = openDatabase(cleanPath, { readonly: true });
const b = openDatabase(crashPath, { readonly: true });
const fa = fingerprint(a);
const fb = fingerprint(b);
const integrity = b.$client.pragma('integrity_check', { simple: true });
console.table(
  Object.fromEntries(
    Object.entries(fa.tables).map(([table, f]) => [
      table,
      { rows: f.rows, identical: f.sha256 === fb.tables[table].sha256 },
    ]),
  ),
);
console.log(
  `kills: ${killed}; integrity_check: ${String(integrity)}; identical: ${fa.total === fb.total}`,
);
process.exitCode = fa.total === fb.total && integrity === 'ok' && killed === kills ? 0 : 1;
