import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../ingest/replay/server.ts';
import { quarantine } from '../../schema/sync/tables.ts';
import { createTestDb } from '../helpers/db.ts';
import { ingest } from '../helpers/ingest.ts';
import { generateAndRead, type ReadDump } from './dump.ts';

let dump: ReadDump;
let replay: ReplayServer;
beforeAll(async () => {
  dump = await generateAndRead({ services: 300, seed: 'ingest', malformed: 8 });
  replay = await startReplayServer({ dir: dump.dir, port: 0, watch: false });
});
afterAll(async () => {
  await replay?.close();
  await dump?.remove();
});

describe('a generated dump through the replay server and the ingest', () => {
  it('quarantines exactly the records listed in MALFORMED.json and accepts the rest', async () => {
    const db = createTestDb();
    const result = await ingest(db, replay.url);
    const quarantined = db
      .select()
      .from(quarantine)
      .all()
      .map((q) => q.ptvId)
      .sort();
    expect(quarantined).toEqual(dump.malformed.map((m) => m.id).sort());
    expect(result.counts.inserted).toBeGreaterThan(300);
  });
});
