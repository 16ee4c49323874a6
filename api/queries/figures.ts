import { sql, type SQL } from 'drizzle-orm';
import { unitTypes } from '../../schema/auth/constants.ts';
import { organizationKinds, varsinaisSuomiMunicipalities } from '../../schema/constants.ts';
import { transaction, type Db } from '../../schema/db.ts';
import { lineStatuses, referralRoutes } from '../../schema/referrals/constants.ts';
import { ApiError } from '../errors.ts';
import { writeAudit, type Actor } from './audit.ts';
import { completeMonthsOf, lastCompleteMonth } from './figures-months.ts';
import {
  suppressMargin,
  suppressTable,
  type Cell,
  type MarginPattern,
} from './figures-suppression.ts';

/** Counts below this are shown as `<5`. */
export const SUPPRESSION_THRESHOLD = 5;

/** What a table counts: service lines of referrals, theme mentions on them, or unmet needs. */
export type FigureUnit =
  'referral_lines' | 'theme_mentions' | 'unmet_needs' | 'unmet_theme_mentions';

export interface FigureTable {
  dimension: string;
  unit: FigureUnit;
  columns: string[];
  rows: { month: string; cells: Cell[]; total: Cell }[];
  totals: { cells: Cell[]; total: Cell };
}

/** Referral lines (detail rows and retained monthly counts alike) with their status as of `now`. */
const lineFacts = (now: string) => sql`
  select r.month as month, coalesce(rs.organization_id, '') as org, coalesce(rs.organization_kind, 'other') as kind,
    r.route as route, r.unit_type as unit_type, r.municipality_code as municipality, r.themes as themes,
    coalesce(rs.outcome, case when rs.arrived_at is not null then 'arrived'
      when r.expires_at <= ${now} then 'did_not_arrive' else 'waiting' end) as status, 1 as n
  from referral_services rs join referrals r on r.id = rs.referral_id
  union all
  select month, organization_id, organization_kind, route, unit_type, municipality_code, themes, status, lines
  from referral_aggregates`;

const needFacts = sql`select month, municipality_code as municipality, themes, 1 as n from unmet_needs`;

/** Column expressions by dimension; fixed strings only, never user input. */
const keys = {
  route: sql.raw('f.route'),
  unit_type: sql.raw('f.unit_type'),
  municipality: sql.raw('f.municipality'),
  status: sql.raw('f.status'),
  sector: sql.raw('f.kind'),
  theme: sql.raw('t.value'),
} as const;
type Dimension = keyof typeof keys;

interface Count {
  month: string;
  key: string;
  n: number;
}

function countBy(db: Db, facts: SQL, dimension: Dimension, filter: SQL, months: string[]): Count[] {
  const from = dimension === 'theme' ? sql`(${facts}) f, json_each(f.themes) t` : sql`(${facts}) f`;
  return db.all<Count>(sql`
    select f.month as month, ${keys[dimension]} as key, sum(f.n) as n from ${from}
    where f.month >= ${months[0]} and f.month <= ${months.at(-1)} and ${filter}
    group by f.month, ${keys[dimension]}`);
}

function matrix(counts: Count[], months: string[], domain: readonly string[]) {
  const columns = [...new Set([...domain, ...counts.map((c) => c.key)])];
  const grid = months.map(() => new Array<number>(columns.length).fill(0));
  for (const c of counts) grid[months.indexOf(c.month)][columns.indexOf(c.key)] += c.n;
  return { columns, grid };
}

function table(
  dimension: string,
  unit: FigureUnit,
  months: string[],
  columns: string[],
  grid: number[][],
  margin?: MarginPattern,
): FigureTable {
  const t = suppressTable(grid, SUPPRESSION_THRESHOLD, margin);
  return {
    dimension,
    unit,
    columns,
    rows: months.map((month, i) => ({ month, cells: t.cells[i], total: t.rowTotals[i] })),
    totals: { cells: t.columnTotals, total: t.total },
  };
}

/**
 * Tables that count each line once share their month totals: the pattern of hidden totals is
 * decided once for all of them (a total hidden in one table must not be shown by another).
 */
function lineTables(
  db: Db,
  filter: SQL,
  months: string[],
  now: Date,
  specs: { dimension: Dimension; domain: readonly string[] }[],
) {
  const facts = lineFacts(now.toISOString());
  const built = specs.map((s) => ({
    ...s,
    ...matrix(countBy(db, facts, s.dimension, filter, months), months, s.domain),
  }));
  const margin = suppressMargin(
    built[0]?.grid.map((row) => row.reduce((a, b) => a + b, 0)) ?? [],
    SUPPRESSION_THRESHOLD,
  );
  return built.map((b) => table(b.dimension, 'referral_lines', months, b.columns, b.grid, margin));
}

