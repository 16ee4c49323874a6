import { describe, expect, it } from 'vitest';
import { buildLexicon, splitCompound } from '../../../search/analysis/compound-splitter.ts';
import { LruCache } from '../../../search/analysis/lru-cache.ts';

describe('LruCache', () => {
  it('computes once per key while the key stays cached', () => {
    const cache = new LruCache<string, number>(2);
    let calls = 0;
    const compute = (key: string): number => (calls++, key.length);
    expect(cache.getOrCompute('tuki', compute)).toBe(4);
    expect(cache.getOrCompute('tuki', compute)).toBe(4);
    expect(calls).toBe(1);
  });

  it('evicts the least recently used entry when full', () => {
    const cache = new LruCache<string, string>(2);
    const seen: string[] = [];
    const compute = (key: string): string => (seen.push(key), key);
    cache.getOrCompute('a', compute);
    cache.getOrCompute('b', compute);
    cache.getOrCompute('a', compute); // a is now the most recent
    cache.getOrCompute('c', compute); // evicts b
    cache.getOrCompute('a', compute);
    cache.getOrCompute('b', compute);
    expect(seen).toEqual(['a', 'b', 'c', 'b']);
    expect(cache.size).toBe(2);
  });

  it('rejects a capacity below one', () => {
    expect(() => new LruCache(0)).toThrow(RangeError);
  });
});

describe('splitCompound', () => {
  const lexicon = buildLexicon('talo koti:kodin hoito apu', {
    stems: (word) => [word.replace(/(ssa|n|a)$/, '')],
    minPart: 3,
    linkers: ['s'],
    moreForms: () => [],
  });

  it('splits into the most lexicon parts, the last one inflected', () => {
    expect(splitCompound('kotihoitoa', lexicon)).toEqual({
      surfaces: ['koti', 'hoitoa'],
      bases: ['koti', 'hoitoa'],
    });
  });

  it('maps an extra first-part form to its base', () => {
    expect(splitCompound('kodinapu', lexicon)?.bases).toEqual(['koti', 'apu']);
  });

  it('accepts a linking letter after a part', () => {
    expect(splitCompound('talosapu', lexicon)?.surfaces).toEqual(['talos', 'apu']);
  });

  it('does not split a word with a non-lexicon part', () => {
    expect(splitCompound('kotimaa', lexicon)).toBeNull();
  });
});
