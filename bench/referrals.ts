/**
 * `npm run bench:referrals [-- --advisors 8 --requests 1600]`: referral creation latency over real
 * HTTP on loopback. A small generated catalogue is ingested through the replay server into a fresh
 * database file; the API then runs in its own process (this file with `--serve <db>`: WAL,
 * synchronous=FULL, as in production) while this process plays the advisors: each signs in, then
 * all create referrals concurrently, one request in flight per advisor. Prints p50/p95/p99.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { hashPassword } from '../api/auth/password.ts';
import { createUnit, createUser } from '../api/queries/users.ts';
import { createHttpServer } from '../api/server.ts';
import { varsinaisSuomiMunicipalities } from '../schema/constants.ts';
import { openDatabase } from '../schema/db.ts';
import { createAnalyzer } from '../search/analysis/index.ts';
import { createEmbeddedEngine } from '../search/embedded/index.ts';
import { needThemes } from '../search/needs/index.ts';
import { PtvClient } from '../ingest/ptv/client.ts';
import { startReplayServer } from '../ingest/replay/server.ts';
import { runSync } from '../ingest/sync/run.ts';
import { generateDump } from './generator/index.ts';

const { values } = parseArgs({
  options: {
    advisors: { type: 'string', default: '8' },
    requests: { type: 'string', default: '1600' },
    services: { type: 'string', default: '500' },
    serve: { type: 'string' },
  },
});

/** The API process: serves the database until killed, prints its port. */
function serve(path: string) {
  const db = openDatabase(path, { synchronous: 'full' });
  const analyzer = createAnalyzer();
  const { server } = createHttpServer({
    db,
    analyzer,
    search: createEmbeddedEngine({ analyzer, themes: needThemes }),
    logger: pino({ level: 'silent' }),
    clock: () => new Date(),
    security: { referralsPerMinute: 1_000_000 },
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    console.log(`LISTENING ${typeof address === 'object' && address ? address.port : 0}`);
  });
}

/** A fresh database with the generated catalogue and `advisors` advisor accounts. */
async function prepare(dir: string, advisors: number, password: string) {
  const dump = join('data', 'bench', `ptv-${values.services}-1`);
  if (!existsSync(join(dump, 'services')))
    await generateDump({ out: dump, services: Number(values.services), seed: 1 });
  const path = join(dir, 'bench.db');
  const db = openDatabase(path, { synchronous: 'normal' });
  const replay = await startReplayServer({ dir: dump, watch: false });
  await runSync(
    {
      db,
      client: new PtvClient({ baseUrl: replay.url }),
      logger: pino({ level: 'silent' }),
      source: replay.url,
    },
    { mode: 'full', municipalities: [...varsinaisSuomiMunicipalities] },
  );
  await replay.close();
  const serviceIds = (
    db.$client
      .prepare(
        "select id from services where deleted_at is null and publishing_status = 'Published' limit 200",
      )
      .all() as { id: string }[]
  ).map((s) => s.id);
  const hash = await hashPassword(password);
  const now = new Date();
  const emails = Array.from({ length: advisors }, (_, i) => {
    const unitId = createUnit(
      db,
      { name: `Bench unit ${i}`, type: 'health_station', municipalityCode: '853' },
      now,
    );
    createUser(
      db,
      {
        email: `bench${i}@bench.tarjotin`,
        displayName: `Bench ${i}`,
        role: 'advisor',
        passwordHash: hash,
        unitId,
      },
      now,
    );
    return `bench${i}@bench.tarjotin`;
  });
  db.$client.close();
  return { path, serviceIds, emails };
}

async function startServer(path: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', path],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /LISTENING (\d+)/.exec(chunk.toString());
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', () => reject(new Error('the API process exited before listening')));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

async function run() {
  const advisors = Number(values.advisors);
  const requests = Number(values.requests);
  const password = 'bench password 2026';
  const work = mkdtempSync(join(tmpdir(), 'tarjotin-bench-referrals-'));
  const { path, serviceIds, emails } = await prepare(work, advisors, password);
  const { base, stop } = await startServer(path);
  try {
    const sessions = await Promise.all(
      emails.map(async (email) => {
        const res = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email, password }),
        });
        if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
        const { csrfToken } = (await res.json()) as { csrfToken: string };
        return { cookie: res.headers.get('set-cookie')!.split(';')[0], csrf: csrfToken };
      }),
    );
    const themeIds = needThemes.map((t) => t.id);
    let n = 0;
    const body = () => {
      n++;
      return JSON.stringify({
        services: [serviceIds[n % serviceIds.length], serviceIds[(n * 7 + 3) % serviceIds.length]],
        themes: [themeIds[n % themeIds.length]],
        route: ['visit', 'phone', 'chat', 'outreach', 'self_search'][n % 5],
        language: 'fi',
        municipalityCode: varsinaisSuomiMunicipalities[n % varsinaisSuomiMunicipalities.length],
        contactConsent: n % 2 === 0,
      });
    };
    const advisor = async (
      session: { cookie: string; csrf: string },
      count: number,
      latencies: number[],
    ) => {
      for (let i = 0; i < count; i++) {
        const started = performance.now();
        const res = await fetch(`${base}/api/referrals`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
          },
          body: body(),
        });
        await res.arrayBuffer();
        if (res.status !== 201) throw new Error(`referral failed: ${res.status}`);
        latencies.push(performance.now() - started);
      }
    };
    await Promise.all(sessions.map((s) => advisor(s, 10, [])));
    const latencies: number[] = [];
    const started = performance.now();
    await Promise.all(sessions.map((s) => advisor(s, Math.ceil(requests / advisors), latencies)));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    console.log(
      `Referral creation over HTTP (loopback), ${advisors} concurrent advisors, WAL + synchronous=FULL`,
    );
    console.log(
      `  requests   ${latencies.length} in ${seconds.toFixed(1)} s (${(latencies.length / seconds).toFixed(0)} referrals/s)`,
    );
    console.log(
      `  latency    p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   p99 ${at(0.99)} ms   max ${latencies.at(-1)!.toFixed(1)} ms`,
    );
  } finally {
    stop();
    rmSync(work, { recursive: true, force: true });
  }
}

if (values.serve) serve(values.serve);
else await run();
