import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplayServer } from '../../ingest/replay/server.ts';
import { channelId, get, itemIds, orgId, serviceId, startFixture } from './helpers.ts';

const services = (...ns: number[]) => ns.map(serviceId);

describe('replay status and date listings', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startFixture();
  });
  afterAll(() => server.close());

  it('lists published services by modified then id, with their fi Name', async () => {
    const page = (await get(server, 'Service')).json;
    expect(itemIds(page)).toEqual(services(1, 4, 3, 10, 11, 2));
    // Service 2 lists an AlternativeName first; ID pages show the Name.
    expect(page.itemList.at(-1)).toEqual({ id: serviceId(2), name: 'Perhesuunnittelu' });
  });

  it('lists Deleted and OldPublished as Archived, Modified as Withdrawn, Draft and Removed nowhere', async () => {
    expect(itemIds((await get(server, 'Service?status=Archived')).json)).toEqual(services(5, 9));
    expect(itemIds((await get(server, 'Service?status=Withdrawn')).json)).toEqual(services(6));
    expect(itemIds((await get(server, 'ServiceChannel?status=Archived')).json)).toEqual([
      channelId(3),
    ]);
    expect(itemIds((await get(server, 'ServiceChannel')).json)).toEqual([1, 2, 5].map(channelId));
    expect(
      itemIds((await get(server, 'Service?status=Archived&date=2024-02-12T00:00:00')).json),
    ).toEqual(services(9));
  });

  it('rejects a status outside Published, Archived and Withdrawn, case included', async () => {
    const res = await get(server, 'Service?status=archived');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      status: ["The field is invalid. Please use one of these: 'Published, Archived, Withdrawn'."],
    });
  });

  it('compares date strictly against modified as an instant, fraction included', async () => {
    // Service 4 is modified exactly at 07:30:00, service 3 at 07:30:00.1234567.
    const after = await get(server, 'Service?date=2024-01-15T07:30:00');
    expect(itemIds(after.json)).toEqual(services(1, 3, 10, 11, 2));
    const before = await get(server, 'Service?dateBefore=2024-01-15T07:30:00');
    expect(itemIds(before.json)).toEqual(services(1));
    const between = await get(
      server,
      'Service?date=2024-01-15T07:30:00&dateBefore=2024-01-21T10:00:00',
    );
    expect(itemIds(between.json)).toEqual(services(3, 10));
  });

  it('includes published services whose connections changed in the date window', async () => {
    // Service 1 was modified in January; its channel connection changed on 2024-03-01.
    expect(itemIds((await get(server, 'Service?date=2024-02-29T00:00:00')).json)).toEqual(
      services(1),
    );
    expect(itemIds((await get(server, 'ServiceChannel?date=2024-02-29T00:00:00')).json)).toEqual([
      channelId(1),
    ]);
  });

  it.each([
    '2024-01-15T07:30:00Z',
    '2024-01-15T07:30:00.000',
    '2024-01-15',
    '2024-01-15 07:30:00',
    '2024-02-30T00:00:00',
    '',
  ])('rejects date %j with PTV 400 body', async (value) => {
    const res = await get(server, `Service?date=${encodeURIComponent(value)}`);
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ date: ['The date parameter is invalid.'] });
  });

  it('names dateBefore in its own 400 body', async () => {
    const res = await get(server, 'ServiceChannel?dateBefore=2024-01-15T07:30');
    expect(res.json).toEqual({ dateBefore: ['The date parameter is invalid.'] });
  });

  it('lists only organisations with published services or channels, in any role', async () => {
    const page = (await get(server, 'Organization')).json;
    // 4 is archived; 5 only has a draft service, a removed one and a draft channel.
    expect(itemIds(page)).toEqual([1, 2, 3, 6, 7, 8, 9].map(orgId));
    expect(page.itemList[3]).toEqual({
      id: orgId(6),
      name: 'Helsingin kaupunki, sosiaalipalvelut',
      parentOrganizationId: orgId(1),
    });
    expect(itemIds((await get(server, 'Organization?status=Archived')).json)).toEqual([orgId(4)]);
    expect((await get(server, `Organization/${orgId(5)}`)).status).toBe(200);
  });

  it('lists services by type and channels by type and owner', async () => {
    expect(itemIds((await get(server, 'Service/type/PermitOrObligation')).json)).toEqual(
      services(3),
    );
    expect(itemIds((await get(server, 'ServiceChannel/type/WebPage')).json)).toEqual([
      channelId(5),
    ]);
    expect(itemIds((await get(server, `ServiceChannel/organization/${orgId(3)}`)).json)).toEqual([
      channelId(2),
    ]);
    const typed = await get(server, `ServiceChannel/organization/${orgId(3)}/type/WebPage`);
    expect(typed.json).toEqual({ pageNumber: 1, pageSize: 1000, pageCount: 0, itemList: null });
    expect((await get(server, 'ServiceChannel/type/Fax')).status).toBe(400);
    const archivedOwner = await get(server, `ServiceChannel/organization/${orgId(4)}`);
    expect(archivedOwner.status).toBe(404);
    expect(archivedOwner.json).toEqual({
      errorMessage: `Organization with id '${orgId(4)}' not found.`,
    });
  });

  it('pages whole services of an organisation in any role', async () => {
    const own = (await get(server, `Service/list/organization?organizationId=${orgId(1)}`)).json;
    expect(own).toMatchObject({ pageNumber: 1, pageSize: 100, pageCount: 1 });
    expect(itemIds(own)).toEqual(services(1, 11));
    expect(
      itemIds((await get(server, `Service/list/organization?organizationId=${orgId(6)}`)).json),
    ).toEqual(services(2));
    expect(itemIds((await get(server, 'Service/list/organization?code=0201256-6')).json)).toEqual(
      services(1, 11),
    );
    const none = await get(server, `Service/list/organization?organizationId=${orgId(5)}`);
    expect(none.json).toEqual({ pageNumber: 1, pageSize: 100, pageCount: 0, itemList: null });
  });

  it('answers Service/list/organization parameter errors as PTV does', async () => {
    const missing = await get(server, 'Service/list/organization');
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({
      organizationId: [
        "One of the organization related parameters 'organizationId', 'code' or 'oid' has to be set.",
      ],
    });
    const malformed = await get(server, 'Service/list/organization?organizationId=x');
    expect(malformed.status).toBe(500);
    expect(malformed.json).toEqual({ errorMessage: "Cannot parse 'x' to type of Guid." });
    const archived = await get(server, `Service/list/organization?organizationId=${orgId(4)}`);
    expect(archived.status).toBe(404);
  });
});
