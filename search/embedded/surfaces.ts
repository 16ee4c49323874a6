/**
 * The words of one language as written in the documents (normalised surfaces), each linked to the
 * index terms of that word. Queries complete a word being typed here (prefix) and correct a typo
 * here (edit distance), since a user's prefix or typo is a prefix or misspelling of a written
 * word, not of a stem.
 */
export interface SurfaceDictionary {
  /** Surfaces in code-unit order. */
  words: string[];
  /** Term ids of `words[i]`: `terms[termOffsets[i] .. termOffsets[i + 1]]`. */
  termOffsets: Uint32Array;
  terms: Uint32Array;
  /** Documents with the word's most common term: the pick order for completions. */
  weights: Uint32Array;
  trie: Trie;
}

/** A trie over `words` as arrays: children of a node are consecutive siblings, in order. */
interface Trie {
  char: Uint16Array;
  firstChild: Int32Array;
  nextSibling: Int32Array;
  /** Index into `words` of the word ending here, or -1. */
  word: Int32Array;
}

/** A dictionary word found for a query word, with its edit distance (0 for a completion). */
export interface SurfaceMatch {
  index: number;
  distance: number;
}

function buildTrie(words: string[]): Trie {
  const total = words.reduce((n, w) => n + w.length, 1);
  const char = new Uint16Array(total);
  const firstChild = new Int32Array(total).fill(-1);
  const nextSibling = new Int32Array(total).fill(-1);
  const lastChild = new Int32Array(total).fill(-1);
  const word = new Int32Array(total).fill(-1);
  const path = [0];
  let nodes = 1;
  let previous = '';
  words.forEach((w, index) => {
    let common = 0;
    while (
      common < w.length &&
      common < previous.length &&
      w.charCodeAt(common) === previous.charCodeAt(common)
    )
      common++;
    let node = path[common]!;
    for (let k = common; k < w.length; k++) {
      const child = nodes++;
      char[child] = w.charCodeAt(k);
      if (lastChild[node] === -1) firstChild[node] = child;
      else nextSibling[lastChild[node]!] = child;
      lastChild[node] = child;
      path[k + 1] = node = child;
    }
    word[node] = index;
    previous = w;
  });
  return {
    char: char.slice(0, nodes),
    firstChild: firstChild.slice(0, nodes),
    nextSibling: nextSibling.slice(0, nodes),
    word: word.slice(0, nodes),
  };
}

/** Sorts surfaces and links each to its terms; `termsOf[i]` are the term ids of `surfaces[i]`. */
export function buildSurfaceDictionary(
  surfaces: string[],
  termsOf: number[][],
  df: Uint32Array,
): SurfaceDictionary {
  const order = surfaces.map((_, i) => i).sort((a, b) => (surfaces[a]! < surfaces[b]! ? -1 : 1));
  const words = order.map((i) => surfaces[i]!);
  const termOffsets = new Uint32Array(words.length + 1);
  order.forEach((i, k) => (termOffsets[k + 1] = termOffsets[k]! + termsOf[i]!.length));
  const terms = new Uint32Array(termOffsets[words.length]!);
  const weights = new Uint32Array(words.length);
  order.forEach((i, k) => {
    terms.set(termsOf[i]!, termOffsets[k]!);
    for (const t of termsOf[i]!) weights[k] = Math.max(weights[k]!, df[t]!);
  });
  return { words, termOffsets, terms, weights, trie: buildTrie(words) };
}

function lowerBound(words: string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Keeps the `limit` best matches: lower distance first, then more documents, then word order.
function keepBest(dict: SurfaceDictionary, matches: SurfaceMatch[], limit: number): SurfaceMatch[] {
  return matches
    .sort(
      (a, b) =>
        a.distance - b.distance ||
        dict.weights[b.index]! - dict.weights[a.index]! ||
        a.index - b.index,
    )
    .slice(0, limit);
}

/** Up to `limit` words that start with `prefix` (not the prefix itself), most documents first. */
export function completions(
  dict: SurfaceDictionary,
  prefix: string,
  limit: number,
  scanLimit = 20_000,
): SurfaceMatch[] {
  const matches: SurfaceMatch[] = [];
  for (
    let i = lowerBound(dict.words, prefix);
    i < dict.words.length && matches.length < scanLimit;
    i++
  ) {
    const word = dict.words[i]!;
    if (!word.startsWith(prefix)) break;
    if (word.length > prefix.length) matches.push({ index: i, distance: 0 });
  }
  return keepBest(dict, matches, limit);
}

/**
 * Up to `limit` words within Levenshtein distance `maxDistance` of `query` (excluding the query
 * itself) that start with the same letter, found by walking the trie with one row of the
 * edit-distance table per depth and pruning branches whose row is already past the limit. People
 * rarely get the first letter wrong, and keeping it cuts the walk to one branch of the root.
 */
export function similarWords(
  dict: SurfaceDictionary,
  query: string,
  maxDistance: number,
  limit: number,
): SurfaceMatch[] {
  const { char, firstChild, nextSibling, word } = dict.trie;
  const width = query.length + 1;
  const maxDepth = query.length + maxDistance;
  const rows = new Int32Array((maxDepth + 1) * width);
  for (let j = 0; j < width; j++) rows[j] = j;
  const matches: SurfaceMatch[] = [];
  const q = Array.from({ length: query.length }, (_, j) => query.charCodeAt(j));

  const visit = (node: number, depth: number): void => {
    const prev = (depth - 1) * width;
    const row = depth * width;
    const c = char[node]!;
    rows[row] = depth;
    let best = depth;
    for (let j = 1; j < width; j++) {
      const value = Math.min(
        rows[prev + j]! + 1,
        rows[row + j - 1]! + 1,
        rows[prev + j - 1]! + (q[j - 1] === c ? 0 : 1),
      );
      rows[row + j] = value;
      if (value < best) best = value;
    }
    const distance = rows[row + width - 1]!;
    if (word[node]! >= 0 && distance <= maxDistance && distance > 0)
      matches.push({ index: word[node]!, distance });
    if (best > maxDistance || depth === maxDepth) return;
    for (let child = firstChild[node]!; child !== -1; child = nextSibling[child]!)
      visit(child, depth + 1);
  };
  for (let child = firstChild[0]!; child !== -1; child = nextSibling[child]!)
    if (char[child] === q[0]) visit(child, 1);
  return keepBest(dict, matches, limit);
}

/** Term ids of a dictionary word. */
export function termsOfWord(dict: SurfaceDictionary, index: number): Uint32Array {
  return dict.terms.subarray(dict.termOffsets[index], dict.termOffsets[index + 1]);
}
