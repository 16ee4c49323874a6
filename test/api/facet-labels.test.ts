import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelFacets } from '../../api/queries/search-facets.ts';
import { municipalities } from '../../schema/catalogue/areas.ts';
import { syncRuns } from '../../schema/sync/tables.ts';
import { createTestDb } from '../helpers/db.ts';

const succeededRun: typeof syncRuns.$inferInsert = {
  mode: 'full',
  status: 'succeeded',
  source: 'test',
  municipalities: [],
  crawlStart: '2026-02-01T00:00:00',
  phase: 'done',
  counts: { fetched: 0, inserted: 0, updated: 0, unchanged: 0, deleted: 0, quarantined: 0 },
  startedAt: '2026-02-01T00:00:00Z',
};

describe('facet labels', () => {
  afterEach(() => vi.useRealTimers());

  it('names a municipality as the catalogue of the newest succeeded sync run does, within a second', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const db = createTestDb();
    db.insert(syncRuns).values(succeededRun).run();
    db.insert(municipalities)
      .values({ code: '853', name: { fi: 'Turku', sv: 'Åbo' } })
      .run();
    const label = (lang: string) =>
      labelFacets(db, { municipalities: { '853': 3 } }, lang).municipalities?.[0]?.label;
    expect(label('sv')).toBe('Åbo');
    expect(label('fi')).toBe('Turku');

    db.update(municipalities)
      .set({ name: { fi: 'Turku', sv: 'Åbo stad' } })
      .run();
    db.insert(syncRuns).values(succeededRun).run();
    expect(label('sv')).toBe('Åbo');
    vi.setSystemTime(Date.now() + 1000);
    expect(label('sv')).toBe('Åbo stad');
  });
});
