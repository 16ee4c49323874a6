import { facetNames, type FacetName, type SearchDocument } from '../contract.ts';
import { createBitset, setBit } from './bitset.ts';
import { Growable } from './growable.ts';
import type { CodeFilter, CodeIndex, FacetIndex } from './snapshot.ts';

/** A document's values of one facet, as strings (booleans as "true"/"false", unknown as none). */
export function facetValues(
  doc: Pick<SearchDocument, FacetName>,
  facet: FacetName,
): readonly string[] {
  switch (facet) {
    case 'free':
      return doc.free === null ? [] : [String(doc.free)];
    case 'accessible':
      return [String(doc.accessible)];
    default:
      return doc[facet];
  }
}

class FacetBuilder {
  readonly values: string[] = [];
  readonly valueIds = new Map<string, number>();
  readonly #combinationIds = new Map<string, number>();
  readonly #combinations: number[][] = [];
  readonly #docCombination = new Growable(Uint32Array);

  add(values: readonly string[]): void {
    const ids: number[] = [];
    for (const value of values) {
      let id = this.valueIds.get(value);
      if (id === undefined) {
        id = this.values.length;
        this.valueIds.set(value, id);
        this.values.push(value);
      }
      if (!ids.includes(id)) ids.push(id);
    }
    ids.sort((a, b) => a - b);
    const key = ids.join(',');
    let combination = this.#combinationIds.get(key);
    if (combination === undefined) {
      combination = this.#combinations.length;
      this.#combinationIds.set(key, combination);
      this.#combinations.push(ids);
    }
    this.#docCombination.push(combination);
  }

  finish(size: number): FacetIndex {
    const docCombination = this.#docCombination.toArray();
    const combinationOffsets = new Uint32Array(this.#combinations.length + 1);
    this.#combinations.forEach(
      (ids, c) => (combinationOffsets[c + 1] = combinationOffsets[c]! + ids.length),
    );
    const combinationValues = Uint32Array.from(this.#combinations.flat());
    const combinationTotals = new Uint32Array(this.#combinations.length);
    const bitsets = this.values.map(() => createBitset(size));
    for (let d = 0; d < size; d++) {
      const c = docCombination[d]!;
      combinationTotals[c]!++;
      for (const v of this.#combinations[c]!) setBit(bitsets[v]!, d);
    }
    return {
      values: this.values,
      valueIds: this.valueIds,
      bitsets,
      docCombination,
      combinationOffsets,
      combinationValues,
      combinationTotals,
    };
  }
}

const codeFilters: readonly CodeFilter[] = ['ontologyTerms', 'lifeEvents'];

/** Collects the filter-only codes (ontology terms, life events) of every document, in ordinal order. */
export class CodesBuilder {
  readonly #docs: Record<CodeFilter, string[][]> = { ontologyTerms: [], lifeEvents: [] };

  add(doc: Pick<SearchDocument, CodeFilter>): void {
    for (const code of codeFilters) this.#docs[code].push(doc[code]);
  }

  finish(size: number): Record<CodeFilter, CodeIndex> {
    const index = (docs: string[][]): CodeIndex => {
      const valueIds = new Map<string, number>();
      const bitsets: CodeIndex['bitsets'] = [];
      docs.forEach((values, d) => {
        for (const value of values) {
          let id = valueIds.get(value);
          if (id === undefined) {
            id = bitsets.length;
            valueIds.set(value, id);
            bitsets.push(createBitset(size));
          }
          setBit(bitsets[id]!, d);
        }
      });
      return { valueIds, bitsets };
    };
    return {
      ontologyTerms: index(this.#docs.ontologyTerms),
      lifeEvents: index(this.#docs.lifeEvents),
    };
  }
}

/** Collects every facet of every document, in ordinal order. */
export class FacetsBuilder {
  readonly #facets = Object.fromEntries(facetNames.map((f) => [f, new FacetBuilder()])) as Record<
    FacetName,
    FacetBuilder
  >;

  add(doc: SearchDocument): void {
    for (const facet of facetNames) this.#facets[facet].add(facetValues(doc, facet));
  }

  finish(size: number): Record<FacetName, FacetIndex> {
    return Object.fromEntries(facetNames.map((f) => [f, this.#facets[f].finish(size)])) as Record<
      FacetName,
      FacetIndex
    >;
  }
}
