/**
 * Postings of one language in document order while an index is built: per posting the term, the
 * weighted score of the short fields, the (doubled) term frequencies in summary and body, and the
 * field mask. Plain typed arrays grown by doubling, written by index in the hot loop.
 */
export class PostingBuffer {
  term = new Uint32Array(1 << 16);
  short = new Float32Array(1 << 16);
  tfSummary = new Uint8Array(1 << 16);
  tfBody = new Uint8Array(1 << 16);
  mask = new Uint8Array(1 << 16);
  length = 0;

  /** Makes room for `extra` more postings. */
  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.term.length) return;
    const capacity = Math.max(needed, this.term.length * 2);
    const grow = <T extends Uint32Array | Float32Array | Uint8Array>(
      old: T,
      make: (n: number) => T,
    ): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.term = grow(this.term, (n) => new Uint32Array(n));
    this.short = grow(this.short, (n) => new Float32Array(n));
    this.tfSummary = grow(this.tfSummary, (n) => new Uint8Array(n));
    this.tfBody = grow(this.tfBody, (n) => new Uint8Array(n));
    this.mask = grow(this.mask, (n) => new Uint8Array(n));
  }
}
