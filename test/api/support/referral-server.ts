/**
 * Child process for the durability test: serves the real API over loopback on the database file
 * given as argv[2] and prints `LISTENING <port>`. The test kills it with SIGKILL mid-traffic.
 */
import pino from 'pino';
import { createHttpServer } from '../../../api/server.ts';
import { openDatabase } from '../../../schema/db.ts';
import { createAnalyzer } from '../../../search/analysis/index.ts';
import { createEmbeddedEngine } from '../../../search/embedded/index.ts';
import { needThemes } from '../../../search/needs/index.ts';

const db = openDatabase(process.argv[2], { synchronous: 'full' });
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
  process.stdout.write(`LISTENING ${typeof address === 'object' && address ? address.port : 0}\n`);
});
