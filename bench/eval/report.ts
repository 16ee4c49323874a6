/** Aggregates per-case results and prints the evaluation table. */
import type { CaseResult, InflectionResult, TypeResult } from './evaluate.ts';
import { mean } from './metrics.ts';

export interface ModeResults {
  search: CaseResult[];
  match: CaseResult[];
  /** The match situations with text, each asked from the other two languages' pages. */
  otherPage: CaseResult[];
  inflections: InflectionResult[];
  /** Service types found in example situations (judgments/type-situations.json). */
  types: TypeResult[];
}

/** Targets from issue 3. */
export const TARGETS = { ndcg: 0.8, inflectedHitRate: 0.95 };

const round = (x: number) => Math.round(x * 1000) / 1000;
const group = (results: CaseResult[], key: (r: CaseResult) => string) => {
  const groups = new Map<string, CaseResult[]>();
  for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return Object.fromEntries(
    [...groups].map(([k, rs]) => [
      k,
      {
        n: rs.length,
        ndcg: round(mean(rs.map((r) => r.ndcg))),
        recall: round(mean(rs.map((r) => r.recall))),
      },
    ]),
  );
};

function modeSummary(m: ModeResults) {
  const hits = m.inflections.filter((i) => i.hit).length;
  return {
    search: {
      n: m.search.length,
      ndcg: round(mean(m.search.map((r) => r.ndcg))),
      recall: round(mean(m.search.map((r) => r.recall))),
    },
    match: {
      n: m.match.length,
      ndcg: round(mean(m.match.map((r) => r.ndcg))),
      recall: round(mean(m.match.map((r) => r.recall))),
    },
    matchOtherPage: {
      n: m.otherPage.length,
      ndcg: round(mean(m.otherPage.map((r) => r.ndcg))),
      recall: round(mean(m.otherPage.map((r) => r.recall))),
    },
    inflections: { n: m.inflections.length, hits, hitRate: round(hits / m.inflections.length) },
    /** Cases the ranking was tuned on ("development") and cases written after ("held out"). */
    split: {
      search: group(m.search, (r) => r.split),
      match: group(m.match, (r) => r.split),
    },
    searchByLanguage: group(m.search, (r) => r.lang),
    searchByKind: group(m.search, (r) => r.kind),
    matchByLanguage: group(m.match, (r) => r.lang),
    agreement: agreementOf(m.match),
    types: typesOf(m.types),
    /** Match scored by the first judge's grades alone, before pooling. */
    matchFirstJudge: group(
      m.match.map((r) => ({ ...r, ...r.firstJudge })),
      (r) => r.split,
    ),
  };
}

/** Shares of example situations whose most needed type is found, and whose first type found helps. */
function typesOf(results: TypeResult[]) {
  const part = (rs: TypeResult[]) => ({
    n: rs.length,
    first: round(mean(rs.map((r) => Number(r.first)))),
    top: round(mean(rs.map((r) => Number(r.top)))),
  });
  return {
    analysed: part(results.filter((r) => !r.heldOut)),
    heldOut: part(results.filter((r) => r.heldOut)),
  };
}

/** The situations a second judge listed on their own: the judges against each other, and ours. */
function agreementOf(match: CaseResult[]) {
  const listed = match.filter((r) => r.agreement);
  return {
    n: listed.length,
    secondByFirst: round(mean(listed.map((r) => r.agreement!.secondByFirst))),
    oursByFirst: round(mean(listed.map((r) => r.firstJudge?.ndcg ?? r.ndcg))),
    oursBySecond: round(mean(listed.map((r) => r.agreement!.oursBySecond))),
  };
}

const matchFirstJudgeNdcg = (m: ModeResults) =>
  round(mean(m.match.map((r) => r.firstJudge?.ndcg ?? r.ndcg)));

export function summarize(
  modes: Record<'full' | 'plain', ModeResults>,
  corpus: { services: number; concepts: number; backend: string; seconds: number },
) {
  const full = modeSummary(modes.full);
  return {
    corpus,
    metrics:
      'nDCG@10 with gains 2^grade-1; recall@10 = judged (grade >= 1) results in the top 10 / min(10, judged results available)',
    full,
    plain: modeSummary(modes.plain),
    targets: {
      searchNdcg: {
        target: TARGETS.ndcg,
        value: full.search.ndcg,
        met: full.search.ndcg >= TARGETS.ndcg,
      },
      matchNdcg: {
        target: TARGETS.ndcg,
        value: full.match.ndcg,
        met: full.match.ndcg >= TARGETS.ndcg,
      },
      matchNdcgFirstJudge: {
        target: TARGETS.ndcg,
        value: matchFirstJudgeNdcg(modes.full),
        met: matchFirstJudgeNdcg(modes.full) >= TARGETS.ndcg,
      },
      inflectedHitRate: {
        target: TARGETS.inflectedHitRate,
        value: full.inflections.hitRate,
        met: full.inflections.hitRate >= TARGETS.inflectedHitRate,
      },
    },
  };
}

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const num = (x: number) => x.toFixed(3).padStart(7);

