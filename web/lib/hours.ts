/**
 * Opening hours for people: whether a place is open at an instant (Europe/Helsinki, the zone
 * PTV's times are in) and weekly rows with consecutive days of equal hours merged.
 */
import type { Opening, ServiceHours } from '../../schema/catalogue/hours.ts';

export type OpenState = 'open' | 'closed' | 'unknown';

/** The wall-clock date, weekday (Monday = 0) and minute of the day in Helsinki. */
export function helsinkiTime(at: Date): { date: string; day: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday);
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    day,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const minutes = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

const validOn = (h: ServiceHours, date: string) =>
  (!h.validFrom || h.validFrom <= date) && (!h.validTo || h.validTo >= date);

const WEEK = 7 * 1440;

/** Whether `minuteOfWeek` falls in the opening; an end at or before the start means next day. */
function covers(o: Opening, day: number, minute: number): boolean {
  const now = day * 1440 + minute;
  const start = (o.day < 0 ? day : o.day) * 1440 + minutes(o.from);
  let end = (o.toDay ?? (o.day < 0 ? day : o.day)) * 1440 + minutes(o.to);
  if (end <= start) end += o.toDay !== null && o.toDay !== o.day ? WEEK : 1440;
  return (now >= start && now < end) || (now + WEEK >= start && now + WEEK < end);
}

/**
 * Open, closed or unknown (no hours given) at `at`. Exception periods valid that day replace the
 * regular hours; reservation-only hours never count as open.
 */
export function openState(hours: readonly ServiceHours[], at: Date): OpenState {
  if (hours.length === 0) return 'unknown';
  const { date, day, minute } = helsinkiTime(at);
  const exceptions = hours.filter((h) => h.kind === 'exception' && validOn(h, date));
  const applicable = exceptions.length
    ? exceptions
    : hours.filter((h) => h.kind !== 'exception' && validOn(h, date));
  if (applicable.length === 0) return 'closed';
  const open = applicable.some(
    (h) =>
      !h.isClosed &&
      !h.isReservation &&
      (h.isAlwaysOpen || h.openings.some((o) => covers(o, day, minute))),
  );
  return open ? 'open' : 'closed';
}

export interface DayRow {
  /** First and last weekday (Monday = 0) of a run of days with the same hours. */
  from: number;
  to: number;
  /** `[from, to]` times as `HH:MM`. */
  ranges: [string, string][];
}

/** Weekly openings grouped by day, consecutive days with identical hours merged. */
export function weekRows(openings: readonly Opening[]): DayRow[] {
  const byDay = new Map<number, [string, string][]>();
  for (const o of [...openings].sort((a, b) => a.day - b.day || a.from.localeCompare(b.from))) {
    if (o.day < 0) continue;
    byDay.set(o.day, [...(byDay.get(o.day) ?? []), [o.from, o.to]]);
  }
  const rows: DayRow[] = [];
  for (const [day, ranges] of [...byDay].sort((a, b) => a[0] - b[0])) {
    const last = rows.at(-1);
    if (last && last.to === day - 1 && JSON.stringify(last.ranges) === JSON.stringify(ranges))
      last.to = day;
    else rows.push({ from: day, to: day, ranges });
  }
  return rows;
}

/** Regular hours in force on `at`'s date and exception periods that have not ended yet. */
export function currentHours(
  hours: readonly ServiceHours[],
  at: Date,
): { regular: ServiceHours[]; exceptions: ServiceHours[] } {
  const { date } = helsinkiTime(at);
  return {
    regular: hours.filter((h) => h.kind !== 'exception' && validOn(h, date)),
    exceptions: hours
      .filter((h) => h.kind === 'exception' && (!h.validTo || h.validTo >= date))
      .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? '')),
  };
}

/** `08:00` as people write it: `8.00` in Finnish and Swedish, `8:00` in English. */
export function formatTime(hhmm: string, lang: string): string {
  const [h, m] = hhmm.split(':');
  return `${Number(h)}${lang === 'en' ? ':' : '.'}${m}`;
}
