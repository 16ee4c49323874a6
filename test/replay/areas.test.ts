import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplayServer } from '../../ingest/replay/server.ts';
import { startReplayServer } from '../../ingest/replay/server.ts';
import {
  channelId,
  FIXTURE,
  get,
  itemIds,
  orgId,
  scratchDump,
  serviceId,
  startFixture,
} from './helpers.ts';

const services = (...ns: number[]) => ns.map(serviceId);
const ids = async (server: ReplayServer, path: string) => itemIds((await get(server, path)).json);

describe('replay area filters', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startFixture();
  });
  afterAll(() => server.close());

  it('matches a municipality through the synthetic Municipality area and through region areas', async () => {
    expect(await ids(server, 'Service/area/Municipality/code/091')).toEqual(services(1, 2));
    expect(await ids(server, 'ServiceChannel/area/Municipality/code/091')).toEqual(
      [1, 5].map(channelId),
    );
  });

  it('adds Nationwide and NationwideExceptAlandIslands with includeWholeCountry', async () => {
    expect(
      await ids(server, 'Service/area/Municipality/code/091?includeWholeCountry=true'),
    ).toEqual(services(1, 4, 3, 2));
    expect(
      await ids(server, 'ServiceChannel/area/Municipality/code/091?includeWholeCountry=True'),
    ).toEqual([1, 2, 5].map(channelId));
  });

  it('leaves NationwideExceptAlandIslands out for an Åland municipality and province', async () => {
    expect(await ids(server, 'Service/area/Municipality/code/478')).toEqual(services(10));
    expect(
      await ids(server, 'Service/area/Municipality/code/478?includeWholeCountry=true'),
    ).toEqual(services(3, 10));
    expect(await ids(server, 'Service/area/Province/code/20?includeWholeCountry=true')).toEqual(
      services(3),
    );
    expect(await ids(server, 'Service/area/Province/code/01?includeWholeCountry=true')).toEqual(
      services(4, 3, 2),
    );
  });

  it('matches provinces, hospital regions and business regions on the area itself', async () => {
    expect(await ids(server, 'Service/area/Province/code/01')).toEqual(services(2));
    expect(await ids(server, 'Service/area/HospitalRegions/code/25')).toEqual(services(2));
    expect(await ids(server, 'Service/area/BusinessRegions/code/011')).toEqual(services(2));
  });

  it('matches Municipality-type organisations on their own municipality only', async () => {
    // 1 and 6 are the city and its department; 2 and 9 cover Uusimaa; 3 (State) is nationwide.
    expect(await ids(server, 'Organization/area/Municipality/code/091')).toEqual(
      [1, 2, 6, 9].map(orgId),
    );
    expect(
      await ids(server, 'Organization/area/Municipality/code/091?includeWholeCountry=true'),
    ).toEqual([1, 2, 3, 6, 9].map(orgId));
  });

  it('pages whole entities of an area 100 at a time', async () => {
    const orgs = (await get(server, 'Organization/list/area/Municipality/code/049')).json;
    expect(orgs).toMatchObject({ pageNumber: 1, pageSize: 100, pageCount: 1 });
    expect(itemIds(orgs)).toEqual([2, 5, 9].map(orgId));
    const full = (await get(server, 'Service/list/area/Province/code/01')).json;
    expect(full.itemList[0].serviceNames).toBeDefined();
    expect(
      itemIds((await get(server, 'ServiceChannel/list/area/Municipality/code/091')).json),
    ).toEqual([1, 5].map(channelId));
  });

  it('answers unknown codes with 404, municipality codes needing all three digits', async () => {
    const short = await get(server, 'Service/area/Municipality/code/91');
    expect(short.status).toBe(404);
    expect(short.json).toEqual({ errorMessage: "Municipality with code '91' not found." });
    const region = await get(server, 'Service/area/Province/code/99');
    expect(region.status).toBe(404);
    expect(region.json).toEqual({ errorMessage: "Area Province with code '99' not found." });
  });

  it('validates the area name case-sensitively, the code pattern and the flag', async () => {
    const area = await get(server, 'Service/area/municipality/code/091');
    expect(area.status).toBe(400);
    expect(area.json).toEqual({
      area: [
        "The field is invalid. Please use one of these: 'Municipality, Province, BusinessRegions, HospitalRegions'.",
      ],
    });
    for (const code of ['abc', '1234567']) {
      const res = await get(server, `ServiceChannel/area/Municipality/code/${code}`);
      expect(res.status).toBe(400);
      expect(res.json).toHaveProperty('code');
    }
    expect(
      (await get(server, 'Service/area/Municipality/code/091?includeWholeCountry=yes')).status,
    ).toBe(400);
  });
});

describe('replay area filters without code lists', () => {
  let server: ReplayServer;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const dump = await scratchDump(FIXTURE);
    cleanup = dump.cleanup;
    await rm(join(dump.dir, 'codes'), { recursive: true });
    server = await startReplayServer({ dir: dump.dir, watch: false });
  });
  afterAll(async () => {
    await server.close();
    await cleanup();
  });

  it('knows the municipalities and regions that the dump mentions', async () => {
    expect(await ids(server, 'Service/area/Municipality/code/837')).toEqual(services(11));
    expect(await ids(server, 'Service/area/Province/code/01')).toEqual(services(2));
    expect((await get(server, 'Service/area/Municipality/code/005')).status).toBe(404);
    // Pirkanmaa (06) is only in codes/AreaCodes-Province.json, which this dump lacks.
    expect((await get(server, 'Service/area/Province/code/06')).status).toBe(404);
  });

  it('answers code-list requests with 404 errorMessage bodies', async () => {
    for (const path of [
      'CodeList/GetMunicipalityCodes',
      'CodeList/GetAreaCodes/type/Province',
      'CodeList/GetPostalCodes',
    ]) {
      const res = await get(server, path);
      expect(res.status).toBe(404);
      expect(res.json).toHaveProperty('errorMessage');
    }
  });
});
