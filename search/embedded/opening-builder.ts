import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import { validityOf, weeklySpan } from '../hours.ts';
import { Growable } from './growable.ts';
import type { OpeningIndex } from './snapshot.ts';

const ALWAYS: [number, number] = [0, 2 * 7 * 24 * 60];
const FOREVER = 2 ** 31 - 1;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export const dayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
  86_400_000;

const informative = (h: ServiceHours) => h.isClosed || h.isAlwaysOpen || h.openings.length > 0;
const regular = (h: ServiceHours) => h.kind === 'weekly' || h.kind === 'overMidnight';

/**
 * Compiles each document's schedules for open-now. On a day no dated entry (exception or
 * seasonal hours) covers, the answer is the same every week: spans of minutes from Monday 00:00,
 * checked with two comparisons each. Days a dated entry covers are judged by the full rules
 * (search/hours.ts), so the schedules of documents that have such entries are kept.
 */
export class OpeningBuilder {
  readonly #spanOffsets = new Growable(Uint32Array);
  readonly #spans = new Growable(Int32Array);
  readonly #rangeOffsets = new Growable(Uint32Array);
  readonly #ranges = new Growable(Int32Array);
  readonly #schedules = new Map<number, ServiceHours[][]>();

  add(ordinal: number, schedules: ServiceHours[][]): void {
    this.#spanOffsets.push(this.#spans.length / 2);
    this.#rangeOffsets.push(this.#ranges.length / 2);
    let dated = false;
    for (const hours of schedules) {
      const entries = hours.filter(informative);
      const undated = entries.filter(
        (h) => regular(h) && h.validFrom === null && h.validTo === null,
      );
      // An undated closed entry closes the channel on every day no dated entry covers.
      if (!undated.some((h) => h.isClosed)) {
        for (const h of undated) {
          if (h.isAlwaysOpen) for (const minute of ALWAYS) this.#spans.push(minute);
          for (const opening of h.openings)
            for (const minute of weeklySpan(opening)) this.#spans.push(minute);
        }
      }
      for (const h of entries) {
        if (!regular(h) && h.kind !== 'exception') continue;
        const validity = validityOf(h);
        if (validity === null || (validity.from === null && validity.to === null)) continue;
        this.#ranges.push(validity.from === null ? -FOREVER : dayNumber(validity.from));
        this.#ranges.push(validity.to === null ? FOREVER : dayNumber(validity.to));
        dated = true;
      }
    }
    if (dated) this.#schedules.set(ordinal, schedules);
  }

  finish(): OpeningIndex {
    this.#spanOffsets.push(this.#spans.length / 2);
    this.#rangeOffsets.push(this.#ranges.length / 2);
    return {
      spanOffsets: this.#spanOffsets.toArray(),
      spans: this.#spans.toArray(),
      rangeOffsets: this.#rangeOffsets.toArray(),
      ranges: this.#ranges.toArray(),
      schedules: this.#schedules,
    };
  }
}
