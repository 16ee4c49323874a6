import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../ingest/replay/server.ts';
import { fingerprint } from '../../ingest/fingerprint.ts';
import { openDatabase } from '../../schema/db.ts';
import {
  buildPtvChannel,
  buildPtvOrganization,
  buildPtvService,
  writeDump,
} from '../factories/ptv.ts';
import { tempDir } from '../helpers/db.ts';
import { finished, spawnScript } from '../helpers/spawn.ts';

/*
 * kill -9 at random moments during real ingest processes, each followed by a rerun: the result
 * must equal an uninterrupted run's, and SQLite's integrity check must pass.
 */
describe('crash safety of the ingest process', () => {
  let dump: ReturnType<typeof tempDir>;
  let replay: ReplayServer;

  beforeAll(async () => {
    dump = tempDir('tarjotin-crash-');
    const orgs = Array.from({ length: 40 }, () => buildPtvOrganization());
    const channels = Array.from({ length: 300 }, (_, i) =>
      buildPtvChannel({ organizationId: orgs[i % 40].id }),
    );
    const services = Array.from({ length: 2500 }, (_, i) =>
      buildPtvService({
        organizationId: orgs[i % 40].id,
        channelIds: [channels[i % 300].id, channels[(i * 7) % 300].id],
      }),
    );
    writeDump(join(dump.dir, 'dump'), { organizations: orgs, channels, services });
    // Latency spreads the run over a few seconds so kills land in every phase.
    replay = await startReplayServer({
      dir: join(dump.dir, 'dump'),
      watch: false,
      faults: { latencyMs: 5 },
    });
  });

  afterAll(async () => {
    await replay.close();
    dump.cleanup();
  });

  const ingestArgs = () => ['--source', replay.url, '--full', '--json'];

  it('ends in the database an uninterrupted run produces after five kill -9 and reruns', async () => {
    const cleanPath = join(dump.dir, 'clean.db');
    const started = Date.now();
    const clean = await finished(
      spawnScript('ingest/index.ts', ingestArgs(), { TARJOTIN_DB: cleanPath }),
    );
    expect(clean.code, clean.stderr).toBe(0);
    const cleanMs = Date.now() - started;

    const crashPath = join(dump.dir, 'crash.db');
    // A rerun after a late kill resumes with little left to do and may finish before the next
    // kill lands; it then counts as a completed run, and the loop goes on until five kills hit.
    let killed = 0;
    for (let attempt = 0; killed < 5 && attempt < 20; attempt++) {
      const child = spawnScript('ingest/index.ts', ingestArgs(), { TARJOTIN_DB: crashPath });
      const exit = finished(child);
      // Anywhere from process start-up to near the end of a full run.
      await new Promise((r) => setTimeout(r, 300 + Math.random() * cleanMs * 0.9));
      if (child.exitCode === null && child.kill('SIGKILL')) killed++;
      await exit;
      // A kill during start-up can land before the database file exists: nothing to check yet.
      if (!existsSync(crashPath)) continue;
      const check = new Database(crashPath, { readonly: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    }
    expect(killed).toBe(5);
    const rerun = await finished(
      spawnScript('ingest/index.ts', ingestArgs(), { TARJOTIN_DB: crashPath }),
    );
    expect(rerun.code, rerun.stderr).toBe(0);

    const a = openDatabase(cleanPath, { readonly: true });
    const b = openDatabase(crashPath, { readonly: true });
    expect(b.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(fingerprint(b)).toEqual(fingerprint(a));
    expect(fingerprint(a).tables.services.rows).toBe(2500);
    a.$client.close();
    b.$client.close();
  }, 180_000);
});
