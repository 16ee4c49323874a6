/**
 * Fixed-size bitsets over document ordinals, one bit per document in 32-bit words, so filters
 * combine and count 32 documents per operation.
 */
export type Bitset = Uint32Array;

const bitsetWords = (size: number): number => (size + 31) >>> 5;

export function createBitset(size: number): Bitset {
  return new Uint32Array(bitsetWords(size));
}

export function setBit(bits: Bitset, i: number): void {
  bits[i >>> 5] |= 1 << (i & 31);
}

export function hasBit(bits: Bitset, i: number): boolean {
  return (bits[i >>> 5] & (1 << (i & 31))) !== 0;
}

/** Number of set bits of a 32-bit word (SWAR popcount). */
export function popcount(v: number): number {
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** `target &= other`, in place. */
export function andInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] &= other[i];
}

/** `target |= other`, in place. */
export function orInto(target: Bitset, other: Bitset): void {
  for (let i = 0; i < target.length; i++) target[i] |= other[i];
}
