/**
 * `npm run ptv:replay -- --dir <dump> [--port 8080] [--host 127.0.0.1] [--fail-rate 0.1]
 *   [--max-concurrent 8] [--latency 50] [--seed 1] [--no-watch] [--log-level info]`
 * Prints the base URL (ending in /api/v11) on its own line once listening; logs go to stderr.
 */
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { startReplayServer } from './server.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
    'fail-rate': { type: 'string' },
    'max-concurrent': { type: 'string' },
    latency: { type: 'string' },
    seed: { type: 'string' },
    'no-watch': { type: 'boolean', default: false },
    'log-level': { type: 'string', default: 'info' },
  },
});

function numberOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) {
    console.error(`--${name} must be a number, got '${raw}'`);
    process.exit(2);
  }
  return n;
}

if (!values.dir) {
  console.error(
    'Usage: ptv:replay --dir <dump directory> [--port <port>] [--fail-rate 0..1] ' +
      '[--max-concurrent <n>] [--latency <ms>] [--seed <n>] [--no-watch] [--log-level <level>]',
  );
  process.exit(2);
}

const logger = pino({ level: values['log-level'] }, pino.destination(2));
const server = await startReplayServer({
  dir: values.dir,
  port: numberOption('port', values.port),
  host: values.host,
  watch: !values['no-watch'],
  logger,
  faults: {
    failRate: numberOption('fail-rate', values['fail-rate']),
    maxConcurrent: numberOption('max-concurrent', values['max-concurrent']),
    latencyMs: numberOption('latency', values.latency),
    seed: numberOption('seed', values.seed),
  },
});
console.log(server.url);

const shutdown = async (signal: string) => {
  logger.info({ signal, ...server.stats() }, 'replay: shutting down');
  await server.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
