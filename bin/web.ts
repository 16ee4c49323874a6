import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WebHandler } from '../api/server.ts';

const entry = resolve('dist/server/entry.mjs');

/** Newest modification time of the web sources, so a stale build is rebuilt on start. */
function newestSource(): number {
  let newest = statSync('astro.config.mjs').mtimeMs;
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of ['web', 'schema', 'search/needs']) if (existsSync(dir)) walk(dir);
  return newest;
}

/** Builds the Astro site when it is missing or older than its sources. */
export function ensureWebBuilt(log: (message: string) => void): void {
  if (existsSync(entry) && statSync(entry).mtimeMs >= newestSource()) return;
  log('building the web pages (astro build) ...');
  const result = spawnSync(process.execPath, ['node_modules/astro/astro.js', 'build'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('astro build failed; see the output above');
}

/** The built Astro site as a request handler. */
export async function loadWebHandler(): Promise<WebHandler> {
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: WebHandler };
  return handler;
}
