import { describe, expect, it } from 'vitest';
import type { QualityRow } from '../../web/lib/api-types.ts';
import { parseQualitySort, qualityTotals, sortParams, sortQuality } from '../../web/lib/quality.ts';

const missing = { description: 0, hours: 0, languages: 0, targetGroups: 0, channels: 0 };
const row = (id: string, fi: string, services: number, extra: Partial<typeof missing> = {}) =>
  ({ id, name: { fi }, services, missing: { ...missing, ...extra } }) satisfies QualityRow;
const rows = [
  row('a', 'Turun kaupunki', 40, { hours: 2, description: 5 }),
  row('b', 'Åbo Akademi', 3, { hours: 3 }),
  row('c', 'Kela', 12, { hours: 2 }),
  row('d', 'Aura', 12),
];
const order = (sort: URLSearchParams) =>
  sortQuality(rows, parseQualitySort(sort), 'fi').map((r) => r.id);

describe('the data-quality sort', () => {
  it('starts with the largest organisations, as the API sends them', () => {
    expect(parseQualitySort(new URLSearchParams())).toEqual({
      column: 'services',
      direction: 'descending',
    });
    expect(order(new URLSearchParams())).toEqual(['a', 'd', 'c', 'b']);
  });

  it('puts the most missing first, ties broken by size then name', () => {
    expect(order(new URLSearchParams('sort=hours'))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('sorts names A to Z in the page language, or Z to A when asked', () => {
    expect(order(new URLSearchParams('sort=name'))).toEqual(['d', 'c', 'a', 'b']);
    expect(order(new URLSearchParams('sort=name&dir=desc'))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('ignores a column it does not know', () => {
    expect(parseQualitySort(new URLSearchParams('sort=drop+table&dir=up')).column).toBe('services');
  });

  it('links a heading to its own default order, and the sorted heading to the reverse', () => {
    const current = parseQualitySort(new URLSearchParams('sort=hours'));
    expect(sortParams(current, 'hours')).toEqual({ sort: 'hours', dir: 'asc' });
    expect(sortParams(current, 'name')).toEqual({ sort: 'name', dir: 'asc' });
    expect(sortParams(current, 'channels')).toEqual({ sort: 'channels', dir: 'desc' });
  });

  it('adds up every organisation for the total row', () => {
    expect(qualityTotals(rows)).toEqual({
      services: 67,
      missing: { ...missing, hours: 7, description: 5 },
    });
  });
});
