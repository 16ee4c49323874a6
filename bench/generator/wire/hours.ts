/**
 * Service hours (V11VmOpenApiServiceHour, section 3.6): weekly hours with one entry per day and
 * `dayTo: ""`, split hours as repeated days, over-midnight spans, holiday exceptions at their
 * next occurrence, and the around-the-clock and by-appointment flags with an empty openingHour.
 */
import type { Random } from '../random.ts';
import { weekdayName, type Slot } from '../text/fill.ts';
import { ptvLocalDate, type Holiday } from './dates.ts';
import { languageItems, type LanguageItem } from './items.ts';

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

type Opening = { dayFrom: string; dayTo: string; from: string; to: string };

function hour(
  serviceHourType: string,
  openingHour: Opening[],
  opts: {
    validFrom?: string | null;
    validTo?: string | null;
    isClosed?: boolean;
    isAlwaysOpen?: boolean;
    isReservation?: boolean;
    info?: LanguageItem[];
  } = {},
) {
  const validTo = opts.validTo ?? null;
  // PTV nulls validFrom and sets validForNow when a weekly hour has no end date.
  const openEnded = serviceHourType !== 'Exceptional' && validTo === null;
  return {
    serviceHourType,
    validFrom: openEnded ? null : (opts.validFrom ?? null),
    validTo,
    isClosed: opts.isClosed ?? false,
    validForNow: openEnded,
    isAlwaysOpen: opts.isAlwaysOpen ?? false,
    isReservation: opts.isReservation ?? false,
    additionalInformation: opts.info ?? [],
    openingHour,
  };
}

export type ServiceHour = ReturnType<typeof hour>;

const day = (d: number, from: number, to: number): Opening => ({
  dayFrom: weekdayName(d),
  dayTo: '',
  from: time(from),
  to: time(to),
});

/** Weekday office hours, sometimes with a lunch break (split hours) and a shorter Friday. */
export function officeHours(random: Random, info?: LanguageItem[]) {
  const open = random.pick([8 * 60, 8 * 60 + 30, 9 * 60]);
  const close = random.pick([15 * 60, 15 * 60 + 30, 16 * 60]);
  const split = random.chance(0.2);
  const days = random.chance(0.15) ? [0, 1, 2, 3] : [0, 1, 2, 3, 4];
  const openings = days.flatMap((d) => {
    const end = d === 4 && random.chance(0.5) ? close - 60 : close;
    return split ? [day(d, open, 11 * 60 + 30), day(d, 12 * 60 + 30, end)] : [day(d, open, end)];
  });
  return hour('DaysOfTheWeek', openings, { info: info ?? [] });
}

/** The weekly slot a group meets in. */
export function slotHours(slot: Slot, info?: LanguageItem[]) {
  return hour('DaysOfTheWeek', [day(slot.day, slot.from, slot.to)], { info: info ?? [] });
}

/** Evening opening for youth or meeting places, with a late Friday running past midnight. */
export function eveningHours(random: Random) {
  const openings = [1, 2, 3].map((d) => day(d, 15 * 60, 21 * 60));
  const weekly = hour('DaysOfTheWeek', openings, {
    info: languageItems({ fi: 'Avoinna kouluviikkoina', sv: 'Öppet under skolveckorna' }),
  });
  if (!random.chance(0.5)) return [weekly];
  const late = hour(
    'OverMidnight',
    [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '18:00:00', to: '01:00:00' }],
    {
      info: languageItems({ fi: 'Perjantain myöhäisilta', sv: 'Sen fredagskväll' }),
    },
  );
  return [weekly, late];
}

export const alwaysOpen = (info?: LanguageItem[]) =>
  hour('DaysOfTheWeek', [], { isAlwaysOpen: true, info: info ?? [] });
export const byAppointment = (info?: LanguageItem[]) =>
  hour('DaysOfTheWeek', [], { isReservation: true, info: info ?? [] });

/** Summer hours: a weekly hour with a validity period. */
export function summerHours(reference: Date) {
  const year =
    reference.getUTCMonth() > 7 ? reference.getUTCFullYear() + 1 : reference.getUTCFullYear();
  const openings = [0, 1, 2, 3].map((d) => day(d, 9 * 60, 14 * 60));
  return hour('DaysOfTheWeek', openings, {
    validFrom: ptvLocalDate(new Date(Date.UTC(year, 5, 8))),
    validTo: ptvLocalDate(new Date(Date.UTC(year, 7, 9))),
    info: languageItems({
      fi: 'Kesäaukioloajat',
      sv: 'Sommaröppettider',
      en: 'Summer opening hours',
    }),
  });
}

/** A holiday closure at the holiday's next occurrence, titled with its name. */
export function holidayClosed(h: Holiday, languages: readonly string[]) {
  const names: Partial<Record<string, string>> = {};
  for (const lang of languages)
    if (lang in h.names) names[lang] = h.names[lang as 'fi' | 'sv' | 'en'];
  return hour('Exceptional', [], {
    validFrom: ptvLocalDate(h.date),
    isClosed: true,
    info: languageItems(names),
  });
}

/** An exceptional opening with shorter hours on one day (dayFrom/dayTo carry no meaning). */
export function exceptionalOpening(h: Holiday) {
  const weekday = (h.date.getUTCDay() + 6) % 7;
  return hour('Exceptional', [day(weekday, 9 * 60, 13 * 60)], {
    validFrom: ptvLocalDate(h.date),
    info: languageItems({
      fi: `${h.names.fi}: lyhennetty aukioloaika`,
      sv: `${h.names.sv}: förkortad öppettid`,
    }),
  });
}
