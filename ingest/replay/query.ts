import { parseGuid } from './guid.ts';
import { parseQueryDate, type DateWindow } from './instant.ts';
import { badRequest } from './reply.ts';
import { REGION_AREAS, type RegionArea } from './store/code-lists.ts';

/**
 * Parameter parsing with PTV's validation messages. Query names are matched case-insensitively
 * (ASP.NET model binding); the first value of a repeated name wins.
 */
export class Query {
  readonly #values = new Map<string, string>();

  constructor(params: URLSearchParams) {
    for (const [name, value] of params) {
      const key = name.toLowerCase();
      if (!this.#values.has(key)) this.#values.set(key, value);
    }
  }

  get(name: string): string | undefined {
    return this.#values.get(name.toLowerCase());
  }
}

export const GUID_MALFORMED =
  'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).';

const notValid = (value: string) => `The value '${value}' is not valid.`;
const oneOf = (values: readonly string[]) =>
  `The field is invalid. Please use one of these: '${values.join(', ')}'.`;

/** `page`: default 1; 400 when negative or not an integer. */
export function readPage(query: Query): number {
  const raw = query.get('page');
  if (raw === undefined || raw === '') return 1;
  if (!/^[+-]?\d{1,10}$/.test(raw.trim()) || Math.abs(Number(raw)) > 2 ** 31 - 1) {
    throw badRequest('page', notValid(raw));
  }
  const page = Number(raw);
  if (page < 0) throw badRequest('page', 'The page number cannot be negative value.');
  return page;
}

/** `date` and `dateBefore`: exactly `yyyy-MM-ddTHH:mm:ss` (UTC) when present, else 400. */
export function readDateWindow(query: Query): DateWindow {
  const window: DateWindow = {};
  for (const [name, side] of [
    ['date', 'after'],
    ['dateBefore', 'before'],
  ] as const) {
    const raw = query.get(name);
    if (raw === undefined) continue;
    const sec = parseQueryDate(raw);
    if (sec === null) throw badRequest(name, 'The date parameter is invalid.');
    window[side] = sec;
  }
  return window;
}

export const STATUSES = ['Published', 'Archived', 'Withdrawn'] as const;
export type ListingStatus = (typeof STATUSES)[number];

/** `status`: `Published` (default), `Archived` or `Withdrawn`, case-sensitive. */
export function readStatus(query: Query): ListingStatus {
  const raw = query.get('status');
  if (raw === undefined) return 'Published';
  if (!(STATUSES as readonly string[]).includes(raw)) throw badRequest('status', oneOf(STATUSES));
  return raw as ListingStatus;
}

/** A boolean query flag (`true`/`false`, any case), false when absent. */
export function readFlag(query: Query, name: string): boolean {
  const raw = query.get(name);
  if (raw === undefined || raw === '') return false;
  const lower = raw.trim().toLowerCase();
  if (lower !== 'true' && lower !== 'false') throw badRequest(name, notValid(raw));
  return lower === 'true';
}

/** A GUID route parameter (`[ValidateId]`): 400 under the parameter's name when malformed. */
export function readGuidParam(name: string, value: string): string {
  const guid = parseGuid(value);
  if (!guid) throw badRequest(name, GUID_MALFORMED);
  return guid;
}

/**
 * `guids`: comma-separated and trimmed. Missing or empty is 400, and one malformed GUID fails
 * the whole request with PTV's exception text. Duplicates collapse.
 */
export function readGuids(query: Query): string[] {
  const raw = query.get('guids');
  if (!raw) throw badRequest('guids', 'Property guids is required.');
  const guids = new Set<string>();
  for (const part of raw.split(',')) {
    const guid = parseGuid(part.trim());
    if (!guid) throw badRequest('guids', `Cannot parse '${part.trim()}' to type of Guid.`);
    guids.add(guid);
  }
  return [...guids];
}

export type AreaName = 'Municipality' | RegionArea;
const AREA_NAMES: readonly AreaName[] = ['Municipality', ...REGION_AREAS];

/** `{area}/code/{code}`: the area is PTV's internal enum name (case-sensitive), code 1–6 digits. */
export function readAreaPath(area: string, code: string): { area: AreaName; code: string } {
  if (!(AREA_NAMES as readonly string[]).includes(area))
    throw badRequest('area', oneOf(AREA_NAMES));
  if (!/^[0-9]{1,6}$/.test(code)) {
    throw badRequest('code', "The field code must match the regular expression '^[0-9]{1,6}$'.");
  }
  return { area: area as AreaName, code };
}

/** A closed set of path values such as channel or service types (`[ValidateEnum]`). */
export function readEnumParam<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly string[]).includes(value)) throw badRequest(name, oneOf(allowed));
  return value as T;
}
