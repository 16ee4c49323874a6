/**
 * `npm run eval`: search and match quality on the fixed corpus (bench/eval/corpus) and labelled
 * set (bench/eval/judgments), with the full Finnish/Swedish analysis and with `mode: 'plain'`, so
 * the gain of the analysis shows; also how well the text is read into service types
 * (judgments/type-situations.json). Prints a table and writes bench/results/eval.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createApp } from '../../api/app.ts';
import { createAnalyzer, LANGS } from '../../search/analysis/index.ts';
import { createEmbeddedEngine } from '../../search/embedded/index.ts';
import { bundledMatchDeps } from '../../search/match/index.ts';
import { needThemes } from '../../search/needs/index.ts';
import { serviceTypes } from '../../search/needs/service-types.ts';
import { buildEvalCatalogue } from './catalogue.ts';
import { concepts } from './corpus/concepts/index.ts';
import {
  createScorer,
  evaluateInflections,
  evaluateMatch,
  evaluateSearch,
  evaluateTypes,
} from './evaluate.ts';
import { inflectionCases } from './judgments/inflections.ts';
import { allMatchCases } from './judgments/index.ts';
import { pooledMatchJudgments } from './judgments/match-pooled.ts';
import { secondJudgeLists } from './judgments/match-second-judge.ts';
import { searchCases } from './judgments/search.ts';
import typeSituationsRaw from './judgments/type-situations.json' with { type: 'json' };
import type { TypeSituation } from './judgments/types.ts';
import { printReport, summarize, type ModeResults } from './report.ts';

const known = new Set(concepts.map((c) => c.key));
for (const c of [...searchCases, ...allMatchCases]) {
  for (const key of Object.keys(c.judgments))
    if (!known.has(key)) throw new Error(`${c.id}: unknown concept ${key}`);
}
const matchIds = new Set(allMatchCases.map((c) => c.id));
for (const [source, all] of [
  ['pooled', pooledMatchJudgments],
  ['second judge', secondJudgeLists],
] as const) {
  for (const [id, judgments] of Object.entries(all)) {
    if (!matchIds.has(id)) throw new Error(`${source} judgments for unknown situation ${id}`);
    for (const key of Object.keys(judgments))
      if (!known.has(key)) throw new Error(`${id} (${source}): unknown concept ${key}`);
  }
}
const typeSituations = typeSituationsRaw as TypeSituation[];
const typeIds = new Set(serviceTypes.map((t) => t.id));
for (const [i, c] of typeSituations.entries()) {
  if (!LANGS.includes(c.lang) || !c.text?.trim() || !c.types?.length)
    throw new Error(`type situation ${i}: needs lang fi, sv or en, a text and at least one type`);
  for (const id of c.types)
    if (!typeIds.has(id)) throw new Error(`type situation ${i}: unknown service type ${id}`);
}
for (const c of inflectionCases)
  if (!known.has(c.concept)) throw new Error(`${c.form}: unknown concept ${c.concept}`);

const started = performance.now();
const catalogue = await buildEvalCatalogue();
const score = createScorer(catalogue.services);
const judged = {
  pooled: pooledMatchJudgments,
  second: secondJudgeLists,
  services: catalogue.services,
};
const modes: Record<'full' | 'plain', ModeResults> = {} as never;
let backend = '';
for (const mode of ['full', 'plain'] as const) {
  const analyzer = createAnalyzer({ mode });
  if (mode === 'full')
    backend = analyzer.backend + (analyzer.fallbackReason ? ` (${analyzer.fallbackReason})` : '');
  const search = createEmbeddedEngine({ analyzer, themes: needThemes });
  await search.replaceAll(catalogue.documents);
  const app = createApp({
    db: catalogue.db,
    logger: pino({ level: 'silent' }),
    clock: () => new Date('2026-03-02T10:00:00Z'),
    search,
    analyzer,
  });
  modes[mode] = {
    search: await evaluateSearch(app, score, searchCases),
    match: await evaluateMatch(app, score, allMatchCases, judged),
    // Each text asked from the other two languages' pages.
    otherPage: (
      await Promise.all(
        LANGS.map((page) =>
          evaluateMatch(
            app,
            score,
            allMatchCases.filter((c) => c.needs && c.lang !== page),
            { ...judged, page },
          ),
        ),
      )
    ).flat(),
    inflections: await evaluateInflections(app, catalogue.services, inflectionCases),
    types: evaluateTypes(bundledMatchDeps(search, analyzer).types!, typeSituations),
  };
  await search.close();
  analyzer.close();
}

const summary = summarize(modes, {
  services: catalogue.services.length,
  concepts: concepts.length,
  backend,
  seconds: Math.round(performance.now() - started) / 1000,
});
printReport(summary, modes);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'results', 'eval.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ summary, cases: modes }, null, 2)}\n`);
console.log(`\nwrote ${out}`);
