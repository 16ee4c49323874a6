import type { SearchDocument, SearchQuery } from '../../../search/contract.ts';

/** One engine under benchmark: builds from the documents, answers the shared queries. */
export interface BenchEngine {
  readonly name: string;
  build(documents: AsyncIterable<SearchDocument>): Promise<void>;
  /** Runs a query to the end (page, total and requested facets); returns the total. */
  search(query: SearchQuery): Promise<number>;
}
