import type { CodeLists } from '../store/code-lists.ts';
import type { DumpStore } from '../store/dump-store.ts';
import type { Geography } from '../store/geography.ts';

/** What the route modules read from: the index, place knowledge and code lists. */
export interface ReplayDeps {
  store: DumpStore;
  geography: Geography;
  codes: CodeLists;
}
