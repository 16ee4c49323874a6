import { describe, expect, it } from 'vitest';
import { UsageBuffer } from '../../schema/usage/index.ts';
import { createTestDb } from '../helpers/db.ts';

describe('buffered usage counts', () => {
  it('writes the summed counts and sanitised zero-result queries on flush, nothing before', () => {
    const db = createTestDb();
    const usage = new UsageBuffer(db, { flushEveryMs: 60_000 });
    const day = '2026-11-23';
    usage.record({ kind: 'search', lang: 'fi', day, zeroResults: false, query: 'velka' });
    usage.record({ kind: 'search', lang: 'fi', day, zeroResults: true, query: 'Kela 131052-308T' });
    usage.record({ kind: 'search', lang: 'fi', day, zeroResults: true, query: 'kela 131052-308T' });
    expect(db.$client.prepare('select count(*) as n from usage_daily').get()).toEqual({ n: 0 });
    usage.close();
    expect(
      db.$client.prepare('select kind, lang, requests, zero_results from usage_daily').all(),
    ).toEqual([{ kind: 'search', lang: 'fi', requests: 3, zero_results: 2 }]);
    expect(db.$client.prepare('select query, count from zero_result_queries').all()).toEqual([
      { query: 'kela', count: 2 },
    ]);
  });
});
