import type { Analyzer, Backend, Lang } from '../analysis/index.ts';

/** A text with the kinds of service it points to, best first. */
export interface TypeSample {
  lang: Lang;
  text: string;
  types: readonly string[];
}

/**
 * A learnt model, as stored in search/needs/type-model.json: per analysed term ("fi:velka"), its
 * idf and its weights for the types it tells apart, as deviations from the term's mean over all
 * types (a constant per term cancels out in softmax, so only the differences are kept).
 */
export interface TypeModel {
  /** What it was learnt from (bin/train-types.ts): a stale model is refused. */
  fingerprint: string;
  /** The analysis its terms come from: another backend's terms would not meet them. */
  backend: Backend;
  classes: string[];
  bias: number[];
  /** term → [idf, class, weight, class, weight, …] */
  terms: Record<string, number[]>;
}

/** A kind of service the classifier reads in a text. */
export interface TypeGuess {
  id: string;
  /** Probability among all types (softmax): they sum to 1. */
  p: number;
}

export interface TypeClassifier {
  /** Types by probability, best first, at most `limit`. */
  classify(text: string, lang: Lang, limit?: number): TypeGuess[];
}

export interface TrainOptions {
  epochs?: number;
  /** Initial learning rate, divided by 1 + epoch. */
  rate?: number;
  l2?: number;
  seed?: number;
  /** A term's weight for a type is kept when it differs from the term's mean by this much. */
  keep?: number;
}

/** The analysed terms of a text, each with its largest weight (1 a word, less a compound part). */
function termsOf(analyzer: Analyzer, text: string, lang: Lang): Map<string, number> {
  const terms = new Map<string, number>();
  for (const { term, weight } of analyzer.analyzeDocumentWeighted(text, lang)) {
    const key = `${lang}:${term}`;
    terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  }
  return terms;
}

/** Weights times idf, to unit length: a long note and a three-word search weigh alike. */
function unit(pairs: [number, number][]): [number, number][] {
  const norm = Math.hypot(...pairs.map(([, v]) => v)) || 1;
  return pairs.map(([f, v]) => [f, v / norm]);
}

function softmax(z: Float64Array): Float64Array {
  const max = Math.max(...z);
  let sum = 0;
  for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp(z[c]! - max);
  for (let c = 0; c < z.length; c++) z[c]! /= sum;
  return z;
}

/** Deterministic shuffling: the same inputs always learn the same model. */
function random32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Softmax regression over the analyser's terms, idf-weighted and length-normalised, learnt by
 * stochastic gradient descent. A sample's types share its probability mass by place (1, 1/2,
 * 1/3, … normalised), so the first need counts most.
 */
export function trainTypeModel(
  analyzer: Analyzer,
  classes: readonly string[],
  samples: readonly TypeSample[],
  fingerprint: string,
  { epochs = 30, rate = 4, l2 = 1e-6, seed = 1, keep = 0.5 }: TrainOptions = {},
): TypeModel {
  const K = classes.length;
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const features = new Map<string, number>();
  const rows = samples.flatMap((s) => {
    const target = new Map<number, number>();
    s.types.forEach((t, i) => {
      const c = classIndex.get(t);
      if (c !== undefined && !target.has(c)) target.set(c, 1 / (1 + i));
    });
    const sum = [...target.values()].reduce((a, b) => a + b, 0);
    const x: [number, number][] = [];
    for (const [term, w] of termsOf(analyzer, s.text, s.lang)) {
      let f = features.get(term);
      if (f === undefined) features.set(term, (f = features.size));
      x.push([f, w]);
    }
    if (sum === 0 || x.length === 0) return [];
    const y = new Float64Array(K);
    for (const [c, v] of target) y[c] = v / sum;
    return [{ x, y }];
  });
  const df = new Float64Array(features.size);
  for (const r of rows) for (const [f] of r.x) df[f]!++;
  const idf = Float64Array.from(df, (d) => Math.log(1 + rows.length / (1 + d)));
  const X = rows.map((r) => unit(r.x.map(([f, w]) => [f, w * idf[f]!])));
  const W = new Float64Array(features.size * K);
  const bias = new Float64Array(K);
  const next = random32(seed);
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + epoch);
    for (const i of order) {
      const x = X[i]!;
      const { y } = rows[i]!;
      const z = Float64Array.from(bias);
      for (const [f, v] of x) for (let c = 0, o = f * K; c < K; c++) z[c]! += W[o + c]! * v;
      const g = softmax(z);
      for (let c = 0; c < K; c++) g[c] = (g[c]! - y[c]!) * lr;
      for (const [f, v] of x) {
        for (let c = 0, o = f * K; c < K; c++) W[o + c]! -= g[c]! * v + l2 * W[o + c]!;
      }
      for (let c = 0; c < K; c++) bias[c]! -= g[c]!;
    }
  }
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const terms: Record<string, number[]> = {};
  for (const [term, f] of [...features].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let mean = 0;
    for (let c = 0; c < K; c++) mean += W[f * K + c]! / K;
    const kept = [round(idf[f]!)];
    for (let c = 0; c < K; c++) {
      const d = W[f * K + c]! - mean;
      if (Math.abs(d) >= keep) kept.push(c, round(d));
    }
    if (kept.length > 1) terms[term] = kept;
  }
  return {
    fingerprint,
    backend: analyzer.backend,
    classes: [...classes],
    bias: [...bias].map(round),
    terms,
  };
}

/**
 * A text of this many terms or fewer whose best type has less probability than `UNSURE` says no
 * type: "Turussa" or "Helsingissä" alone point nowhere in particular. A longer text that spreads
 * its probability tells several needs, and its best guesses are still worth reading.
 */
const FEW_TERMS = 2;
const UNSURE = 0.1;

/**
 * Reads texts with a learnt model. Unlike the phrase detector, which needs a phrase's every word,
 * it weighs each word by how well it told the types apart in all the samples, so a situation
 * told in words no single phrase has still points somewhere.
 */
export function typeClassifier(analyzer: Analyzer, model: TypeModel): TypeClassifier {
  const K = model.classes.length;
  return {
    classify(text, lang, limit = 5) {
      const known = [...termsOf(analyzer, text, lang)].filter(([term]) => model.terms[term]);
      if (known.length === 0) return [];
      // A term's row starts with its idf.
      const x = unit(known.map(([term, w], i) => [i, w * model.terms[term]![0]!]));
      const z = Float64Array.from(model.bias);
      x.forEach(([i, v]) => {
        const row = model.terms[known[i]![0]]!;
        for (let j = 1; j < row.length; j += 2) z[row[j]!]! += row[j + 1]! * v;
      });
      const p = softmax(z);
      if (known.length <= FEW_TERMS && Math.max(...p) < UNSURE) return [];
      const best = [...p.keys()].sort((a, b) => p[b]! - p[a]!).slice(0, Math.min(limit, K));
      return best.map((c) => ({ id: model.classes[c]!, p: p[c]! }));
    },
  };
}
