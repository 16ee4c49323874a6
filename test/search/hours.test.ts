import { describe, expect, it } from 'vitest';
import type { Opening, ServiceHours } from '../../schema/catalogue/hours.ts';
import { helsinkiMoment, isAnyOpenAtMoment, isOpenAt } from '../../search/hours.ts';

const day = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 } as const;

function hours(overrides: Partial<ServiceHours> & { openings?: Opening[] } = {}): ServiceHours {
  return {
    kind: 'weekly',
    validFrom: null,
    validTo: null,
    isClosed: false,
    isAlwaysOpen: false,
    isReservation: false,
    title: {},
    openings: [],
    ...overrides,
  };
}
const open = (d: number, from: string, to: string, toDay: number | null = null): Opening => ({
  day: d,
  from,
  to,
  toDay,
});
const officeHours = hours({
  openings: [
    open(day.mon, '08:00', '11:00'),
    open(day.mon, '12:00', '16:00'),
    open(day.fri, '09:00', '15:00'),
  ],
});

// 2026-11-23 is a Monday; Helsinki is UTC+2 in winter and UTC+3 in summer.
describe('isOpenAt', () => {
  it('reads the local Helsinki weekday and time of an instant', () => {
    expect(helsinkiMoment(new Date('2026-11-23T06:30:00Z'))).toEqual({
      date: '2026-11-23',
      weekday: 0,
      minutes: 8 * 60 + 30,
    });
    expect(helsinkiMoment(new Date('2026-11-22T22:30:00Z'))).toEqual({
      date: '2026-11-23',
      weekday: 0,
      minutes: 30,
    });
  });

  it('is open inside weekly hours and closed in the lunch gap of split hours', () => {
    expect(isOpenAt([officeHours], new Date('2026-11-23T06:30:00Z'))).toBe(true); // 08:30
    expect(isOpenAt([officeHours], new Date('2026-11-23T09:30:00Z'))).toBe(false); // 11:30
    expect(isOpenAt([officeHours], new Date('2026-11-23T10:00:00Z'))).toBe(true); // 12:00
    expect(isOpenAt([officeHours], new Date('2026-11-23T14:00:00Z'))).toBe(false); // 16:00, closing time
    expect(isOpenAt([officeHours], new Date('2026-11-24T08:00:00Z'))).toBe(false); // Tuesday
  });

  it('returns null when no hours are known', () => {
    expect(isOpenAt([], new Date('2026-11-23T08:00:00Z'))).toBeNull();
    expect(isOpenAt([hours()], new Date('2026-11-23T08:00:00Z'))).toBeNull();
  });

  it('follows overnight hours into the next day, across the end of the week too', () => {
    const night = hours({
      kind: 'overMidnight',
      openings: [open(day.sun, '22:00', '06:00', day.mon)],
    });
    expect(isOpenAt([night], new Date('2026-11-22T21:00:00Z'))).toBe(true); // Sun 23:00
    expect(isOpenAt([night], new Date('2026-11-23T03:00:00Z'))).toBe(true); // Mon 05:00
    expect(isOpenAt([night], new Date('2026-11-23T04:30:00Z'))).toBe(false); // Mon 06:30
    const weekend = hours({
      kind: 'overMidnight',
      openings: [open(day.fri, '16:00', '08:00', day.mon)],
    });
    expect(isOpenAt([weekend], new Date('2026-11-22T10:00:00Z'))).toBe(true); // Sunday noon
    expect(isOpenAt([weekend], new Date('2026-11-23T07:00:00Z'))).toBe(false); // Mon 09:00
    const lateWeekly = hours({ openings: [open(day.sat, '20:00', '02:00')] });
    expect(isOpenAt([lateWeekly], new Date('2026-11-28T23:30:00Z'))).toBe(true); // Sun 01:30
  });

  it('treats 00:00 as the end of the day', () => {
    const evening = hours({ openings: [open(day.mon, '18:00', '00:00')] });
    expect(isOpenAt([evening], new Date('2026-11-23T21:30:00Z'))).toBe(true); // Mon 23:30
  });

  it('lets a closed exception day override the weekly hours', () => {
    const closed = hours({
      kind: 'exception',
      validFrom: '2026-11-23',
      validTo: '2026-11-23',
      isClosed: true,
    });
    expect(isOpenAt([officeHours, closed], new Date('2026-11-23T06:30:00Z'))).toBe(false);
    expect(isOpenAt([officeHours, closed], new Date('2026-11-27T08:00:00Z'))).toBe(true); // the Friday after
  });

  it('reads an exception without an end date as that one day', () => {
    const goodFriday = hours({
      kind: 'exception',
      validFrom: '2026-04-03',
      validTo: null,
      isClosed: true,
    });
    expect(isOpenAt([officeHours, goodFriday], new Date('2026-04-03T08:00:00Z'))).toBe(false);
    expect(isOpenAt([officeHours, goodFriday], new Date('2026-04-10T08:00:00Z'))).toBe(true);
  });

  it('uses an exception period with its own hours instead of the weekly hours', () => {
    const christmas = hours({
      kind: 'exception',
      validFrom: '2026-12-21',
      validTo: '2026-12-23',
      openings: [open(-1, '10:00', '12:00')],
    });
    expect(isOpenAt([officeHours, christmas], new Date('2026-12-21T07:00:00Z'))).toBe(false); // Mon 09:00
    expect(isOpenAt([officeHours, christmas], new Date('2026-12-22T08:30:00Z'))).toBe(true); // Tue 10:30
  });

  it('prefers a closed exception over an open one on the same day', () => {
    const open1 = hours({
      kind: 'exception',
      validFrom: '2026-11-23',
      validTo: '2026-11-23',
      openings: [open(-1, '00:00', '00:00')],
    });
    const closed = hours({
      kind: 'exception',
      validFrom: '2026-11-23',
      validTo: '2026-11-23',
      isClosed: true,
    });
    expect(isOpenAt([open1, closed], new Date('2026-11-23T10:00:00Z'))).toBe(false);
  });

  it('is open at any time when always open, unless an exception closes it', () => {
    const always = hours({ isAlwaysOpen: true });
    expect(isOpenAt([always], new Date('2026-11-29T01:00:00Z'))).toBe(true);
    const closed = hours({
      kind: 'exception',
      validFrom: '2026-11-29',
      validTo: '2026-11-29',
      isClosed: true,
    });
    expect(isOpenAt([always, closed], new Date('2026-11-29T01:00:00Z'))).toBe(false);
  });

  it('uses hours with a validity period over open-ended ones while the period lasts', () => {
    const summer = hours({
      validFrom: '2026-06-01',
      validTo: '2026-08-31',
      openings: [open(day.mon, '10:00', '12:00')],
    });
    expect(isOpenAt([officeHours, summer], new Date('2026-06-01T05:30:00Z'))).toBe(false); // Mon 08:30 EEST
    expect(isOpenAt([officeHours, summer], new Date('2026-06-01T07:30:00Z'))).toBe(true); // Mon 10:30 EEST
    expect(isOpenAt([officeHours, summer], new Date('2026-09-07T05:30:00Z'))).toBe(true); // after the period
  });

  it('knows nothing outside the validity of the only hours given', () => {
    const summer = hours({
      validFrom: '2026-06-01',
      validTo: '2026-08-31',
      openings: [open(day.mon, '10:00', '12:00')],
    });
    expect(isOpenAt([summer], new Date('2026-11-23T08:30:00Z'))).toBeNull();
  });

  it('uses summer time after the spring change (2026-03-29) and winter time after the autumn one', () => {
    const sundayEarly = hours({ openings: [open(day.sun, '04:00', '05:00')] });
    expect(isOpenAt([sundayEarly], new Date('2026-03-29T00:30:00Z'))).toBe(false); // 02:30 EET
    expect(isOpenAt([sundayEarly], new Date('2026-03-29T01:30:00Z'))).toBe(true); // 04:30 EEST
    const autumn = hours({ openings: [open(day.sun, '03:00', '03:59')] });
    expect(isOpenAt([autumn], new Date('2026-10-25T00:30:00Z'))).toBe(true); // 03:30 EEST
    expect(isOpenAt([autumn], new Date('2026-10-25T01:30:00Z'))).toBe(true); // 03:30 EET, the repeated hour
    expect(isOpenAt([autumn], new Date('2026-10-25T02:30:00Z'))).toBe(false); // 04:30 EET
  });

  it('opens a service when any one of its channels is open', () => {
    const location = [
      officeHours,
      hours({ kind: 'exception', validFrom: '2026-11-23', validTo: '2026-11-23', isClosed: true }),
    ];
    const phone = [hours({ isAlwaysOpen: true })];
    const at = helsinkiMoment(new Date('2026-11-23T08:00:00Z'));
    expect(isAnyOpenAtMoment([location, phone], at)).toBe(true);
    expect(isAnyOpenAtMoment([location], at)).toBe(false);
    expect(isAnyOpenAtMoment([[]], at)).toBeNull();
  });
});
