import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.ts';

describe('catalogue administration routes', () => {
  it('keeps sync runs and the data-quality report from anyone not signed in', async () => {
    const { app } = createTestApp();
    for (const path of ['/api/admin/sync-runs', '/api/admin/quality']) {
      expect((await app.request(path)).status, path).toBe(401);
    }
  });

  it('lists no municipalities for an empty catalogue', async () => {
    const { app } = createTestApp();
    const res = await app.request('/api/municipalities');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ municipalities: [] });
  });
});
