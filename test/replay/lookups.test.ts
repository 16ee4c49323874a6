import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplayServer } from '../../ingest/replay/server.ts';
import { channelId, get, orgId, readFixture, serviceId, startFixture } from './helpers.ts';

describe('replay lookups by id and by guids', () => {
  let server: ReplayServer;
  beforeAll(async () => {
    server = await startFixture();
  });
  afterAll(() => server.close());

  it('serves a published entity with the stored bytes as UTF-8 JSON', async () => {
    const res = await get(server, `Service/${serviceId(1)}`);
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json; charset=utf-8');
    expect(res.text).toBe(await readFixture('services', serviceId(1)));
    expect((await get(server, `ServiceChannel/${channelId(2).toUpperCase()}`)).json.id).toBe(
      channelId(2),
    );
  });

  it('answers 404 with PTV bodies for unknown and unpublished ids', async () => {
    const archived = await get(server, `Service/${serviceId(5)}`);
    expect(archived.status).toBe(404);
    expect(archived.json).toEqual({ errorMessage: `Service with id '${serviceId(5)}' not found.` });
    expect((await get(server, `Organization/${orgId(4)}`)).json).toEqual({
      errorMessage: `Organization with id '${orgId(4)}' not found.`,
    });
    expect((await get(server, `ServiceChannel/${channelId(99)}`)).json).toEqual({
      errorMessage: `Service channel with id '${channelId(99)}' not found.`,
    });
  });

  it('answers the all-zero GUID with 500 and a malformed one with 400', async () => {
    const zero = await get(server, 'Service/00000000-0000-0000-0000-000000000000');
    expect(zero.status).toBe(500);
    expect(zero.json).toHaveProperty('errorMessage');
    const malformed = await get(server, 'Organization/not-a-guid');
    expect(malformed.status).toBe(400);
    expect(malformed.json).toEqual({
      id: ['Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).'],
    });
  });

  it('answers any request carrying an Authorization header with 500', async () => {
    const res = await get(server, 'Service', { headers: { Authorization: 'Bearer abc' } });
    expect(res.status).toBe(500);
    expect(res.json).toHaveProperty('errorMessage');
  });

  it('answers an unknown route with an empty 404', async () => {
    const res = await get(server, 'Service/serviceClass/list/extra');
    expect(res.status).toBe(404);
    expect(res.text).toBe('');
  });

  it('returns found published items and silently drops unknown and unpublished guids', async () => {
    const guids = [1, 5, 6, 7, 8, 9, 2, 99].map(serviceId).join(', ');
    const res = await get(server, `Service/list?guids=${guids}`);
    expect(res.status).toBe(200);
    expect(res.json.map((s: { id: string }) => s.id).sort()).toEqual([serviceId(1), serviceId(2)]);
  });

  it('answers guids in its own order, not the request order, and collapses duplicates', async () => {
    const ids = [1, 2, 3, 4, 10, 11].map(serviceId);
    const forward = (await get(server, `Service/list?guids=${ids.join(',')}`)).json;
    const backward = (
      await get(server, `Service/list?guids=${[...ids].reverse().join(',')},${ids[0]}`)
    ).json;
    expect(forward.map((s: { id: string }) => s.id)).toEqual(
      backward.map((s: { id: string }) => s.id),
    );
    expect(forward).toHaveLength(6);
  });

  it('rejects missing and malformed guids with 400', async () => {
    for (const query of ['', '?guids=']) {
      const res = await get(server, `Organization/list${query}`);
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ guids: ['Property guids is required.'] });
    }
    const bad = await get(server, `Service/list?guids=${serviceId(1)},abc`);
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ guids: ["Cannot parse 'abc' to type of Guid."] });
  });

  it('answers 404 with the kind-specific message when no guid is found', async () => {
    const cases = [
      ['Service/list', serviceId(5), 'Services not found.'],
      ['Organization/list', orgId(4), 'Organizations not found.'],
      ['ServiceChannel/list', channelId(4), 'Service channels not found.'],
    ];
    for (const [path, id, message] of cases) {
      const res = await get(server, `${path}?guids=${id}`);
      expect(res.status).toBe(404);
      expect(res.json).toEqual({ errorMessage: message });
    }
  });
});