export function figureMonths(
  year: number | undefined,
  now: Date,
): { year: number; months: string[] } {
  const chosen = year ?? Number(lastCompleteMonth(now).slice(0, 4));
  const months = completeMonthsOf(chosen, now);
  if (months.length === 0) {
    throw new ApiError(
      'UNPROCESSABLE',
      `No month of ${chosen} has ended yet: figures cover ended months only. Ask for ${chosen - 1}.`,
    );
  }
  return { year: chosen, months };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * A rate as the range the published cells allow, each `<5` read as 0 to 4: anyone could work it
 * out from the table, so it discloses nothing more. Null when the whole is hidden.
 */
function rateRange(parts: Cell[], whole: Cell) {
  if (whole === '<5' || whole === 0) return null;
  const low = parts.reduce<number>((sum, p) => sum + (p === '<5' ? 0 : p), 0);
  const high = parts.reduce<number>(
    (sum, p) => sum + (p === '<5' ? SUPPRESSION_THRESHOLD - 1 : p),
    0,
  );
  return { low: round(low / whole), high: round(Math.min(high, whole) / whole) };
}

/** Arrival and helped rates per month and for the year, from the status table's published cells. */
function rates(status: FigureTable) {
  const at = (name: string) => status.columns.indexOf(name);
  const arrived = ['arrived', 'helped', 'not_suitable', 'no_capacity'].map(at);
  const row = (month: string, cells: Cell[], total: Cell) => ({
    month,
    arrivalRate: rateRange(
      arrived.map((i) => cells[i]),
      total,
    ),
    helpedRate: rateRange([cells[at('helped')]], total),
  });
  return [
    ...status.rows.map((r) => row(r.month, r.cells, r.total)),
    row('total', status.totals.cells, status.totals.total),
  ];
}

export interface FiguresOptions {
  year?: number;
  now: Date;
  themeIds: readonly string[];
  /** Audited as an export (CSV) rather than a read. */
  exporting?: boolean;
}

/** One organisation's referral figures; its provider users and admins only. */
export function organizationFigures(
  db: Db,
  actor: Actor,
  organizationId: string,
  options: FiguresOptions,
) {
  if (
    actor.role !== 'admin' &&
    !(actor.role === 'provider' && actor.organizationIds.includes(organizationId))
  ) {
    throw new ApiError('FORBIDDEN', 'You can see the figures of your own organisations only.');
  }
  const { year, months } = figureMonths(options.year, options.now);
  return transaction(db, () => {
    const filter = sql`f.org = ${organizationId}`;
    const tables = lineTables(db, filter, months, options.now, [
      { dimension: 'route', domain: referralRoutes },
      { dimension: 'unit_type', domain: unitTypes },
      { dimension: 'municipality', domain: varsinaisSuomiMunicipalities },
      { dimension: 'status', domain: lineStatuses },
    ]);
    const themes = matrix(
      countBy(db, lineFacts(options.now.toISOString()), 'theme', filter, months),
      months,
      options.themeIds,
    );
    tables.push(table('theme', 'theme_mentions', months, themes.columns, themes.grid));
    writeAudit(
      db,
      actor,
      options.exporting ? 'export' : 'read',
      'referral_figures',
      `${organizationId}/${year}`,
      options.now,
    );
    return {
      organizationId,
      year,
      months,
      threshold: SUPPRESSION_THRESHOLD,
      tables,
      rates: rates(tables[3]),
    };
  });
}

/** County-wide figures for admins: non-sote referrals by sector and theme, unmet needs by place and theme. */
export function countyFigures(db: Db, actor: Actor, options: FiguresOptions) {
  const { year, months } = figureMonths(options.year, options.now);
  return transaction(db, () => {
    const nonSote = sql`f.kind <> 'wellbeing_county'`;
    const sectors = organizationKinds.filter((k) => k !== 'wellbeing_county');
    const [sector] = lineTables(db, nonSote, months, options.now, [
      { dimension: 'sector', domain: sectors },
    ]);
    const facts = lineFacts(options.now.toISOString());
    const themes = matrix(countBy(db, facts, 'theme', nonSote, months), months, options.themeIds);
    const all = sql`1 = 1`;
    const places = matrix(
      countBy(db, needFacts, 'municipality', all, months),
      months,
      varsinaisSuomiMunicipalities,
    );
    const needThemes = matrix(
      countBy(db, needFacts, 'theme', all, months),
      months,
      options.themeIds,
    );
    const tables = [
      sector,
      table('theme', 'theme_mentions', months, themes.columns, themes.grid),
      table('municipality', 'unmet_needs', months, places.columns, places.grid),
      table('theme', 'unmet_theme_mentions', months, needThemes.columns, needThemes.grid),
    ];
    writeAudit(
      db,
      actor,
      options.exporting ? 'export' : 'read',
      'referral_figures',
      `all/${year}`,
      options.now,
    );
    return { year, months, threshold: SUPPRESSION_THRESHOLD, tables };
  });
}

const csvField = (value: string | number) =>
  /[",\n]/.test(String(value)) ? `"${String(value).replaceAll('"', '""')}"` : String(value);

/** Figures in long CSV form (`table,unit,month,column,value`), suppressed exactly as in JSON. */
export function figuresCsv(tables: FigureTable[]): string {
  const lines = [['table', 'unit', 'month', 'column', 'value']];
  for (const t of tables) {
    const emit = (month: string, cells: Cell[], total: Cell) => {
      t.columns.forEach((column, j) =>
        lines.push([t.dimension, t.unit, month, column, String(cells[j])]),
      );
      lines.push([t.dimension, t.unit, month, 'total', String(total)]);
    };
    for (const row of t.rows) emit(row.month, row.cells, row.total);
    emit('total', t.totals.cells, t.totals.total);
  }
  return lines.map((l) => l.map(csvField).join(',')).join('\n') + '\n';
}
