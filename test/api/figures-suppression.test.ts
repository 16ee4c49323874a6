import { describe, expect, it } from 'vitest';
import { suppressMargin, suppressTable } from '../../api/queries/figures-suppression.ts';
import { recoverableCells } from './support/disclosure.ts';

/** A deterministic pseudo-random generator so failures reproduce. */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const shown = (t: ReturnType<typeof suppressTable>) =>
  [...t.cells.flat(), ...t.rowTotals, ...t.columnTotals, t.total].filter(
    (c): c is number => c !== '<5',
  );

describe('small-count suppression', () => {
  it('hides every count below 5, zero included, and nothing else in a table without small counts', () => {
    const t = suppressTable(
      [
        [10, 3],
        [7, 8],
      ],
      5,
    );
    expect(t.cells[0][1]).toBe('<5');
    expect(shown(t).every((n) => n >= 5)).toBe(true);
    const clean = suppressTable(
      [
        [10, 6],
        [7, 8],
      ],
      5,
    );
    expect(clean).toEqual({
      cells: [
        [10, 6],
        [7, 8],
      ],
      rowTotals: [16, 15],
      columnTotals: [17, 14],
      total: 31,
    });
  });

  it('hides a second cell in the row and column of a small one, so subtracting from totals gives nothing', () => {
    const t = suppressTable(
      [
        [20, 2, 9],
        [15, 11, 30],
        [12, 14, 16],
      ],
      5,
    );
    expect(t.rowTotals[0]).toBe(31);
    expect(t.cells[0].filter((c) => c === '<5').length).toBeGreaterThanOrEqual(2);
    expect(t.cells.map((r) => r[1]).filter((c) => c === '<5').length).toBeGreaterThanOrEqual(2);
    expect(recoverableCells(t)).toEqual([]);
  });

  it('leaves no hidden cell recoverable by any combination of sums in 300 random sparse tables', () => {
    const random = lcg(42);
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(random() * 12);
      const cols = 2 + Math.floor(random() * 8);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () =>
          random() < 0.4 ? Math.floor(random() * 5) : Math.floor(random() * 40),
        ),
      );
      const t = suppressTable(counts, 5);
      expect(shown(t).every((v) => v >= 5)).toBe(true);
      expect(recoverableCells(t), JSON.stringify(counts)).toEqual([]);
    }
  });

  it('hides the same row totals in every table that shares them and keeps each table safe', () => {
    const random = lcg(7);
    for (let n = 0; n < 100; n++) {
      const months = Array.from({ length: 6 }, () => 2 + Math.floor(random() * 20));
      const split = (total: number, parts: number) => {
        const out = new Array(parts).fill(0);
        for (let k = 0; k < total; k++) out[Math.floor(random() * parts)]++;
        return out;
      };
      const margin = suppressMargin(months, 5);
      const a = suppressTable(
        months.map((m) => split(m, 3)),
        5,
        margin,
      );
      const b = suppressTable(
        months.map((m) => split(m, 5)),
        5,
        margin,
      );
      expect(a.rowTotals).toEqual(b.rowTotals);
      expect(a.total).toEqual(b.total);
      expect(recoverableCells(a)).toEqual([]);
      expect(recoverableCells(b)).toEqual([]);
    }
  });

  it('hides a second row total when only one month is small, so the grand total does not give it away', () => {
    expect(suppressMargin([30, 3, 12, 8], 5)).toEqual({
      rows: [false, true, false, true],
      total: false,
    });
    expect(suppressMargin([30, 12], 5)).toEqual({ rows: [false, false], total: false });
  });
});
