import { startReplayServer } from '../../../ingest/replay/server.ts';
import type { Db } from '../../../schema/db.ts';
import { writeDump } from '../../factories/ptv.ts';
import { tempDir } from '../../helpers/db.ts';
import { ingest } from '../../helpers/ingest.ts';

type Records = Parameters<typeof writeDump>[1];

/** Ingests PTV records into `db` the way production does: a dump, the replay server, a full sync. */
export async function ingestRecords(
  db: Db,
  records: Records,
  now = new Date('2026-02-01T00:00:00Z'),
) {
  const dump = tempDir('tarjotin-search-dump-');
  try {
    writeDump(dump.dir, records);
    const replay = await startReplayServer({ dir: dump.dir, watch: false });
    try {
      return await ingest(db, replay.url, { now: () => now });
    } finally {
      await replay.close();
    }
  } finally {
    dump.cleanup();
  }
}