export function printReport(
  summary: ReturnType<typeof summarize>,
  modes: Record<'full' | 'plain', ModeResults>,
) {
  const { full, plain, corpus } = summary;
  console.log(
    `tarjotin search quality: ${corpus.services} services (${corpus.concepts} concepts), analyser backend ${corpus.backend}, ${corpus.seconds} s\n`,
  );
  console.log(`${pad('', 34)}${pad('full analysis', 20)}plain (mode: 'plain')`);
  console.log(`${pad('', 34)}${pad(' nDCG@10 recall@10', 20)} nDCG@10 recall@10`);
  const row = (label: string, f: { ndcg: number; recall: number }, p: typeof f) =>
    console.log(
      `${pad(label, 34)}${num(f.ndcg)} ${num(f.recall)}     ${num(p.ndcg)} ${num(p.recall)}`,
    );
  for (const kind of ['search', 'match'] as const) {
    row(
      `${kind} (${full[kind].n} ${kind === 'search' ? 'queries' : 'situations'})`,
      full[kind],
      plain[kind],
    );
    for (const [part, f] of Object.entries(full.split[kind]))
      row(`  ${part} (${f.n})`, f, plain.split[kind][part]!);
  }
  row(
    `  on another language's page (${full.matchOtherPage.n})`,
    full.matchOtherPage,
    plain.matchOtherPage,
  );
  console.log(`${pad('match by the first judge alone', 34)}(before pooled judgments were added)`);
  for (const [part, f] of Object.entries(full.matchFirstJudge))
    row(`  ${part} (${f.n})`, f, plain.matchFirstJudge[part]!);
  const a = { full: full.agreement, plain: plain.agreement };
  console.log(`match where a second judge listed the situation (${a.full.n}), nDCG@10`);
  for (const [label, key] of [
    ["  second judge's list, by first", 'secondByFirst'],
    ['  our ranking, by first judge', 'oursByFirst'],
    ['  our ranking, by second judge', 'oursBySecond'],
  ] as const)
    console.log(`${pad(label, 34)}${num(a.full[key])}${' '.repeat(13)}${num(a.plain[key])}`);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`.padStart(7);
  console.log(
    `${pad(`inflected forms in top 10 (${full.inflections.n})`, 34)}${pct(full.inflections.hitRate)}${' '.repeat(13)}${pct(plain.inflections.hitRate)}`,
  );
  console.log('service types read from example situations, full / plain');
  for (const part of ['analysed', 'heldOut'] as const) {
    const [f, p] = [full.types[part], plain.types[part]];
    console.log(
      `  ${pad(`${part === 'heldOut' ? 'held out' : 'analysed'} (${f.n})`, 32)}most needed found ${pct(f.first)} /${pct(p.first)}, first found helps ${pct(f.top)} /${pct(p.top)}`,
    );
  }
  console.log('\nsearch by language / kind        nDCG@10 full   plain   recall@10 full   plain');
  for (const [name, f] of [
    ...Object.entries(full.searchByLanguage),
    ...Object.entries(full.searchByKind),
  ]) {
    const p =
      (plain.searchByLanguage as Record<string, typeof f>)[name] ??
      (plain.searchByKind as Record<string, typeof f>)[name]!;
    console.log(
      `  ${pad(`${name} (${f.n})`, 30)}${num(f.ndcg)} ${num(p.ndcg)}        ${num(f.recall)} ${num(p.recall)}`,
    );
  }
  console.log('\ntargets (full analysis)');
  for (const [name, t] of Object.entries(summary.targets)) {
    console.log(
      `  ${pad(name, 20)} ${t.value.toFixed(3)} vs ${t.target}  ${t.met ? 'met' : 'NOT met'}`,
    );
  }
  const worst = (results: CaseResult[]) => [...results].sort((a, b) => a.ndcg - b.ndcg).slice(0, 8);
  for (const [label, results] of [
    ['search', modes.full.search],
    ['match', modes.full.match],
  ] as const) {
    console.log(`\nworst ${label} cases (full analysis): nDCG@10, then the top 5 as concept:grade`);
    for (const r of worst(results)) {
      console.log(
        `  ${r.ndcg.toFixed(2)}  ${pad(`${r.lang} "${r.text}"`, 52)} ${r.top
          .slice(0, 5)
          .map((t) => `${t.concept}:${t.grade}`)
          .join(' ')}`,
      );
    }
  }
  const missed = modes.full.inflections.filter((i) => !i.hit);
  console.log(
    `\ninflected forms missed (full analysis, ${missed.length}): ${missed.map((i) => `${i.form} -> ${i.concept}`).join('; ') || 'none'}`,
  );
}
