import { describe, expect, it } from 'vitest';
import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import {
  currentHours,
  formatTime,
  helsinkiTime,
  openState,
  weekRows,
} from '../../web/lib/hours.ts';

const hours = (overrides: Partial<ServiceHours> = {}): ServiceHours => ({
  kind: 'weekly',
  validFrom: null,
  validTo: null,
  isClosed: false,
  isAlwaysOpen: false,
  isReservation: false,
  title: {},
  openings: [],
  ...overrides,
});
const weekdays = (from: string, to: string) =>
  [0, 1, 2, 3, 4].map((day) => ({ day, from, to, toDay: null }));
// 2026-11-23 is a Monday; Helsinki is UTC+2 in November.
const at = (local: string) => new Date(`${local}+02:00`);

describe('opening hours', () => {
  it('reads the wall clock in Helsinki, whatever the server zone', () => {
    expect(helsinkiTime(new Date('2026-11-22T22:30:00Z'))).toEqual({
      date: '2026-11-23',
      day: 0,
      minute: 30,
    });
  });

  it('is open inside a weekly opening and closed outside it', () => {
    const office = [hours({ openings: weekdays('08:00', '16:00') })];
    expect(openState(office, at('2026-11-23T08:00'))).toBe('open');
    expect(openState(office, at('2026-11-23T16:00'))).toBe('closed');
    expect(openState(office, at('2026-11-28T10:00'))).toBe('closed');
  });

  it('keeps a Friday night opening open after midnight', () => {
    const bar = [hours({ openings: [{ day: 4, from: '18:00', to: '02:00', toDay: null }] })];
    expect(openState(bar, at('2026-11-28T01:30'))).toBe('open');
    expect(openState(bar, at('2026-11-28T02:30'))).toBe('closed');
  });

  it('follows overnight hours that wrap from Sunday to Monday', () => {
    const night = [
      hours({ kind: 'overMidnight', openings: [{ day: 6, from: '22:00', to: '06:00', toDay: 0 }] }),
    ];
    expect(openState(night, at('2026-11-23T05:00'))).toBe('open');
    expect(openState(night, at('2026-11-23T07:00'))).toBe('closed');
  });

  it('lets an exception period replace the regular hours on its days', () => {
    const withHoliday = [
      hours({ openings: weekdays('08:00', '16:00') }),
      hours({ kind: 'exception', validFrom: '2026-12-24', validTo: '2026-12-26', isClosed: true }),
    ];
    expect(openState(withHoliday, at('2026-12-24T10:00'))).toBe('closed');
    expect(openState(withHoliday, at('2026-12-23T10:00'))).toBe('open');
  });

  it('says unknown without hours, open for always-open, and never open for reservation-only hours', () => {
    expect(openState([], at('2026-11-23T10:00'))).toBe('unknown');
    expect(openState([hours({ isAlwaysOpen: true })], at('2026-11-29T03:00'))).toBe('open');
    expect(
      openState(
        [hours({ isReservation: true, openings: weekdays('08:00', '16:00') })],
        at('2026-11-23T10:00'),
      ),
    ).toBe('closed');
  });

  it('ignores regular hours outside their validity', () => {
    const summer = [
      hours({
        validFrom: '2026-06-01',
        validTo: '2026-08-31',
        openings: weekdays('08:00', '16:00'),
      }),
    ];
    expect(openState(summer, at('2026-11-23T10:00'))).toBe('closed');
    expect(currentHours(summer, at('2026-11-23T10:00')).regular).toEqual([]);
  });

  it('merges consecutive days with the same hours into one row', () => {
    const rows = weekRows([
      ...weekdays('09:00', '15:00').slice(0, 4),
      { day: 4, from: '09:00', to: '13:00', toDay: null },
      { day: 6, from: '12:00', to: '14:00', toDay: null },
      { day: 0, from: '16:00', to: '18:00', toDay: null },
    ]);
    expect(rows).toEqual([
      {
        from: 0,
        to: 0,
        ranges: [
          ['09:00', '15:00'],
          ['16:00', '18:00'],
        ],
      },
      { from: 1, to: 3, ranges: [['09:00', '15:00']] },
      { from: 4, to: 4, ranges: [['09:00', '13:00']] },
      { from: 6, to: 6, ranges: [['12:00', '14:00']] },
    ]);
  });

  it('lists only exception periods that have not ended', () => {
    const list = [
      hours({ kind: 'exception', validFrom: '2026-06-19', validTo: '2026-06-20', isClosed: true }),
      hours({ kind: 'exception', validFrom: '2026-12-24', validTo: '2026-12-26', isClosed: true }),
    ];
    expect(currentHours(list, at('2026-11-23T10:00')).exceptions.map((h) => h.validFrom)).toEqual([
      '2026-12-24',
    ]);
  });

  it('writes times the local way', () => {
    expect(formatTime('08:00', 'fi')).toBe('8.00');
    expect(formatTime('17:30', 'en')).toBe('17:30');
  });
});
