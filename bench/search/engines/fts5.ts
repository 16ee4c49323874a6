import Database from 'better-sqlite3';
import type { SearchDocument, SearchQuery } from '../../../search/contract.ts';
import {
  boosts,
  compileFilters,
  countFacets,
  flatTexts,
  store,
  type Stored,
} from './peer-support.ts';
import type { BenchEngine } from './types.ts';

const fields = Object.keys(boosts);

// Words as FTS5 strings, any of them (OR, as the other engines), the last one as a prefix.
function matchExpression(q: string): string | null {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' OR ');
}

/**
 * A plain SQLite FTS5 baseline (better-sqlite3, in memory): unicode61 tokens without stemming,
 * bm25 with the same field weights, prefix on the last word; filters, facets, open-now and
 * distance in JavaScript over the matching rows.
 */
export function fts5Bench(): BenchEngine {
  const db = new Database(':memory:');
  db.exec(
    `create virtual table docs using fts5(${fields.join(', ')}, tokenize = 'unicode61 remove_diacritics 0')`,
  );
  const insert = db.prepare(
    `insert into docs(rowid, ${fields.join(', ')}) values (?, ${fields.map(() => '?').join(', ')})`,
  );
  const stored: Stored[] = [];
  const ranked = db
    .prepare(
      `select rowid as ord from docs where docs match ? order by bm25(docs, ${Object.values(boosts).join(', ')})`,
    )
    .pluck();
  return {
    name: 'SQLite FTS5',
    async build(documents) {
      const insertMany = db.transaction((batch: SearchDocument[]) => {
        for (const doc of batch) {
          const texts = flatTexts(doc);
          insert.run(stored.length, ...fields.map((f) => texts[f as keyof typeof texts]));
          stored.push(store(doc));
        }
      });
      let batch: SearchDocument[] = [];
      for await (const doc of documents) {
        batch.push(doc);
        if (batch.length === 1000) {
          insertMany(batch);
          batch = [];
        }
      }
      insertMany(batch);
    },
    async search(query: SearchQuery) {
      const expression = query.q ? matchExpression(query.q) : null;
      const test = compileFilters(query.filters);
      const ords = (
        expression ? (ranked.all(expression) as number[]) : stored.map((_, i) => i)
      ).filter((i) => test(stored[i]!));
      if (query.sort === 'distance' && test.distance)
        ords.sort((a, b) => test.distance!(stored[a]!) - test.distance!(stored[b]!));
      countFacets(
        ords.map((i) => stored[i]!),
        query.facets,
      );
      return ords.length;
    },
  };
}
