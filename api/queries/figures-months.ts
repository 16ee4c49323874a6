/** Calendar months as figures count them: in Finnish time, whatever the server's zone. */

const monthFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
});

/** `YYYY-MM` of `date` in Europe/Helsinki. */
export function helsinkiMonth(date: Date): string {
  const parts = monthFormat.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** `YYYY-MM` shifted by `delta` months. */
export function addMonths(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last month that has ended (Helsinki time). */
export function lastCompleteMonth(now: Date): string {
  return addMonths(helsinkiMonth(now), -1);
}

/**
 * The complete months of `year`, January on; only ended months are ever published, so a figure
 * never changes because the current month goes on.
 */
export function completeMonthsOf(year: number, now: Date): string[] {
  const last = lastCompleteMonth(now);
  const months: string[] = [];
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
  }
  return months;
}
