import { notFound } from './reply.ts';
import type { AreaName } from './query.ts';
import type { Entry } from './store/entry.ts';
import { ALAND_MUNICIPALITIES, type Geography } from './store/geography.ts';

export interface AreaTarget {
  area: AreaName;
  code: string;
  includeWholeCountry: boolean;
}

export interface AreaMatcher {
  /** Identifies the filter for memoising listings. */
  key: string;
  matches(entry: Entry): boolean;
}

/**
 * The `{area}/code/{code}` filter of PTV's paging handlers (`PagingHandlerBase`):
 * - a municipality matches entities whose areas (regions or the synthetic Municipality entry)
 *   list it; `Municipality`-type organisations match on their own municipality instead;
 * - a region matches entities having that area (`Region`, `BusinessSubRegion`, `HospitalDistrict`);
 * - `includeWholeCountry` adds `Nationwide`, and `NationwideExceptAlandIslands` outside Åland
 *   (for organisations, only those not of type `Municipality`).
 * Unknown codes answer 404 as PTV does.
 */
export function areaMatcher(geography: Geography, target: AreaTarget): AreaMatcher {
  const { area, code, includeWholeCountry } = target;
  const key = `${area}:${code}:${includeWholeCountry}`;
  let inAland: boolean;
  let inArea: (entry: Entry) => boolean;
  if (area === 'Municipality') {
    if (!geography.hasMunicipality(code)) {
      throw notFound(`Municipality with code '${code}' not found.`);
    }
    inAland = ALAND_MUNICIPALITIES.has(code);
    inArea = (e) => e.municipalities.includes(code);
  } else {
    if (!geography.hasRegion(area, code))
      throw notFound(`Area ${area} with code '${code}' not found.`);
    inAland = geography.isAlandRegion(area, code);
    const regionKey = `${area}:${code}`;
    inArea = (e) => e.regions.includes(regionKey);
  }
  const wholeCountry = (e: Entry) =>
    includeWholeCountry &&
    (e.areaType === 'Nationwide' || (!inAland && e.areaType === 'NationwideExceptAlandIslands'));
  return {
    key,
    matches(e) {
      if (
        area === 'Municipality' &&
        e.kind === 'organizations' &&
        e.organizationType === 'Municipality'
      ) {
        return e.municipality === code;
      }
      return inArea(e) || wholeCountry(e);
    },
  };
}
