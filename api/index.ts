/** Composition root of the API process: `tsx api/index.ts` serves the API (and the web if built). */
import { openDatabase } from '../schema/db.ts';
import { parseEnv } from './env.ts';
import { createLogger } from './logger.ts';
import { createHttpServer, type WebHandler } from './server.ts';

export async function startApi(options: { web?: WebHandler } = {}) {
  const env = parseEnv();
  const logger = createLogger({ level: env.LOG_LEVEL, pretty: env.NODE_ENV === 'development' });
  const db = openDatabase(env.TARJOTIN_DB, { synchronous: 'full' });
  const deps = { db, logger, clock: () => new Date() };
  const { server } = createHttpServer(deps, options.web);
  await new Promise<void>((resolve) => server.listen(env.PORT, env.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  logger.info({ port }, `tarjotin listening on http://localhost:${port}`);
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    db.$client.close();
  };
  return { server, port, close, deps };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { close } = await startApi();
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => void close().then(() => process.exit(0)));
}
