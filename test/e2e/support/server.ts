/**
 * The real product for browser tests: the demo dump ingested through the PTV replay server into
 * a temporary SQLite file, the search index built from it, the project's demo seed (accounts of
 * each role and a year of referrals), then the API and the built web on one ephemeral port.
 */
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createHttpServer } from '../../../api/server.ts';
import { ensureWebBuilt, loadWebHandler } from '../../../bin/web.ts';
import { startReplayServer } from '../../../ingest/replay/server.ts';
import { openDatabase } from '../../../schema/db.ts';
import { createAnalyzer } from '../../../search/analysis/index.ts';
import { readSearchDocuments } from '../../../search/documents.ts';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import { needThemes } from '../../../search/needs/index.ts';
import { writeDump } from '../../factories/ptv.ts';
import { seedDemo } from '../../../api/demo-seed.ts';
import { tempDir } from '../../helpers/db.ts';
import { ingest } from '../../helpers/ingest.ts';
import { demoDump } from './demo-data.ts';

/** Builds the web (`astro build`) when dist/ is missing or older than its sources. */
export function buildWeb(): void {
  ensureWebBuilt(() => undefined);
}

type Account = { email: string; password: string };

export interface DemoServer {
  url: string;
  ids: ReturnType<typeof demoDump>['ids'];
  /** The demo seed's accounts (api/demo-seed.ts). */
  users: { advisor: Account; provider: Account; admin: Account };
  /** A service of the provider account's organisation, so its referrals reach the provider. */
  providerService: string;
  close: () => Promise<void>;
}

/** Starts the whole product over the demo data; `close` stops it and removes its files. */
export async function startDemoServer(): Promise<DemoServer> {
  const work = tempDir('tarjotin-e2e-');
  const dump = demoDump();
  writeDump(join(work.dir, 'dump'), {
    organizations: dump.organizations,
    channels: dump.channels,
    services: dump.services,
  });
  const replay = await startReplayServer({ dir: join(work.dir, 'dump'), watch: false });
  const db = openDatabase(join(work.dir, 'e2e.db'), { synchronous: 'normal' });
  try {
    await ingest(db, replay.url);
  } finally {
    await replay.close();
  }
  const analyzer = createAnalyzer();
  const search = createEmbeddedEngine({ analyzer, themes: needThemes });
  await search.replaceAll(readSearchDocuments(db, { themes: needThemes }));
  const seeded = await seedDemo(db, { now: new Date() });
  if (!seeded) throw new Error('the demo seed found no published services');
  const account = (role: string) => {
    const a = seeded.accounts.find((x) => x.role === role)!;
    return { email: a.email, password: a.password };
  };
  const providerService = dump.services.find(
    (s) =>
      s.id !== dump.ids.malformed && s.organizations[0]?.organization.id === seeded.organizationId,
  )!.id;
  const deps = { db, logger: pino({ level: 'silent' }), clock: () => new Date(), search, analyzer };
  const { server } = createHttpServer(deps, await loadWebHandler());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    ids: dump.ids,
    users: { advisor: account('advisor'), provider: account('provider'), admin: account('admin') },
    providerService,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await search.close();
      analyzer.close();
      db.$client.close();
      work.cleanup();
    },
  };
}
