import { areaMatcher } from '../area-filter.ts';
import type { DateWindow } from '../instant.ts';
import { readAreaPath, readFlag, type Query } from '../query.ts';
import type { EntityKind, EntryOf } from '../store/entry.ts';
import type { ReplayDeps } from './deps.ts';
import { publishedIn, windowKey } from './shared.ts';

/** Published entries of `kind` in `{area}/code/{code}`, optionally within a date window. */
export function areaListing<K extends EntityKind>(
  deps: ReplayDeps,
  kind: K,
  params: Record<string, string>,
  query: Query,
  window: DateWindow = {},
): readonly EntryOf<K>[] {
  const { area, code } = readAreaPath(params.area, params.code);
  const includeWholeCountry = readFlag(query, 'includeWholeCountry');
  const matcher = areaMatcher(deps.geography, { area, code, includeWholeCountry });
  const inWindow = publishedIn(window);
  return deps.store.select(
    kind,
    `area:${matcher.key}:${windowKey(window)}`,
    (e) => inWindow(e) && matcher.matches(e),
  );
}
