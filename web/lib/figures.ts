/** Labels for the figures API's tables: column values by dimension, and months. */
import { labelOf, type UiLanguage } from '../i18n/index.ts';
import type { FigureTable } from './api-types.ts';
import type { Cell } from './charts.ts';
import type { MunicipalityNames } from './municipalities.ts';
import { themeLabel } from './themes.ts';

/** The label of a column value: a route, unit type, status, sector, theme or municipality. */
export function columnLabel(
  dimension: string,
  column: string,
  lang: UiLanguage,
  municipality: MunicipalityNames,
): string {
  switch (dimension) {
    case 'theme':
      return themeLabel(column, lang);
    case 'municipality':
      return municipality(column);
    case 'sector':
      return labelOf(lang, 'kind', column);
    default:
      return labelOf(lang, dimension, column);
  }
}

/** `2026-03` as "maaliskuu 2026" / "mars 2026" / "March 2026". */
export function monthLabel(month: string, lang: UiLanguage): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}

/** A table's totals per column, as chart rows (columns nobody used left out). */
export function columnTotals(
  table: FigureTable,
  lang: UiLanguage,
  municipality: MunicipalityNames,
): { label: string; value: Cell }[] {
  return table.columns
    .map((column, i) => ({
      label: columnLabel(table.dimension, column, lang, municipality),
      value: table.totals.cells[i] as Cell,
    }))
    .filter((r) => r.value !== 0);
}

/** A table's totals per month, as chart rows. */
export function monthTotals(
  table: FigureTable,
  lang: UiLanguage,
): { label: string; value: Cell }[] {
  return table.rows.map((r) => ({ label: monthLabel(r.month, lang), value: r.total as Cell }));
}

/** The table for a dimension (and unit, when a dimension appears twice). */
export function findTable(
  tables: FigureTable[],
  dimension: string,
  unit?: string,
): FigureTable | undefined {
  return tables.find((t) => t.dimension === dimension && (!unit || t.unit === unit));
}
