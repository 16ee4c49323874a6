/**
 * Small-count protection for month × category tables with row totals, column totals and a grand
 * total. Primary suppression: every count below the threshold (zero included) shows as `<5`.
 * Complementary suppression then hides further cells until no hidden cell can be worked out from
 * the published ones: in a two-way table with margins a hidden cell is recoverable exactly when it
 * lies on no cycle of hidden cells (Gusfield 1988), so we (1) never leave a row or column with a
 * single hidden cell and (2) close any remaining "bridge" with a rectangle of hidden cells,
 * preferring the smallest counts and avoiding totals.
 */

export type Cell = number | '<5';

export interface SuppressedTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

/** Which row totals (and the grand total) to hide; shared by every table with the same rows. */
export interface MarginPattern {
  rows: boolean[];
  total: boolean;
}

/** Hiding a total costs this much more than hiding a cell: totals are what readers use most. */
const TOTAL_PENALTY = 1e6;

/**
 * The suppression of a vector of row totals and its sum, decided once so that every table sharing
 * these totals hides the same ones (otherwise one table would reveal what another hides).
 */
export function suppressMargin(rowTotals: number[], threshold: number): MarginPattern {
  const total = rowTotals.reduce((a, b) => a + b, 0);
  const rows = rowTotals.map((n) => n < threshold);
  const hidden = rows.filter(Boolean).length + (total < threshold ? 1 : 0);
  if (hidden === 1 && total >= threshold) {
    let best = -1;
    rowTotals.forEach((n, i) => {
      if (!rows[i] && (best < 0 || n < rowTotals[best])) best = i;
    });
    if (best >= 0) rows[best] = true;
  }
  return { rows, total: total < threshold };
}

/**
 * Suppresses one table. `counts[i][j]` is month i, category j. With `margin`, the row totals and
 * grand total are hidden exactly as given and never chosen as complements.
 */
export function suppressTable(
  counts: number[][],
  threshold: number,
  margin?: MarginPattern,
): SuppressedTable {
  const R = counts.length;
  const C = counts[0]?.length ?? 0;
  // The extended grid: row R holds column totals, column C row totals, (R, C) the grand total.
  const value: number[][] = [...counts.map((row) => [...row, row.reduce((a, b) => a + b, 0)])];
  value.push(Array.from({ length: C + 1 }, (_, j) => value.reduce((sum, row) => sum + row[j], 0)));
  const hidden = value.map((row) => row.map((n) => n < threshold));
  const locked = value.map((row) => row.map((_, j) => margin !== undefined && j === C));
  if (margin) {
    margin.rows.forEach((h, i) => (hidden[i][C] = h || hidden[i][C]));
    hidden[R][C] = margin.total || hidden[R][C];
  }
  const cost = (i: number, j: number) => value[i][j] + (i === R || j === C ? TOTAL_PENALTY : 0);
  const canHide = (i: number, j: number) => hidden[i][j] || !locked[i][j];

  const lines = [
    ...Array.from({ length: R + 1 }, (_, i) =>
      Array.from({ length: C + 1 }, (_, j) => [i, j] as const),
    ),
    ...Array.from({ length: C + 1 }, (_, j) =>
      Array.from({ length: R + 1 }, (_, i) => [i, j] as const),
    ),
  ];

  /** A row or column with exactly one hidden cell gives it away by subtraction: hide another. */
  const fixLines = () => {
    for (const line of lines) {
      if (line.filter(([i, j]) => hidden[i][j]).length !== 1) continue;
      const options = line.filter(([i, j]) => !hidden[i][j] && canHide(i, j));
      if (options.length === 0) return hideAll();
      const [i, j] = options.reduce((a, b) => (cost(...b) < cost(...a) ? b : a));
      hidden[i][j] = true;
      return true;
    }
    return false;
  };

  /** A hidden cell on no cycle of hidden cells is still recoverable: close a rectangle through it. */
  const fixBridges = () => {
    const bridge = findBridge(hidden, R, C);
    if (!bridge) return false;
    const [r, c] = bridge;
    let best: { cells: [number, number][]; cost: number } | null = null;
    for (let r2 = 0; r2 <= R; r2++) {
      for (let c2 = 0; c2 <= C; c2++) {
        if (r2 === r || c2 === c) continue;
        const cells: [number, number][] = [
          [r, c2],
          [r2, c],
          [r2, c2],
        ];
        if (!cells.every(([i, j]) => canHide(i, j))) continue;
        const added = cells.filter(([i, j]) => !hidden[i][j]);
        const total = added.reduce((sum, [i, j]) => sum + cost(i, j), 0);
        if (!best || total < best.cost) best = { cells: added, cost: total };
      }
    }
    if (!best || best.cells.length === 0) return hideAll();
    for (const [i, j] of best.cells) hidden[i][j] = true;
    return true;
  };

  /** Last resort (never reached for tables of two or more rows and columns): publish nothing. */
  const hideAll = () => {
    hidden.forEach((row) => row.fill(true));
    return false;
  };

  while (fixLines() || fixBridges());

  const show = (i: number, j: number): Cell => (hidden[i][j] ? '<5' : value[i][j]);
  return {
    cells: counts.map((row, i) => row.map((_, j) => show(i, j))),
    rowTotals: counts.map((_, i) => show(i, C)),
    columnTotals: Array.from({ length: C }, (_, j) => show(R, j)),
    total: show(R, C),
  };
}

/**
 * A hidden cell that is a bridge in the bipartite graph rows × columns whose edges are the hidden
 * cells of the extended grid, or null. Tarjan's bridge search; the graphs are tiny.
 */
function findBridge(hidden: boolean[][], R: number, C: number): [number, number] | null {
  const vertices = R + 1 + C + 1;
  const edges: [number, number][] = [];
  const adjacent: { to: number; edge: number }[][] = Array.from({ length: vertices }, () => []);
  for (let i = 0; i <= R; i++) {
    for (let j = 0; j <= C; j++) {
      if (!hidden[i][j]) continue;
      const e = edges.push([i, j]) - 1;
      adjacent[i].push({ to: R + 1 + j, edge: e });
      adjacent[R + 1 + j].push({ to: i, edge: e });
    }
  }
  const order = new Array<number>(vertices).fill(-1);
  const low = new Array<number>(vertices).fill(0);
  let counter = 0;
  let found: number | null = null;
  const visit = (v: number, viaEdge: number) => {
    order[v] = low[v] = counter++;
    for (const { to, edge } of adjacent[v]) {
      if (edge === viaEdge) continue;
      if (order[to] < 0) {
        visit(to, edge);
        low[v] = Math.min(low[v], low[to]);
        if (low[to] > order[v] && found === null) found = edge;
      } else {
        low[v] = Math.min(low[v], order[to]);
      }
    }
  };
  for (let v = 0; v < vertices && found === null; v++) if (order[v] < 0) visit(v, -1);
  return found === null ? null : edges[found];
}
