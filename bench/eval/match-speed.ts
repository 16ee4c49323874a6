/**
 * `npx tsx bench/eval/match-speed.ts [services=2000]`: how long needs-based matching takes, in
 * process, on the generated demo corpus (bench/search/corpus.ts, cached under data/bench/). Runs
 * every labelled match situation once to warm up, then ten times, and prints the median, p95 and
 * slowest `matchNeeds` call. Themes are mapped afresh, so a cached corpus follows themes.json.
 */
import { createAnalyzer } from '../../search/analysis/index.ts';
import { createEmbeddedEngine } from '../../search/embedded/index.ts';
import { bundledMatchDeps, matchNeeds } from '../../search/match/index.ts';
import { needThemes } from '../../search/needs/index.ts';
import { createThemeMatcher } from '../../search/themes.ts';
import { benchCorpus, readCorpus } from '../search/corpus.ts';
import { allMatchCases } from './judgments/index.ts';

const services = Number(process.argv[2] ?? 2000);
const themesOf = createThemeMatcher(needThemes);
const documents = [];
for await (const doc of readCorpus(await benchCorpus(services, 1)))
  documents.push({ ...doc, themes: themesOf(doc) });

const analyzer = createAnalyzer();
const engine = createEmbeddedEngine({ analyzer, themes: needThemes });
await engine.replaceAll(documents);
const deps = bundledMatchDeps(engine, analyzer);
const requests = allMatchCases.map((c) => ({
  needs: c.needs,
  themes: c.themes,
  municipality: c.municipality,
  lang: c.lang,
  language: c.language,
  ageGroup: c.ageGroup,
  mobility: c.mobility,
}));

for (const request of requests) await matchNeeds(deps, request);
const times: number[] = [];
for (let pass = 0; pass < 10; pass++) {
  for (const request of requests) {
    const started = performance.now();
    await matchNeeds(deps, request);
    times.push(performance.now() - started);
  }
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(1);
console.log(
  `${documents.length} services, analyser ${analyzer.backend}: ${times.length} matches, ` +
    `median ${at(0.5)} ms, p95 ${at(0.95)} ms, slowest ${at(1)} ms`,
);
await engine.close();
analyzer.close();
