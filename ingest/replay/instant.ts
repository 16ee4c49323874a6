/**
 * Points in time at PTV's precision. `modified` strings carry no zone (they are UTC) and 0–7
 * fraction digits, so they are kept as whole seconds plus 100 ns ticks: a double of
 * milliseconds would lose the sub-millisecond part that decides `modified > date` when both
 * fall in the same second.
 */
export interface Instant {
  /** Whole seconds since the epoch, UTC. */
  sec: number;
  /** The fraction in 100 ns ticks, 0..9 999 999. */
  tick: number;
}

/** A `date`/`dateBefore` window in whole epoch seconds; both ends exclusive, either optional. */
export interface DateWindow {
  after?: number;
  before?: number;
}

const modifiedPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/;
const queryDatePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;

/** Epoch seconds for a calendar-valid UTC date-time, or `null` (2021-02-30 is not one). */
function utcSeconds(parts: string[]): number | null {
  const [y, mo, d, h, mi, s] = parts.map(Number);
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (new Date(ms).getUTCDate() !== d) return null;
  return ms / 1000;
}

function zoneOffsetSeconds(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2)) * 60);
}

/**
 * Reads a `modified` value leniently, as the wire-format doc asks: no zone means UTC, any
 * number of fraction digits (beyond 7 are cut), an explicit `Z` or offset is honoured.
 */
export function parseModified(text: unknown): Instant | null {
  if (typeof text !== 'string') return null;
  const m = modifiedPattern.exec(text.trim());
  if (!m) return null;
  const sec = utcSeconds(m.slice(1, 7));
  if (sec === null) return null;
  const tick = m[7] ? Number(m[7].slice(0, 7).padEnd(7, '0')) : 0;
  return { sec: sec - zoneOffsetSeconds(m[8]), tick };
}

/** Parses a query `date`/`dateBefore`: exactly `yyyy-MM-ddTHH:mm:ss`, UTC. */
export function parseQueryDate(text: string): number | null {
  const m = queryDatePattern.exec(text);
  return m ? utcSeconds(m.slice(1, 7)) : null;
}

export function compareInstants(a: Instant, b: Instant): number {
  return a.sec - b.sec || a.tick - b.tick;
}

/** Strict on both ends, as PTV filters: `modified > date` and `modified < dateBefore`. */
export function inWindow(sec: number, tick: number, window: DateWindow): boolean {
  if (window.after !== undefined && !(sec > window.after || (sec === window.after && tick > 0))) {
    return false;
  }
  return window.before === undefined || sec < window.before;
}

/** True when any instant of a flat `[sec, tick, sec, tick, ...]` list lies in the window. */
export function anyInWindow(flat: readonly number[], window: DateWindow): boolean {
  for (let i = 0; i < flat.length; i += 2) {
    if (inWindow(flat[i], flat[i + 1], window)) return true;
  }
  return false;
}
