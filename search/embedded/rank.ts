/**
 * The best `k` of `candidates` in order: higher `key` first, then lower `idRank` (id order), so
 * equal keys always come out the same way. A bounded heap keeps this O(n log k) for the common
 * case of a small page over many matches.
 */
export function topK(
  candidates: Uint32Array,
  key: Float64Array,
  idRank: Uint32Array,
  k: number,
): number[] {
  if (k <= 0) return [];
  // a ranks before b
  const before = (a: number, b: number): boolean =>
    key[a]! > key[b]! || (key[a] === key[b] && idRank[a]! < idRank[b]!);
  const heap: number[] = [];
  // Min-heap on rank order: the root is the worst kept candidate.
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[parent]!, heap[i]!)) break;
      [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < heap.length && before(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && before(heap[worst]!, heap[r]!)) worst = r;
      if (worst === i) return;
      [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
      i = worst;
    }
  };
  for (let i = 0; i < candidates.length; i++) {
    const d = candidates[i]!;
    if (heap.length < k) {
      heap.push(d);
      siftUp(heap.length - 1);
    } else if (before(d, heap[0]!)) {
      heap[0] = d;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}
