/**
 * Geometry of a horizontal bar chart drawn server-side as SVG. Hidden small counts (`<5`) get no
 * bar, only their label, so a chart never suggests a number the figures do not publish.
 */

export type Cell = number | '<5';

export interface Bar {
  label: string;
  value: Cell;
  /** Top of the bar's row and the bar's length, in SVG units. */
  y: number;
  width: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  labelWidth: number;
  rowHeight: number;
  bars: Bar[];
}

/** Lays out one bar per row; the longest bar fills the plot area. */
export function layoutBars(
  rows: { label: string; value: Cell }[],
  options: { width?: number; labelWidth?: number; rowHeight?: number } = {},
): ChartLayout {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 220;
  const rowHeight = options.rowHeight ?? 28;
  const plot = width - labelWidth - 56;
  const max = Math.max(1, ...rows.map((r) => (typeof r.value === 'number' ? r.value : 0)));
  return {
    width,
    height: Math.max(rowHeight, rows.length * rowHeight) + 8,
    labelWidth,
    rowHeight,
    bars: rows.map((r, i) => ({
      label: r.label,
      value: r.value,
      y: 4 + i * rowHeight,
      width: typeof r.value === 'number' ? Math.round((r.value / max) * plot) : 0,
    })),
  };
}

/** Shortens a label to fit beside the bars; the full text is in the table. */
export function clip(label: string, max = 30): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
