import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';
import { FAULT_KINDS, type FaultInjector, type FaultKind } from './faults.ts';
import { Query } from './query.ts';
import {
  AUTHORIZATION_REJECTED,
  GATEWAY_TIMEOUT,
  INTERNAL_ERROR,
  NO_ROUTE,
  ReplyError,
  TOO_MANY_REQUESTS,
  type Reply,
} from './reply.ts';
import type { Router } from './router.ts';

export interface ReplayStats {
  requests: number;
  inFlight: number;
  /** Responses sent, by HTTP status (dropped connections are not responses). */
  byStatus: Record<number, number>;
  /** Injected faults by kind; `concurrencyLimited` counts the `maxConcurrent` 429s. */
  faults: Record<FaultKind | 'concurrencyLimited', number>;
}

const PREFIX = '/api/v11/';

const FAULT_REPLIES: Record<Exclude<FaultKind, 'dropped'>, Reply> = {
  tooManyRequests: TOO_MANY_REQUESTS,
  serverError: INTERNAL_ERROR,
  gatewayTimeout: GATEWAY_TIMEOUT,
};

/** Routes one request to its handler; every outcome, errors included, is a reply. */
async function dispatch(req: IncomingMessage, router: Router, logger: Logger): Promise<Reply> {
  if (req.method !== 'GET') return { ...NO_ROUTE, status: 405 };
  if (req.headers.authorization !== undefined) return AUTHORIZATION_REJECTED;
  const url = new URL(req.url ?? '/', 'http://replay');
  if (!url.pathname.toLowerCase().startsWith(PREFIX)) return NO_ROUTE;
  const match = router.match(url.pathname.slice(PREFIX.length));
  if (!match) return NO_ROUTE;
  try {
    return await match.handler({ params: match.params, query: new Query(url.searchParams) });
  } catch (error) {
    if (error instanceof ReplyError) return error.reply;
    logger.error({ err: error, url: req.url }, 'replay: handler failed');
    return INTERNAL_ERROR;
  }
}

/**
 * The HTTP request listener: concurrency limit, drawn fault, latency, then the route. A
 * dropped request sends the real headers and half the body, then destroys the socket, so the
 * client sees a truncated body it cannot mistake for a complete one.
 */
export function createRequestListener(deps: {
  router: Router;
  faults: FaultInjector;
  logger: Logger;
}) {
  const { router, faults, logger } = deps;
  const stats: ReplayStats = {
    requests: 0,
    inFlight: 0,
    byStatus: {},
    faults: Object.fromEntries(
      [...FAULT_KINDS, 'concurrencyLimited'].map((k) => [k, 0]),
    ) as ReplayStats['faults'],
  };
  const debug = logger.isLevelEnabled('debug');

  const send = (res: ServerResponse, reply: Reply, drop = false) => {
    const body = typeof reply.body === 'string' ? Buffer.from(reply.body) : reply.body;
    if (drop && body.length < 2) return void res.destroy();
    res.writeHead(reply.status, {
      'Content-Type': reply.contentType,
      'Content-Length': body.length,
    });
    if (drop) return void res.write(body.subarray(0, body.length >> 1), () => res.destroy());
    res.end(body);
    stats.byStatus[reply.status] = (stats.byStatus[reply.status] ?? 0) + 1;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    stats.requests++;
    if (!faults.admit()) {
      stats.faults.concurrencyLimited++;
      return send(res, TOO_MANY_REQUESTS);
    }
    res.once('close', () => faults.release());
    const started = debug ? performance.now() : 0;
    const fault = faults.drawFault();
    const delay = faults.drawDelay();
    if (delay > 0) await sleep(delay);
    if (fault) stats.faults[fault]++;
    if (fault && fault !== 'dropped') return send(res, FAULT_REPLIES[fault]);
    const reply = await dispatch(req, router, logger);
    send(res, reply, fault === 'dropped');
    if (debug) {
      const ms = Math.round(performance.now() - started);
      logger.debug({ url: req.url, status: reply.status, ms, fault }, 'replay: request');
    }
  };

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'replay: request failed');
      res.destroy();
    });
  };
  return {
    listener,
    stats: (): ReplayStats => ({
      ...stats,
      inFlight: faults.inFlight,
      byStatus: { ...stats.byStatus },
      faults: { ...stats.faults },
    }),
  };
}
