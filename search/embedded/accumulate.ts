import { hasBit, type Bitset } from './bitset.ts';
import type { Candidate, PlannedWord } from './plan.ts';
import type { Scratch } from './scratch.ts';
import type { TextIndex } from './snapshot.ts';

const idf = (text: TextIndex, term: number): number => {
  const df = text.offsets[term + 1]! - text.offsets[term]!;
  return Math.log(1 + (text.docCount - df + 0.5) / (df + 0.5));
};

// A word with one candidate term needs no per-word best: its postings add straight to the scores.
function addSingle(
  scratch: Scratch,
  candidate: Candidate,
  bit: number,
  bits: Bitset | null,
  query: number,
  touchedCount: number,
): number {
  const { seen, score, coverage, touched } = scratch;
  const { text, term, weight } = candidate;
  const w = weight * idf(text, term);
  const { docs, impacts } = text;
  const end = text.offsets[term + 1]!;
  for (let p = text.offsets[term]!; p < end; p++) {
    const d = docs[p]!;
    if (bits !== null && !hasBit(bits, d)) continue;
    if (seen[d] !== query) {
      seen[d] = query;
      score[d] = 0;
      coverage[d] = 0;
      touched[touchedCount++] = d;
    }
    score[d] += w * impacts[p]!;
    coverage[d] |= bit;
  }
  return touchedCount;
}

/**
 * Scores every document matching any query word (and passing `bits`): per word, the best of its
 * candidates (weight x idf x impact), so a word found as both itself and a compound part counts
 * once; words add up, and bit i of `coverage` records that word i matched. Returns how many
 * documents it wrote to `scratch.touched`.
 */
export function accumulate(
  scratch: Scratch,
  words: readonly PlannedWord[],
  bits: Bitset | null,
): number {
  const { seen, score, coverage, wordSeen, wordBest, touched } = scratch;
  const query = scratch.next();
  let touchedCount = 0;
  words.forEach((word, i) => {
    const bit = 1 << i;
    if (word.candidates.length === 1) {
      touchedCount = addSingle(scratch, word.candidates[0]!, bit, bits, query, touchedCount);
      return;
    }
    // One pass per candidate straight into the scores: a document the word already scored only
    // gains the difference when this candidate scores it higher.
    const generation = scratch.next();
    for (const { text, term, weight } of word.candidates) {
      const w = weight * idf(text, term);
      const { docs, impacts } = text;
      const end = text.offsets[term + 1]!;
      for (let p = text.offsets[term]!; p < end; p++) {
        const d = docs[p]!;
        if (bits !== null && !hasBit(bits, d)) continue;
        const s = w * impacts[p]!;
        if (wordSeen[d] === generation) {
          if (s > wordBest[d]!) {
            score[d] += s - wordBest[d]!;
            wordBest[d] = s;
          }
          continue;
        }
        wordSeen[d] = generation;
        wordBest[d] = s;
        if (seen[d] !== query) {
          seen[d] = query;
          score[d] = 0;
          coverage[d] = 0;
          touched[touchedCount++] = d;
        }
        score[d] += s;
        coverage[d] |= bit;
      }
    }
  });
  return touchedCount;
}
