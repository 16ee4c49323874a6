/**
 * Per-snapshot working memory of a search, reused across searches: a search runs synchronously to
 * its end, so one set is enough. Generation stamps replace clearing: an entry is valid only when
 * its stamp equals the current generation.
 */
export class Scratch {
  readonly seen: Int32Array;
  readonly score: Float32Array;
  readonly coverage: Uint32Array;
  readonly wordSeen: Int32Array;
  readonly wordBest: Float32Array;
  readonly touched: Uint32Array;
  readonly distance: Float64Array;
  readonly result: Uint32Array;
  #generation = 0;

  constructor(size: number) {
    this.seen = new Int32Array(size);
    this.score = new Float32Array(size);
    this.coverage = new Uint32Array(size);
    this.wordSeen = new Int32Array(size);
    this.wordBest = new Float32Array(size);
    this.touched = new Uint32Array(size);
    this.distance = new Float64Array(size);
    this.result = new Uint32Array(size);
  }

  /** A fresh generation number; wraps by clearing the stamps. */
  next(): number {
    if (this.#generation >= 0x7ffffff0) {
      this.#generation = 0;
      this.seen.fill(0);
      this.wordSeen.fill(0);
    }
    return ++this.#generation;
  }
}
