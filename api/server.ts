import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { AppDeps } from './app-env.ts';
import { createApp } from './app.ts';

/** What the web pages get in `Astro.locals`: the API, called in-process without a network hop. */
export interface WebLocals {
  apiFetch: (path: string, init?: RequestInit) => Promise<Response>;
}

/** Serves anything that is not /api (the web pages); calls `next` when it has no such page. */
export type WebHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
  locals: WebLocals,
) => void;

/**
 * One HTTP server on one port: /api/* goes to the Hono app, everything else to the web handler
 * (the built Astro site), which renders pages in-process through the same app.
 */
export function createHttpServer(
  deps: AppDeps,
  web?: WebHandler,
): { server: Server; app: ReturnType<typeof createApp> } {
  const app = createApp(deps);
  const api = getRequestListener(app.fetch);
  const locals: WebLocals = { apiFetch: async (path, init) => app.request(path, init) };
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!web || url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) {
      void api(req, res);
      return;
    }
    web(req, res, () => void api(req, res), locals);
  });
  server.keepAliveTimeout = 65_000;
  return { server, app };
}
