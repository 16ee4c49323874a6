import { MappingError } from './errors.ts';

const ptvDate =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * PTV datetimes have no zone and a trimmed fraction (`2020-03-04T14:07:04.840483`); `modified` is
 * UTC. Returns a canonical ISO string with milliseconds and `Z`.
 */
export function parsePtvUtc(value: string): string {
  const match = ptvDate.exec(value.trim());
  if (!match) throw new MappingError(`modified "${value}" is not a PTV datetime`);
  const [, y, mo, d, h, mi, s, fraction = '', zone] = match;
  const ms = (fraction.slice(1) + '000').slice(0, 3);
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${zone && zone !== 'Z' ? zone : 'Z'}`;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) throw new MappingError(`modified "${value}" is not a valid date`);
  return new Date(time).toISOString();
}

/** PTV's `date`/`dateBefore` parameter format: exactly `yyyy-MM-ddTHH:mm:ss`, UTC. */
export function toPtvQueryDate(date: Date): string {
  return date.toISOString().slice(0, 19);
}
