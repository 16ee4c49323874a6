/**
 * PTV date strings. Newtonsoft writes .NET DateTime values of kind Unspecified without a zone
 * and with the trailing zeros of the 7-digit fraction trimmed ("2020-03-04T14:07:04.840483").
 */
import type { Random } from '../random.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `yyyy-MM-ddTHH:mm:ss` of a UTC instant, plus `ticks` (0–9 999 999) as a trimmed fraction. */
export function ptvDateTime(epochMs: number, ticks = 0): string {
  const d = new Date(epochMs);
  const base =
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const fraction = pad(ticks, 7).replace(/0+$/, '');
  return fraction ? `${base}.${fraction}` : base;
}

/** A local date stored as midnight, as service-hour validities are. */
export function ptvLocalDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T00:00:00`;
}

/** A `modified` timestamp between `daysBack` days and one hour before `reference`. */
export function randomModified(random: Random, reference: Date, daysBack: number): string {
  const span = daysBack * 86_400_000 - 3_600_000;
  const epochMs = reference.getTime() - 3_600_000 - Math.floor(random.next() * span);
  // Most PTV timestamps carry a 6–7 digit fraction; a few carry none.
  const ticks = random.chance(0.04) ? 0 : random.int(1, 9_999_999);
  return ptvDateTime(epochMs - (epochMs % 1000), ticks);
}

const DAY = 86_400_000;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** Friday between 19 and 25 June. */
function midsummerEve(year: number): Date {
  const june19 = utc(year, 6, 19);
  return new Date(june19.getTime() + ((5 - june19.getUTCDay() + 7) % 7) * DAY);
}

export interface Holiday {
  date: Date;
  names: { fi: string; sv: string; en: string };
}

function holidaysOf(year: number): Holiday[] {
  const e = easter(year).getTime();
  const h = (date: Date, fi: string, sv: string, en: string): Holiday => ({
    date,
    names: { fi, sv, en },
  });
  return [
    h(utc(year, 1, 1), 'Uudenvuodenpäivä', 'Nyårsdagen', "New Year's Day"),
    h(utc(year, 1, 6), 'Loppiainen', 'Trettondagen', 'Epiphany'),
    h(new Date(e - 2 * DAY), 'Pitkäperjantai', 'Långfredagen', 'Good Friday'),
    h(new Date(e + DAY), 'Toinen pääsiäispäivä', 'Annandag påsk', 'Easter Monday'),
    h(utc(year, 5, 1), 'Vappu', 'Första maj', 'May Day'),
    h(new Date(e + 39 * DAY), 'Helatorstai', 'Kristi himmelsfärdsdag', 'Ascension Day'),
    h(midsummerEve(year), 'Juhannusaatto', 'Midsommarafton', "Midsummer's Eve"),
    h(utc(year, 12, 6), 'Itsenäisyyspäivä', 'Självständighetsdagen', 'Independence Day'),
    h(utc(year, 12, 24), 'Jouluaatto', 'Julafton', 'Christmas Eve'),
    h(utc(year, 12, 25), 'Joulupäivä', 'Juldagen', 'Christmas Day'),
    h(utc(year, 12, 26), 'Tapaninpäivä', 'Annandag jul', "St Stephen's Day"),
  ];
}

/** Finnish public holidays of the coming year, each at its next occurrence after `reference`. */
export function upcomingHolidays(reference: Date): Holiday[] {
  const year = reference.getUTCFullYear();
  return [...holidaysOf(year), ...holidaysOf(year + 1)]
    .filter((h) => h.date.getTime() > reference.getTime())
    .sort((a, b) => a.date.getTime() - b.date.getTime())
    .filter((h, i, all) => all.findIndex((x) => x.names.fi === h.names.fi) === i);
}
