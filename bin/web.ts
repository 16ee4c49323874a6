import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { WebHandler } from '../api/server.ts';

/** The built Astro site as a request handler, or undefined when the web has not been built. */
export async function loadWebHandler(): Promise<WebHandler | undefined> {
  const entry = resolve('dist/server/entry.mjs');
  if (!existsSync(entry)) return undefined;
  const { handler } = (await import(pathToFileURL(entry).href)) as { handler: WebHandler };
  return handler;
}
