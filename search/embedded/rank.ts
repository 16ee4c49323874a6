/**
 * The best `k` of `candidates` in order: higher `key` first, then lower `idRank` (id order), so
 * equal keys always come out the same way. A bounded heap keeps this O(n log k) for the common
 * case of a small page over many matches; most candidates lose to the worst kept one at a single
 * comparison and never touch the heap.
 */
export function topK(
  candidates: Uint32Array,
  key: Float64Array,
  idRank: Uint32Array,
  k: number,
): number[] {
  k = Math.min(k, candidates.length);
  if (k <= 0) return [];
  // a ranks before b
  const before = (a: number, b: number): boolean =>
    key[a]! > key[b]! || (key[a] === key[b] && idRank[a]! < idRank[b]!);
  // Min-heap on rank order: the root is the worst kept candidate.
  const heap = new Uint32Array(k);
  let size = 0;
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < size && before(heap[worst]!, heap[l]!)) worst = l;
      if (r < size && before(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      const t = heap[worst]!;
      heap[worst] = heap[i]!;
      heap[i] = t;
      i = worst;
    }
  };
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i]!;
    if (size < k) {
      let j = size++;
      heap[j] = d;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (!before(heap[parent]!, heap[j]!)) break;
        heap[j] = heap[parent]!;
        heap[parent] = d;
        j = parent;
      }
      continue;
    }
    const worstKey = key[heap[0]!]!;
    const candidateKey = key[d]!;
    if (candidateKey < worstKey) continue;
    if (candidateKey > worstKey || idRank[d]! < idRank[heap[0]!]!) {
      heap[0] = d;
      siftDown(0);
    }
  }
  return Array.from(heap).sort((a, b) => (before(a, b) ? -1 : 1));
}
