import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Region-like `{area}` path names, which are also `GetAreaCodes/type/{type}` values. */
export const REGION_AREAS = ['Province', 'BusinessRegions', 'HospitalRegions'] as const;
export type RegionArea = (typeof REGION_AREAS)[number];

/** The optional `codes/` folder of a dump: served as stored, and it defines the known codes. */
export interface CodeLists {
  /** File bytes by list name (`MunicipalityCodes`, `LanguageCodes`, `AreaCodes-Province`, ...). */
  files: ReadonlyMap<string, Buffer>;
  /** `PostalCodes.json` items, paged by the server; `null` when the file is absent. */
  postalCodes: readonly unknown[] | null;
  /** Codes of `MunicipalityCodes.json`; `null` when absent (then the dump's own codes count). */
  municipalityCodes: ReadonlySet<string> | null;
  /** Codes of each `AreaCodes-<type>.json` that exists. */
  areaCodes: ReadonlyMap<RegionArea, ReadonlySet<string>>;
}

const LIST_NAMES = [
  'MunicipalityCodes',
  'LanguageCodes',
  'CountryCodes',
  ...REGION_AREAS.map((a) => `AreaCodes-${a}`),
];

async function readOptional(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function codesOf(bytes: Buffer, name: string): Set<string> {
  const items: unknown = JSON.parse(bytes.toString('utf8'));
  if (!Array.isArray(items)) throw new Error(`codes/${name}.json is not an array`);
  return new Set(items.map((i: { code?: unknown }) => String(i.code)));
}

/** Reads `<dir>/codes/`; every file is optional and a missing folder means no code lists. */
export async function loadCodeLists(dir: string): Promise<CodeLists> {
  const files = new Map<string, Buffer>();
  for (const name of LIST_NAMES) {
    const bytes = await readOptional(join(dir, 'codes', `${name}.json`));
    if (bytes) files.set(name, bytes);
  }
  const areaCodes = new Map<RegionArea, ReadonlySet<string>>();
  for (const area of REGION_AREAS) {
    const bytes = files.get(`AreaCodes-${area}`);
    if (bytes) areaCodes.set(area, codesOf(bytes, `AreaCodes-${area}`));
  }
  const municipalities = files.get('MunicipalityCodes');
  const postal = await readOptional(join(dir, 'codes', 'PostalCodes.json'));
  const postalCodes: unknown = postal ? JSON.parse(postal.toString('utf8')) : null;
  if (postalCodes !== null && !Array.isArray(postalCodes)) {
    throw new Error('codes/PostalCodes.json must be a flat array');
  }
  return {
    files,
    postalCodes,
    municipalityCodes: municipalities ? codesOf(municipalities, 'MunicipalityCodes') : null,
    areaCodes,
  };
}
