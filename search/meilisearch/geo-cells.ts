import { boundingBox } from '../embedded/geo.ts';

// A grid of 0.1° latitude x 0.2° longitude, about 11 x 11 km at Finnish latitudes.
const LAT_STEP = 0.1;
const LON_STEP = 0.2;
const MAX_CELLS = 400;

const cell = (lat: number, lon: number): string =>
  `${Math.floor(lat / LAT_STEP)}:${Math.floor(lon / LON_STEP)}`;

/** Grid cells holding a service's locations: Meilisearch filters on these instead of `_geo`. */
export function geoCellsOf(locations: readonly { lat: number; lon: number }[]): string[] {
  return [...new Set(locations.map((l) => cell(l.lat, l.lon)))];
}

/**
 * Grid cells that may hold a point within `radiusKm`: a coarse prefilter, exact distances are
 * computed afterwards. Null when the circle covers more cells than a filter should list.
 */
export function geoCellsNear(lat: number, lon: number, radiusKm: number): string[] | null {
  const box = boundingBox(lat, lon, radiusKm);
  const [y0, y1] = [Math.floor(box.minLat / LAT_STEP), Math.floor(box.maxLat / LAT_STEP)];
  const [x0, x1] = [Math.floor(box.minLon / LON_STEP), Math.floor(box.maxLon / LON_STEP)];
  if ((y1 - y0 + 1) * (x1 - x0 + 1) > MAX_CELLS) return null;
  const cells: string[] = [];
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) cells.push(`${y}:${x}`);
  return cells;
}
