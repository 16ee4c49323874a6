import { createReadStream, createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import pino from 'pino';
import { generateDump } from '../generator/index.ts';
import { PtvClient } from '../../ingest/ptv/client.ts';
import { startReplayServer } from '../../ingest/replay/server.ts';
import { runSync } from '../../ingest/sync/run.ts';
import { varsinaisSuomiMunicipalities } from '../../schema/constants.ts';
import { openDatabase } from '../../schema/db.ts';
import type { SearchDocument } from '../../search/contract.ts';
import { readSearchDocuments } from '../../search/documents.ts';
import { needThemes } from '../../search/needs/index.ts';

const log = (message: string) => console.error(message);
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * The benchmark corpus, built the way production builds it and cached under data/bench/ by
 * size and seed: a generated PTV dump (shared with bench:ingest), ingested through the replay
 * server into SQLite, read into search documents, written as JSON lines. Returns that file.
 */
export async function benchCorpus(services: number, seed: number): Promise<string> {
  const dumpDir = join('data', 'bench', `ptv-${services}-${seed}`);
  const dbPath = join('data', 'bench', `search-${services}-${seed}.db`);
  const docsPath = join('data', 'bench', `search-docs-${services}-${seed}.jsonl`);
  if (existsSync(docsPath)) return docsPath;
  if (!existsSync(join(dumpDir, 'services'))) {
    const t = performance.now();
    await generateDump({ out: dumpDir, services, seed });
    log(`generated ${services} services (seed ${seed}) in ${seconds(t)}`);
  }
  if (!existsSync(dbPath)) {
    const t = performance.now();
    const replay = await startReplayServer({ dir: dumpDir, watch: false });
    const building = `${dbPath}.building`;
    rmSync(building, { force: true });
    const db = openDatabase(building, { synchronous: 'normal' });
    try {
      const client = new PtvClient({ baseUrl: replay.url });
      const logger = pino({ level: 'silent' });
      await runSync(
        { db, client, logger, source: replay.url },
        { mode: 'full', municipalities: [...varsinaisSuomiMunicipalities] },
      );
    } finally {
      db.$client.close();
      await replay.close();
    }
    renameSync(building, dbPath);
    log(`ingested through the replay server in ${seconds(t)}`);
  }
  const t = performance.now();
  const db = openDatabase(dbPath, { synchronous: 'normal' });
  const out = createWriteStream(`${docsPath}.building`);
  let count = 0;
  for (const doc of readSearchDocuments(db, { themes: needThemes })) {
    if (!out.write(`${JSON.stringify(doc)}\n`)) await once(out, 'drain');
    count++;
  }
  out.end();
  await once(out, 'finish');
  db.$client.close();
  renameSync(`${docsPath}.building`, docsPath);
  log(`read ${count} search documents from SQLite in ${seconds(t)}`);
  return docsPath;
}

/** Reads the documents of {@link benchCorpus}. */
export async function* readCorpus(path: string): AsyncGenerator<SearchDocument> {
  for await (const line of createInterface({ input: createReadStream(path) }))
    if (line) yield JSON.parse(line) as SearchDocument;
}
