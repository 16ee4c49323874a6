import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../ingest/replay/server.ts';
import { FIXTURE, get, itemIds, scratchDump, serviceId } from './helpers.ts';

/** Polls `check` until it holds, for at most `ms`; the watcher debounces for about 50 ms. */
async function eventually(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await sleep(20);
  }
}

describe('replay live dump changes', () => {
  let server: ReplayServer;
  let cleanup: () => Promise<void>;
  afterEach(async () => {
    await server.close();
    await cleanup();
  });

  async function start(watch: boolean) {
    const dump = await scratchDump(FIXTURE);
    cleanup = dump.cleanup;
    server = await startReplayServer({ dir: dump.dir, watch });
    return dump.dir;
  }

  async function editService(dir: string, n: number, change: Record<string, unknown>) {
    const path = join(dir, 'services', `${serviceId(n)}.json`);
    const json = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...json, ...change }, null, 2));
  }

  it('picks up an edited service for incremental listings and by-id reads', async () => {
    const dir = await start(true);
    const since = 'Service?date=2024-06-01T00:00:00';
    expect(itemIds((await get(server, since)).json)).toEqual([]);
    const serviceNames = [{ language: 'fi', value: 'Asumistuki 2025', type: 'Name' }];
    await editService(dir, 4, { serviceNames, modified: '2024-07-01T12:00:00.25' });
    // By-id reads the file as it is now, without waiting for the index.
    expect((await get(server, `Service/${serviceId(4)}`)).json.serviceNames).toEqual(serviceNames);
    await eventually(async () => itemIds((await get(server, since)).json).includes(serviceId(4)));
    expect((await get(server, since)).json.itemList).toEqual([
      { id: serviceId(4), name: 'Asumistuki 2025' },
    ]);
  });

  it('drops deleted files and unpublished edits, and adds new files', async () => {
    const dir = await start(true);
    await rm(join(dir, 'services', `${serviceId(10)}.json`));
    await editService(dir, 11, { publishingStatus: 'Deleted' });
    const copy = JSON.parse(await readFile(join(dir, 'services', `${serviceId(1)}.json`), 'utf8'));
    await writeFile(
      join(dir, 'services', 'added.json'),
      JSON.stringify({ ...copy, id: serviceId(12) }),
    );
    await eventually(async () => {
      const listed = itemIds((await get(server, 'Service')).json);
      return (
        listed.includes(serviceId(12)) &&
        !listed.includes(serviceId(10)) &&
        !listed.includes(serviceId(11))
      );
    });
    expect((await get(server, `Service/${serviceId(10)}`)).status).toBe(404);
    expect((await get(server, `Service/${serviceId(11)}`)).status).toBe(404);
    expect(itemIds((await get(server, 'Service?status=Archived')).json)).toContain(serviceId(11));
    expect((await get(server, `Service/${serviceId(12)}`)).status).toBe(200);
  });

  it('applies edits on rescan() when watching is off', async () => {
    const dir = await start(false);
    await editService(dir, 2, { modified: '2025-01-01T00:00:00' });
    await sleep(150);
    expect(itemIds((await get(server, 'Service?date=2024-12-31T00:00:00')).json)).toEqual([]);
    await server.rescan();
    expect(itemIds((await get(server, 'Service?date=2024-12-31T00:00:00')).json)).toEqual([
      serviceId(2),
    ]);
  });
});
