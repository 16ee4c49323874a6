import type { Opening, ServiceHours } from '../schema/catalogue/hours.ts';

/** A wall-clock moment in Europe/Helsinki, the time zone every PTV service hour is written in. */
export interface LocalMoment {
  /** `YYYY-MM-DD` local date. */
  readonly date: string;
  /** 0 = Monday ... 6 = Sunday. */
  readonly weekday: number;
  /** Minutes since local midnight. */
  readonly minutes: number;
}

const DAY = 24 * 60;
const WEEK = 7 * DAY;
const WEEKDAYS: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };
const helsinki = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

// Helsinki's offsets are whole hours, so every instant of a UTC minute is the same local minute:
// the last one is kept, as every search and count of that minute asks for it again.
let last: { minute: number; moment: LocalMoment } | null = null;

/** The local date, weekday and time of an instant in Europe/Helsinki (DST handled by Intl). */
export function helsinkiMoment(at: Date): LocalMoment {
  const minute = Math.floor(at.getTime() / 60_000);
  if (last?.minute === minute) return last.moment;
  const p: Record<string, string> = {};
  for (const part of helsinki.formatToParts(at)) p[part.type] = part.value;
  const moment: LocalMoment = {
    date: `${p.year}-${p.month}-${p.day}`,
    weekday: WEEKDAYS[p.weekday!]!,
    minutes: Number(p.hour) * 60 + Number(p.minute),
  };
  last = { minute, moment };
  return moment;
}

const toMinutes = (hhmm: string): number =>
  Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The dates an entry applies to, `YYYY-MM-DD`, null for no bound. An exception without an end is
 * for its start date only (PTV's single exceptional day); one without a start applies nowhere.
 */
export function validityOf(h: ServiceHours): { from: string | null; to: string | null } | null {
  if (h.kind !== 'exception') return { from: h.validFrom, to: h.validTo };
  if (h.validFrom === null) return null;
  return { from: h.validFrom, to: h.validTo ?? h.validFrom };
}

function validOn(h: ServiceHours, date: string): boolean {
  const validity = validityOf(h);
  return (
    validity !== null &&
    (validity.from === null || validity.from <= date) &&
    (validity.to === null || date <= validity.to)
  );
}

/** Says something about opening: has hours, or is explicitly closed or always open. */
const informative = (h: ServiceHours): boolean =>
  h.isClosed || h.isAlwaysOpen || h.openings.length > 0;

// Within one day; "00:00" as an end is midnight at the end of the day, and an end before the start
// runs to midnight (the rest of such an exception day is not followed into the next day).
function openWithinDay(opening: Opening, minutes: number): boolean {
  const from = toMinutes(opening.from);
  let to = toMinutes(opening.to);
  if (to <= from) to = DAY;
  return from <= minutes && minutes < to;
}

/**
 * A weekly opening as a span of minutes from Monday 00:00, so overnight hours (Fri 22:00 - Sat
 * 02:00, or Fri 16:00 - Mon 08:00 with toDay) are open on the day they end too. The end may pass
 * the end of the week; {@link inWeeklySpan} wraps.
 */
export function weeklySpan(opening: Opening): [start: number, end: number] {
  const start = opening.day * DAY + toMinutes(opening.from);
  const endDay = opening.toDay ?? opening.day;
  let end = endDay * DAY + toMinutes(opening.to);
  if (end <= start) end += opening.toDay === null || opening.toDay === opening.day ? DAY : WEEK;
  return [start, end];
}

/** Minutes from Monday 00:00 of a local moment. */
export const minuteOfWeek = (at: LocalMoment): number => at.weekday * DAY + at.minutes;

/** Whether a minute of the week falls in a span from {@link weeklySpan}. */
export function inWeeklySpan(start: number, end: number, minute: number): boolean {
  return (start <= minute && minute < end) || (start <= minute + WEEK && minute + WEEK < end);
}

function openInWeek(opening: Opening, at: LocalMoment): boolean {
  const [start, end] = weeklySpan(opening);
  return inWeeklySpan(start, end, minuteOfWeek(at));
}

/**
 * Whether a schedule (the hours of one channel) is open at a local moment. Exceptions valid on the
 * date replace the weekly hours for the whole day, and a closed exception wins over an open one.
 * Among weekly hours, those with a validity period (summer hours) replace open-ended ones.
 * Returns null when nothing is known for that date.
 */
export function isOpenAtMoment(hours: readonly ServiceHours[], at: LocalMoment): boolean | null {
  const exceptions = hours.filter(
    (h) => h.kind === 'exception' && informative(h) && validOn(h, at.date),
  );
  if (exceptions.length > 0) {
    if (exceptions.some((h) => h.isClosed)) return false;
    if (exceptions.some((h) => h.isAlwaysOpen)) return true;
    return exceptions.some((h) => h.openings.some((o) => openWithinDay(o, at.minutes)));
  }
  const regular = hours.filter(
    (h) =>
      (h.kind === 'weekly' || h.kind === 'overMidnight') && informative(h) && validOn(h, at.date),
  );
  const periods = regular.filter((h) => h.validFrom !== null || h.validTo !== null);
  const current = periods.length > 0 ? periods : regular;
  if (current.length === 0) return null;
  if (current.some((h) => h.isClosed)) return false;
  if (current.some((h) => h.isAlwaysOpen)) return true;
  return current.some((h) => h.openings.some((o) => openInWeek(o, at)));
}

/** {@link isOpenAtMoment} at an instant, in Europe/Helsinki time. */
export function isOpenAt(hours: readonly ServiceHours[], at: Date): boolean | null {
  return isOpenAtMoment(hours, helsinkiMoment(at));
}

/**
 * A service is open when any of its channels is: each schedule is judged on its own, so one
 * location's holiday closure does not close the phone line. Null when no schedule knows.
 */
export function isAnyOpenAtMoment(
  schedules: readonly (readonly ServiceHours[])[],
  at: LocalMoment,
): boolean | null {
  let known = false;
  for (const hours of schedules) {
    const open = isOpenAtMoment(hours, at);
    if (open) return true;
    if (open === false) known = true;
  }
  return known ? false : null;
}
