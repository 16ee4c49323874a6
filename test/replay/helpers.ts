import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  startReplayServer,
  type ReplayServer,
  type ReplayServerOptions,
} from '../../ingest/replay/server.ts';

/** The hand-made dump most suites use; see fixtures/helsinki-uusimaa-aland/README.md. */
export const FIXTURE = fileURLToPath(new URL('./fixtures/helsinki-uusimaa-aland', import.meta.url));

const pad = (n: number) => String(n).padStart(12, '0');
export const orgId = (n: number) => `0a000000-0000-4000-8000-${pad(n)}`;
export const serviceId = (n: number) => `5e000000-0000-4000-8000-${pad(n)}`;
export const channelId = (n: number) => `c0000000-0000-4000-8000-${pad(n)}`;

export function startFixture(options: Partial<ReplayServerOptions> = {}): Promise<ReplayServer> {
  return startReplayServer({ dir: FIXTURE, watch: false, ...options });
}

export interface Got {
  status: number;
  contentType: string | null;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** GETs `path` (relative to the base URL) and reads the whole body. */
export async function get(server: ReplayServer, path: string, init?: RequestInit): Promise<Got> {
  const res = await fetch(`${server.url}/${path}`, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, contentType: res.headers.get('content-type'), text, json };
}

/** Ids of an ID or full-entity page's items, in page order. */
export const itemIds = (page: { itemList: { id: string }[] | null }) =>
  page.itemList?.map((i) => i.id) ?? [];

/** A scratch dump directory, removed by the returned cleanup. */
export async function scratchDump(
  copyOf?: string,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ptv-replay-'));
  if (copyOf) await cp(copyOf, dir, { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function readFixture(kind: 'organizations' | 'services' | 'channels', id: string) {
  return readFile(join(FIXTURE, kind, `${id}.json`), 'utf8');
}

/**
 * Writes `count` published services cloned from fixture service 1, numbered from 1 with
 * `modified` one second apart from 2024-01-01T00:00:00, all in Helsinki (091).
 */
export async function writeManyServices(dir: string, count: number): Promise<string[]> {
  const template = JSON.parse(await readFixture('services', serviceId(1)));
  await mkdir(join(dir, 'services'), { recursive: true });
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) {
    const id = `5e000000-0000-4000-9000-${pad(n)}`;
    const modified = new Date(Date.UTC(2024, 0, 1) + n * 1000).toISOString().slice(0, 19);
    const names = [{ language: 'fi', value: `Palvelu ${n}`, type: 'Name' }];
    await writeFile(
      join(dir, 'services', `${id}.json`),
      JSON.stringify({ ...template, id, serviceNames: names, serviceChannels: null, modified }),
    );
    ids.push(id);
  }
  return ids;
}
