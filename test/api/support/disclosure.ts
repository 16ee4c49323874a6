/**
 * Test helper: which hidden cells of a published month × category table an attacker could work out
 * exactly from the published cells and totals. A hidden cell is determined iff its unit vector is
 * in the row space of the table's additivity equations restricted to the hidden cells.
 */
import type { Cell } from '../../../api/queries/figures-suppression.ts';

export interface PublishedTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    let pivot = -1;
    for (let i = r; i < m.length; i++) if (Math.abs(m[i][c]) > 1e-9) pivot = pivot < 0 ? i : pivot;
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot], m[r]];
    for (let i = 0; i < m.length; i++) {
      if (i === r || Math.abs(m[i][c]) < 1e-9) continue;
      const f = m[i][c] / m[r][c];
      for (let k = c; k < cols; k++) m[i][k] -= f * m[r][k];
    }
    r++;
  }
  return r;
}

/** Hidden cells (as [row, column] of the extended grid, totals at index R / C) that leak. */
export function recoverableCells(table: PublishedTable): [number, number][] {
  const R = table.cells.length;
  const C = table.cells[0]?.length ?? 0;
  const grid: Cell[][] = [
    ...table.cells.map((row, i) => [...row, table.rowTotals[i]]),
    [...table.columnTotals, table.total],
  ];
  const unknown: [number, number][] = [];
  grid.forEach((row, i) => row.forEach((cell, j) => cell === '<5' && unknown.push([i, j])));
  if (unknown.length === 0) return [];
  const index = new Map(unknown.map(([i, j], k) => [`${i},${j}`, k]));
  const equations: number[][] = [];
  const equation = (cells: [number, number, number][]) => {
    const row = new Array(unknown.length).fill(0);
    for (const [i, j, sign] of cells) {
      const k = index.get(`${i},${j}`);
      if (k !== undefined) row[k] += sign;
    }
    if (row.some((v) => v !== 0)) equations.push(row);
  };
  for (let i = 0; i <= R; i++)
    equation([
      ...Array.from({ length: C }, (_, j) => [i, j, 1] as [number, number, number]),
      [i, C, -1],
    ]);
  for (let j = 0; j <= C; j++)
    equation([
      ...Array.from({ length: R }, (_, i) => [i, j, 1] as [number, number, number]),
      [R, j, -1],
    ]);
  const base = rank(equations);
  return unknown.filter((_, k) => {
    const unit = new Array(unknown.length).fill(0);
    unit[k] = 1;
    return rank([...equations, unit]) === base;
  });
}
