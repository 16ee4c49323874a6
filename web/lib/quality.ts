/**
 * The data-quality table on the admin page, sortable by any column through the URL (`?sort=hours
 * &dir=desc`), so sorting works without JavaScript and a sorted view can be linked.
 */
import type { UiLanguage } from '../../schema/constants.ts';
import type { QualityRow } from './api-types.ts';
import { plain } from './localized.ts';

export const missingKeys = [
  'description',
  'hours',
  'languages',
  'targetGroups',
  'channels',
] as const;
export type MissingKey = (typeof missingKeys)[number];
export const qualityColumns = ['name', 'services', ...missingKeys] as const;
export type QualityColumn = (typeof qualityColumns)[number];
export type Direction = 'ascending' | 'descending';

export interface QualitySort {
  column: QualityColumn;
  direction: Direction;
}

/** Names A to Z; counts largest first: what an administrator looks for first. */
export const defaultDirection = (column: QualityColumn): Direction =>
  column === 'name' ? 'ascending' : 'descending';

/** The sort the URL asks for; the API's own order (most services first) otherwise. */
export function parseQualitySort(params: URLSearchParams): QualitySort {
  const asked = params.get('sort') ?? '';
  const column = (qualityColumns as readonly string[]).includes(asked)
    ? (asked as QualityColumn)
    : 'services';
  const dir = params.get('dir');
  const direction =
    dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : defaultDirection(column);
  return { column, direction };
}

/** The URL parameters that sort by `column`: a second click on the sorted column reverses it. */
export function sortParams(current: QualitySort, column: QualityColumn): Record<string, string> {
  const direction =
    current.column === column
      ? current.direction === 'ascending'
        ? 'descending'
        : 'ascending'
      : defaultDirection(column);
  return { sort: column, dir: direction === 'ascending' ? 'asc' : 'desc' };
}

/** The rows in the asked order; ties keep the larger organisation first, then by name. */
export function sortQuality(rows: readonly QualityRow[], sort: QualitySort, lang: UiLanguage) {
  const collator = new Intl.Collator(lang);
  const name = (r: QualityRow) => plain(r.name, lang);
  const value = (r: QualityRow) =>
    sort.column === 'services' ? r.services : sort.column === 'name' ? 0 : r.missing[sort.column];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * (sort.column === 'name' ? collator.compare(name(a), name(b)) : value(a) - value(b)) ||
      b.services - a.services ||
      collator.compare(name(a), name(b)),
  );
}

/** Sums over every organisation, for the table's total row. */
export function qualityTotals(rows: readonly QualityRow[]) {
  const missing = Object.fromEntries(
    missingKeys.map((k) => [k, rows.reduce((sum, r) => sum + r.missing[k], 0)]),
  ) as Record<MissingKey, number>;
  return { services: rows.reduce((sum, r) => sum + r.services, 0), missing };
}
