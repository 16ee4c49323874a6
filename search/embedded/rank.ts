/**
 * The best `k` documents offered, in order: higher key first, then lower `idRank` (id order), so
 * equal keys always come out the same way. A bounded min-heap whose keys sit beside it: most
 * offers lose to the worst kept document at one comparison and never touch the heap.
 */
export class TopK {
  readonly #k: number;
  readonly #idRank: Uint32Array;
  readonly #docs: Uint32Array;
  readonly #keys: Float64Array;
  #size = 0;

  constructor(k: number, idRank: Uint32Array) {
    this.#k = Math.max(0, k);
    this.#idRank = idRank;
    this.#docs = new Uint32Array(this.#k);
    this.#keys = new Float64Array(this.#k);
  }

  // Entry i ranks before entry j.
  #before(i: number, j: number): boolean {
    const a = this.#keys[i]!;
    const b = this.#keys[j]!;
    return a > b || (a === b && this.#idRank[this.#docs[i]!]! < this.#idRank[this.#docs[j]!]!);
  }

  #swap(i: number, j: number): void {
    const docs = this.#docs;
    const keys = this.#keys;
    const d = docs[i]!;
    const k = keys[i]!;
    docs[i] = docs[j]!;
    keys[i] = keys[j]!;
    docs[j] = d;
    keys[j] = k;
  }

  offer(d: number, key: number): void {
    if (this.#size < this.#k) {
      let i = this.#size++;
      this.#docs[i] = d;
      this.#keys[i] = key;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.#before(parent, i)) break;
        this.#swap(parent, i);
        i = parent;
      }
      return;
    }
    if (this.#k === 0) return;
    const worst = this.#keys[0]!;
    if (key < worst || (key === worst && this.#idRank[d]! > this.#idRank[this.#docs[0]!]!)) return;
    this.#docs[0] = d;
    this.#keys[0] = key;
    this.#siftDown(0);
  }

  /**
   * The kept documents, best first: the heap's worst is taken off one at a time and written from
   * the back, which sorts in place without a comparator closure. The heap is empty afterwards.
   */
  sorted(): number[] {
    const out = new Array<number>(this.#size);
    while (this.#size > 0) {
      out[this.#size - 1] = this.#docs[0]!;
      const last = --this.#size;
      this.#docs[0] = this.#docs[last]!;
      this.#keys[0] = this.#keys[last]!;
      this.#siftDown(0);
    }
    return out;
  }

  // Moves entry i down until no child ranks after it (the worst stays on top).
  #siftDown(i: number): void {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let next = i;
      if (l < this.#size && this.#before(next, l)) next = l;
      if (r < this.#size && this.#before(next, r)) next = r;
      if (next === i) return;
      this.#swap(next, i);
      i = next;
    }
  }
}

/** The best `k` of `candidates` by `key[d]`, as {@link TopK} orders them. */
export function topK(
  candidates: Uint32Array,
  key: Float64Array,
  idRank: Uint32Array,
  k: number,
): number[] {
  const top = new TopK(k, idRank);
  for (let i = 0; i < candidates.length; i++) top.offer(candidates[i]!, key[candidates[i]!]!);
  return top.sorted();
}
