import type { HeldOutSet, MatchCase } from './types.ts';

/**
 * Makes one set's situations: ids `m<n>` counted on from `after` (each set continues the last),
 * Finnish unless a case says otherwise, marked with the set's held-out number.
 */
export function matchCaseMaker(after: number, heldOut?: HeldOutSet) {
  let n = after;
  return (c: Omit<MatchCase, 'id' | 'lang'> & { lang?: MatchCase['lang'] }): MatchCase => ({
    id: `m${String(++n).padStart(2, '0')}`,
    lang: 'fi',
    ...(heldOut === undefined ? {} : { heldOut }),
    ...c,
  });
}
