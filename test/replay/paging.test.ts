import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplayServer } from '../../ingest/replay/server.ts';
import { startReplayServer } from '../../ingest/replay/server.ts';
import { get, itemIds, scratchDump, writeManyServices } from './helpers.ts';

describe('replay paging', () => {
  let server: ReplayServer;
  let ids: string[];
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const dump = await scratchDump();
    cleanup = dump.cleanup;
    ids = await writeManyServices(dump.dir, 2150);
    await mkdir(join(dump.dir, 'codes'));
    const postal = Array.from({ length: 1500 }, (_, i) => ({
      code: String(i).padStart(5, '0'),
      names: [],
    }));
    await writeFile(join(dump.dir, 'codes', 'PostalCodes.json'), JSON.stringify(postal));
    server = await startReplayServer({ dir: dump.dir, watch: false });
  });
  afterAll(async () => {
    await server.close();
    await cleanup();
  });

  it('serves ID pages of 1000 {id, name} items in modified order with the real pageCount', async () => {
    const first = await get(server, 'Service');
    expect(first.json).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 3 });
    expect(first.json.itemList[0]).toEqual({ id: ids[0], name: 'Palvelu 1' });
    expect(itemIds(first.json)).toEqual(ids.slice(0, 1000));
    const last = await get(server, 'Service?page=3');
    expect(itemIds(last.json)).toEqual(ids.slice(2000));
  });

  it('answers a page past the end with itemList null and the real pageCount', async () => {
    const past = await get(server, 'Service?page=4');
    expect(past.json).toEqual({ pageNumber: 4, pageSize: 1000, pageCount: 3, itemList: null });
  });

  it('answers page=0 with an empty zero page and a negative page with 400', async () => {
    expect((await get(server, 'Service?page=0')).json).toEqual({
      pageNumber: 0,
      pageSize: 1000,
      pageCount: 0,
      itemList: null,
    });
    const negative = await get(server, 'Service?page=-1');
    expect(negative.status).toBe(400);
    expect(negative.json).toEqual({ page: ['The page number cannot be negative value.'] });
  });

  it('answers an empty result with pageCount 0 and itemList null', async () => {
    const empty = await get(server, 'Service?status=Archived');
    expect(empty.json).toEqual({ pageNumber: 1, pageSize: 1000, pageCount: 0, itemList: null });
  });

  it('serves full-entity pages of 100 whole services', async () => {
    const page = await get(server, 'Service/list/area/Municipality/code/091?page=22');
    expect(page.json).toMatchObject({ pageNumber: 22, pageSize: 100, pageCount: 22 });
    expect(itemIds(page.json)).toEqual(ids.slice(2100));
    expect(page.json.itemList[0].serviceNames).toEqual([
      { language: 'fi', value: 'Palvelu 2101', type: 'Name' },
    ]);
    expect(
      (await get(server, 'Service/list/area/Municipality/code/091?page=23')).json.itemList,
    ).toBeNull();
  });

  it('pages postal codes 1000 at a time', async () => {
    const second = await get(server, 'CodeList/GetPostalCodes?page=2');
    expect(second.json).toMatchObject({ pageNumber: 2, pageSize: 1000, pageCount: 2 });
    expect(second.json.itemList).toHaveLength(500);
    expect(second.json.itemList[0].code).toBe('01000');
  });

  it('fails a guids request that finds more than 100 items with PTV 500', async () => {
    const res = await get(server, `Service/list?guids=${ids.slice(0, 101).join(',')}`);
    expect(res.status).toBe(500);
    expect(res.json).toEqual({
      errorMessage:
        'There were too many items within result set. Only 100 items are allowed. Use more restrictive search criteria!',
    });
    const hundred = await get(server, `Service/list?guids=${ids.slice(0, 100).join(',')}`);
    expect(hundred.json).toHaveLength(100);
  });
});
