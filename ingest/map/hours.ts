import { weekdays, type Opening, type ServiceHours } from '../../schema/catalogue/hours.ts';
import type { PtvServiceHour } from '../ptv/wire.ts';
import { fromLanguageItems } from './text.ts';

const kinds: Record<string, string> = {
  DaysOfTheWeek: 'weekly',
  OverMidnight: 'overMidnight',
  Exceptional: 'exception',
};

const dayIndex = (day: string | null | undefined): number =>
  weekdays.indexOf((day ?? '') as (typeof weekdays)[number]);

/** `HH:mm:ss` to `HH:MM`; null for anything that is not a time. */
function time(value: string | null | undefined): string | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(value ?? '');
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : null;
}

/** PTV's local midnight datetimes (`2020-12-24T00:00:00`) to `YYYY-MM-DD`. */
function localDate(value: string | null | undefined): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match ? match[1] : null;
}

/**
 * Normalises PTV service hours: weekly rows become one opening per day (several for split hours),
 * overnight rows keep the day they end on, exceptions apply to every day of their period.
 */
export function mapServiceHours(hours: readonly PtvServiceHour[]): ServiceHours[] {
  return hours.map((hour) => {
    const kind = kinds[hour.serviceHourType] ?? hour.serviceHourType;
    const openings: Opening[] = [];
    for (const opening of hour.openingHour) {
      const from = time(opening.from);
      const to = time(opening.to);
      if (!from || !to) continue;
      if (kind === 'exception') {
        openings.push({ day: -1, from, to, toDay: null });
        continue;
      }
      const day = dayIndex(opening.dayFrom);
      if (day < 0) continue;
      const toDay = kind === 'overMidnight' ? dayIndex(opening.dayTo) : -1;
      openings.push({ day, from, to, toDay: toDay >= 0 ? toDay : null });
    }
    return {
      kind,
      validFrom: hour.validForNow ? null : localDate(hour.validFrom),
      validTo: localDate(hour.validTo),
      isClosed: Boolean(hour.isClosed),
      isAlwaysOpen: Boolean(hour.isAlwaysOpen),
      isReservation: Boolean(hour.isReservation),
      title: fromLanguageItems(hour.additionalInformation),
      openings,
    };
  });
}
