import pino from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../schema/db.ts';
import { createAnalyzer } from '../../search/analysis/index.ts';
import { createEmbeddedEngine } from '../../search/embedded/index.ts';
import { SearchIndexManager, type IndexManagerLogger } from '../../search/index-manager.ts';
import { buildPtvService } from '../factories/ptv.ts';
import { tempDbPath } from '../helpers/db.ts';
import { ingestRecords } from './helpers/catalogue.ts';

const named = (fi: string) =>
  buildPtvService({ serviceNames: [{ language: 'fi', value: fi, type: 'Name' }] });

describe('SearchIndexManager', () => {
  const analyzer = createAnalyzer({ voikko: 'off' });
  afterAll(() => analyzer.close());
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  function setup(logger: IndexManagerLogger = pino({ level: 'silent' })) {
    const file = tempDbPath();
    // The ingest job and the API are separate processes with their own connections to one file.
    const ingestDb = openDatabase(file.path, { synchronous: 'normal' });
    const apiDb = openDatabase(file.path);
    const engine = createEmbeddedEngine({ analyzer });
    const manager = new SearchIndexManager({ db: apiDb, engine, logger });
    cleanups.push(
      file.cleanup,
      () => ingestDb.$client.close(),
      () => apiDb.$client.close(),
      () => engine.close(),
      () => manager.stop(),
    );
    return { ingestDb, engine, manager };
  }

  it('builds the index on first refresh and rebuilds only after a new sync run succeeds', async () => {
    const { ingestDb, engine, manager } = setup();
    const first = named('Velkaneuvonta');
    await ingestRecords(ingestDb, { services: [first] }, new Date('2026-02-01T00:00:00Z'));
    expect(await manager.refresh()).toBe(true);
    expect((await engine.search({ lang: 'fi', q: 'velkaneuvonta' })).hits.map((h) => h.id)).toEqual(
      [first.id],
    );
    expect(await manager.refresh()).toBe(false);

    const second = named('Talous- ja velkaneuvonta');
    await ingestRecords(ingestDb, { services: [second] }, new Date('2026-02-02T00:00:00Z'));
    expect(await manager.refresh()).toBe(true);
    expect((await engine.search({ lang: 'fi', q: 'velkaneuvonta' })).hits.map((h) => h.id)).toEqual(
      [second.id],
    );
  });

  it('picks up an ingest run by polling, without a moment with no results', async () => {
    const { ingestDb, engine, manager } = setup();
    const first = named('Velkaneuvonta');
    await ingestRecords(ingestDb, { services: [first] }, new Date('2026-02-01T00:00:00Z'));
    manager.start({ intervalMs: 20 });
    await expect.poll(() => manager.builtFromRun).not.toBeUndefined();
    const runBefore = manager.builtFromRun;

    const second = named('Uusi velkaneuvonta');
    const ingesting = ingestRecords(
      ingestDb,
      { services: [first, second] },
      new Date('2026-02-02T00:00:00Z'),
    );
    const totalsMeanwhile: number[] = [];
    for (let i = 0; i < 500 && manager.builtFromRun === runBefore; i++) {
      totalsMeanwhile.push((await engine.search({ lang: 'fi', q: 'velkaneuvonta' })).total);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await ingesting;
    await expect
      .poll(async () => (await engine.search({ lang: 'fi', q: 'velkaneuvonta' })).total, {
        timeout: 5000,
      })
      .toBe(2);
    expect(totalsMeanwhile.length).toBeGreaterThan(0);
    expect(totalsMeanwhile.filter((n) => n === 0)).toEqual([]);
    expect(manager.builtFromRun).toBeGreaterThan(runBefore as number);
  });

  it('keeps the index it has when a refresh fails, and logs the failure while polling', async () => {
    const errors: string[] = [];
    const { ingestDb, engine, manager } = setup({
      info() {},
      error: (_: object, message: string) => errors.push(message),
    });
    await ingestRecords(ingestDb, { services: [named('Velkaneuvonta')] });
    await manager.refresh();
    ingestDb.$client.exec('drop table service_channels');
    ingestDb.$client.exec(
      "insert into sync_runs (mode, status, source, municipalities, crawl_start, phase, counts, started_at) values ('full', 'succeeded', 'test', '[]', '', 'done', '{}', '')",
    );
    await expect(manager.refresh()).rejects.toThrow(/service_channels/);
    manager.start({ intervalMs: 10 });
    await expect.poll(() => errors.length).toBeGreaterThan(1);
    await manager.stop();
    expect(await engine.count()).toBe(1);
    expect(errors[0]).toMatch(/keeping the current index/);
  });
});
