/**
 * Builds the eval catalogue the way production does: the corpus written as a PTV dump, served by
 * the replay server, ingested by a full sync into a fresh database, then read as search documents.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { PtvClient } from '../../ingest/ptv/client.ts';
import { startReplayServer } from '../../ingest/replay/server.ts';
import { runSync } from '../../ingest/sync/run.ts';
import { readSearchDocuments } from '../../search/documents.ts';
import { needThemes } from '../../search/needs/index.ts';
import type { SearchDocument } from '../../search/contract.ts';
import { varsinaisSuomiMunicipalities } from '../../schema/constants.ts';
import { openDatabase, type Db } from '../../schema/db.ts';
import { writeDump } from '../../test/factories/ptv.ts';
import { buildCorpus, type CorpusService } from './corpus/payloads.ts';

export interface EvalCatalogue {
  db: Db;
  services: CorpusService[];
  documents: SearchDocument[];
}

/** Ingests the fixed corpus into an in-memory database and reads its search documents. */
export async function buildEvalCatalogue(): Promise<EvalCatalogue> {
  const { records, services } = buildCorpus();
  const dir = mkdtempSync(join(tmpdir(), 'tarjotin-eval-'));
  const db = openDatabase(':memory:');
  try {
    writeDump(dir, records);
    const replay = await startReplayServer({ dir, watch: false });
    try {
      const summary = await runSync(
        {
          db,
          client: new PtvClient({ baseUrl: replay.url }),
          logger: pino({ level: 'silent' }),
          source: replay.url,
        },
        {
          mode: 'full',
          municipalities: [...varsinaisSuomiMunicipalities],
          now: () => new Date('2026-02-01T00:00:00Z'),
        },
      );
      if (summary.counts.quarantined > 0)
        throw new Error(`${summary.counts.quarantined} corpus records failed validation`);
    } finally {
      await replay.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const documents = [...readSearchDocuments(db, { themes: needThemes })];
  if (documents.length !== services.length) {
    throw new Error(`corpus has ${services.length} services but ${documents.length} were ingested`);
  }
  return { db, services, documents };
}
