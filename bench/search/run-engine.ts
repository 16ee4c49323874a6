/**
 * One engine's benchmark in a process of its own (so memory and JIT state are its own), started
 * by bench/search.ts: `node --expose-gc --import tsx bench/search/run-engine.ts <engine> <docs.jsonl> <queries.json>`.
 * Prints one JSON line: build seconds, memory, latency overall and per query kind.
 */
import { readFileSync } from 'node:fs';
import type { SearchDocument } from '../../search/contract.ts';
import { readCorpus } from './corpus.ts';
import { benchEngines } from './engines/index.ts';
import { memory, summarise } from './measure.ts';
import type { BenchQuery } from './queries.ts';

const [engineName, docsPath, queriesPath] = process.argv.slice(2) as [string, string, string];
const queries = (JSON.parse(readFileSync(queriesPath, 'utf8')) as BenchQuery[]).map((q) => {
  const openAt = q.query.filters?.openAt;
  return openAt
    ? { ...q, query: { ...q.query, filters: { ...q.query.filters, openAt: new Date(openAt) } } }
    : q;
});
const PASSES = 3;
const BUDGET_MS = 60_000;

// The engine gets the documents one by one and is the only thing left holding any of them.
async function* drain(documents: (SearchDocument | undefined)[]): AsyncGenerator<SearchDocument> {
  for (let i = 0; i < documents.length; i++) {
    const doc = documents[i]!;
    documents[i] = undefined;
    yield doc;
  }
}

const before = memory();
const documents: (SearchDocument | undefined)[] = [];
for await (const doc of readCorpus(docsPath)) documents.push(doc);
const count = documents.length;
const engine = benchEngines[engineName as keyof typeof benchEngines]();
const started = performance.now();
await engine.build(drain(documents));
const buildSeconds = (performance.now() - started) / 1000;
const after = memory();

// The first pass warms up and records what each query found. Measured passes follow while the
// run is under a minute, so a slow peer does not hold the benchmark up; one whose warm-up alone
// took that long is measured by its warm-up (reported as `passes: 0`).
const totals: number[] = [];
const measuring = performance.now();
const warmUp: number[] = [];
for (const { query } of queries) {
  const t = performance.now();
  totals.push(await engine.search(query));
  warmUp.push(performance.now() - t);
}
const samples: number[] = [];
const byKind: Record<string, number[]> = {};
let passes = 0;
for (; passes < PASSES && performance.now() - measuring < BUDGET_MS; passes++) {
  for (const { kind, query } of queries) {
    const t = performance.now();
    await engine.search(query);
    const ms = performance.now() - t;
    samples.push(ms);
    (byKind[kind] ??= []).push(ms);
  }
}
if (passes === 0) {
  queries.forEach(({ kind }, i) => {
    samples.push(warmUp[i]!);
    (byKind[kind] ??= []).push(warmUp[i]!);
  });
}
console.log(
  JSON.stringify({
    engine: engine.name,
    documents: count,
    buildSeconds: Math.round(buildSeconds * 100) / 100,
    memoryMb: Math.round(after.heapMb - before.heapMb),
    rssMb: Math.round(after.rssMb),
    latency: summarise(samples),
    byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarise(v)])),
    queries: queries.length,
    passes,
    matchedPerQuery: Math.round(totals.reduce((a, b) => a + b, 0) / Math.max(1, totals.length)),
  }),
);
