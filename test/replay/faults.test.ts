import { afterEach, describe, expect, it } from 'vitest';
import type { ReplayServer } from '../../ingest/replay/server.ts';
import { get, serviceId, startFixture } from './helpers.ts';

/** One request's outcome: its status, or `dropped` when the body could not be read whole. */
async function outcome(server: ReplayServer, path: string): Promise<string> {
  try {
    const res = await fetch(`${server.url}/${path}`);
    const text = await res.text();
    if (res.status === 200) JSON.parse(text); // a 200 must never be truncated
    return String(res.status);
  } catch {
    return 'dropped';
  }
}

async function outcomes(server: ReplayServer, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++)
    seen.push(await outcome(server, `Service/list?guids=${serviceId(1)},${serviceId(2)}`));
  return seen;
}

describe('replay fault injection', () => {
  let server: ReplayServer;
  afterEach(() => server.close());

  it('fails about failRate of requests with every fault kind, never corrupting a 200', async () => {
    server = await startFixture({ faults: { failRate: 0.3, seed: 7 } });
    const seen = await outcomes(server, 400);
    const failed = seen.filter((s) => s !== '200').length;
    expect(failed / seen.length).toBeGreaterThan(0.2);
    expect(failed / seen.length).toBeLessThan(0.4);
    expect(new Set(seen)).toEqual(new Set(['200', '429', '500', '504', 'dropped']));
    const { faults } = server.stats();
    expect(
      faults.tooManyRequests + faults.serverError + faults.gatewayTimeout + faults.dropped,
    ).toBe(failed);
  });

  it('repeats the same faults for the same seed', async () => {
    server = await startFixture({ faults: { failRate: 0.5, seed: 42 } });
    const first = await outcomes(server, 40);
    await server.close();
    server = await startFixture({ faults: { failRate: 0.5, seed: 42 } });
    expect(await outcomes(server, 40)).toEqual(first);
  });

  it('answers faults in PTV and gateway formats', async () => {
    server = await startFixture({ faults: { failRate: 1, seed: 3 } });
    const bodies = new Map<number, { type: string | null; text: string }>();
    for (let i = 0; i < 40 && bodies.size < 3; i++) {
      const res = await fetch(`${server.url}/Service`).catch(() => null);
      if (res)
        bodies.set(res.status, { type: res.headers.get('content-type'), text: await res.text() });
    }
    expect(bodies.get(429)?.text).toBe('Too many requests sent to server, try again later');
    expect(bodies.get(429)?.type).toMatch(/^text\/plain/);
    expect(JSON.parse(bodies.get(500)!.text)).toHaveProperty('errorMessage');
    expect(bodies.get(504)?.text).toContain('<title>504 Gateway Time-out</title>');
  });

  it('refuses requests beyond maxConcurrent with a plain-text 429', async () => {
    server = await startFixture({ faults: { maxConcurrent: 2, latencyMs: 300, seed: 1 } });
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 6 }, () => get(server, 'Service')));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429, 429, 429]);
    expect(results.find((r) => r.status === 429)?.text).toBe(
      'Too many requests sent to server, try again later',
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(server.stats().faults.concurrencyLimited).toBe(4);
  });
});
