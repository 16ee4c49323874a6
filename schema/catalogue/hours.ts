import { z } from 'zod';
import { localizedSchema } from '../localized.ts';

/** Monday = 0 ... Sunday = 6, the order PTV and Finnish calendars use. */
export const weekdays = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

export const openingSchema = z.object({
  /** 0-6 (Monday first); -1 for every day of an exception period. */
  day: z.number().int(),
  /** `HH:MM` local time. */
  from: z.string(),
  to: z.string(),
  /** Day the opening ends on, when it runs past midnight (OverMidnight hours). */
  toDay: z.number().int().nullable(),
});
export type Opening = z.infer<typeof openingSchema>;

/** PTV service hours normalised; all dates and times are local (Europe/Helsinki). */
export const serviceHoursSchema = z.object({
  /** `weekly` (DaysOfTheWeek), `overMidnight`, `exception` (Exceptional), or PTV's raw type. */
  kind: z.string(),
  /** `YYYY-MM-DD` or null (open-ended / valid for now). */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  isClosed: z.boolean(),
  isAlwaysOpen: z.boolean(),
  isReservation: z.boolean(),
  title: localizedSchema,
  openings: z.array(openingSchema),
});
export type ServiceHours = z.infer<typeof serviceHoursSchema>;
