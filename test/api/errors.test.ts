import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';

describe('API errors', () => {
  it('answers a malformed id with 400 and a message that says what an id looks like', async () => {
    const { app } = createTestApp();
    const res = await app.request('/api/services/not-a-guid');
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toMatch(/PTV id: a GUID/);
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('answers an unknown service with 404 in the same envelope', async () => {
    const { app } = createTestApp();
    const res = await app.request('/api/services/0b7c3c0e-8b4a-4bd4-9b7f-2d1f0c5a1e22');
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers an unknown API path with 404 pointing at the API description', async () => {
    const { app } = createTestApp();
    const res = await app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/openapi\.json/);
  });
});

describe('API description and health', () => {
  it('documents the catalogue routes in /api/openapi.json', async () => {
    const { app } = createTestApp();
    const doc = await (await app.request('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/services/{id}',
        '/api/organizations/{id}',
        '/api/channels/{id}',
      ]),
    );
  });

  it('reports an empty catalogue and no sync run on a fresh database', async () => {
    const { app } = createTestApp();
    const body = await (await app.request('/api/health')).json();
    expect(body).toEqual({
      status: 'ok',
      catalogue: { services: 0, organizations: 0, channels: 0 },
      lastSync: null,
    });
  });
});
