import { describe, expect, it } from 'vitest';
import { mapServiceHours } from '../../../ingest/map/hours.ts';

const hour = (overrides: object) => ({
  serviceHourType: 'DaysOfTheWeek',
  validFrom: null,
  validTo: null,
  isClosed: false,
  validForNow: true,
  isAlwaysOpen: false,
  isReservation: false,
  additionalInformation: [],
  openingHour: [],
  ...overrides,
});

describe('service hours', () => {
  it('keeps split weekly hours as several openings on the same day', () => {
    const [weekly] = mapServiceHours([
      hour({
        openingHour: [
          { dayFrom: 'Monday', dayTo: '', from: '08:00:00', to: '11:00:00' },
          { dayFrom: 'Monday', dayTo: '', from: '12:00:00', to: '16:00:00' },
        ],
      }),
    ]);
    expect(weekly.kind).toBe('weekly');
    expect(weekly.openings).toEqual([
      { day: 0, from: '08:00', to: '11:00', toDay: null },
      { day: 0, from: '12:00', to: '16:00', toDay: null },
    ]);
  });

  it('records the day an over-midnight opening ends on', () => {
    const [night] = mapServiceHours([
      hour({
        serviceHourType: 'OverMidnight',
        openingHour: [{ dayFrom: 'Friday', dayTo: 'Saturday', from: '22:00:00', to: '04:00:00' }],
      }),
    ]);
    expect(night.openings).toEqual([{ day: 4, from: '22:00', to: '04:00', toDay: 5 }]);
  });

  it('turns a holiday exception into local dates and a closed flag', () => {
    const [holiday] = mapServiceHours([
      hour({
        serviceHourType: 'Exceptional',
        validForNow: false,
        validFrom: '2026-12-24T00:00:00',
        validTo: '2026-12-26T00:00:00',
        isClosed: true,
        additionalInformation: [{ value: 'Joulu', language: 'fi' }],
      }),
    ]);
    expect(holiday).toMatchObject({
      kind: 'exception',
      validFrom: '2026-12-24',
      validTo: '2026-12-26',
      isClosed: true,
      title: { fi: 'Joulu' },
    });
  });

  it('keeps an unknown hour type as PTV spelled it instead of failing', () => {
    const [unknown] = mapServiceHours([hour({ serviceHourType: 'SomethingNew' })]);
    expect(unknown.kind).toBe('SomethingNew');
  });
});
