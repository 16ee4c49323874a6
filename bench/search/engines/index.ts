import { embeddedBench } from './embedded.ts';
import { fts5Bench } from './fts5.ts';
import { miniSearchBench } from './minisearch.ts';
import { oramaBench } from './orama.ts';

/** The engines `bench:search` compares, ours first (the ratios are against it). */
export const benchEngines = {
  embedded: embeddedBench,
  minisearch: miniSearchBench,
  orama: oramaBench,
  fts5: fts5Bench,
};
export type BenchEngineName = keyof typeof benchEngines;
