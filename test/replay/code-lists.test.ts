import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplayServer } from '../../ingest/replay/server.ts';
import { FIXTURE, get, startFixture } from './helpers.ts';

describe('replay code lists', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startFixture();
  });
  afterAll(() => server.close());

  it.each([
    ['CodeList/GetMunicipalityCodes', 'MunicipalityCodes'],
    ['CodeList/GetLanguageCodes', 'LanguageCodes'],
    ['CodeList/GetCountryCodes', 'CountryCodes'],
    ['CodeList/GetAreaCodes/type/HospitalRegions', 'AreaCodes-HospitalRegions'],
  ])('serves %s as stored', async (path, file) => {
    const res = await get(server, path);
    expect(res.status).toBe(200);
    expect(res.text).toBe(await readFile(join(FIXTURE, 'codes', `${file}.json`), 'utf8'));
  });

  it('rejects Municipality as an area code type', async () => {
    const res = await get(server, 'CodeList/GetAreaCodes/type/Municipality');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      type: [
        "'Municipality' is not allowed value of 'type'! Please use one of these: 'Province, HospitalRegions, BusinessRegions'.",
      ],
    });
  });

  it('pages postal codes from the flat stored array', async () => {
    const res = await get(server, 'CodeList/GetPostalCodes');
    expect(res.json).toMatchObject({ pageNumber: 1, pageSize: 1000, pageCount: 1 });
    expect(res.json.itemList.map((p: { code: string }) => p.code)).toEqual([
      '00100',
      '02100',
      '22100',
    ]);
  });
});
