const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Distance in kilometres between two WGS84 points. Within a degree or so (any distance a service
 * search asks about) the flat-earth formula with the mean latitude's scale is within 0.1 % of the
 * great circle and several times cheaper; farther apart, the haversine formula.
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = lat2 - lat1;
  const dLon = lon2 - lon1;
  if (dLat > 1 || dLat < -1 || dLon > 2 || dLon < -2) return haversineKm(lat1, lon1, lat2, lon2);
  const x = dLon * Math.cos((lat1 + lat2) * 0.5 * RAD);
  return EARTH_RADIUS_KM * RAD * Math.sqrt(x * x + dLat * dLat);
}

/** Great-circle distance in kilometres between two WGS84 points. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Latitude/longitude bounds containing every point within `radiusKm` of a centre. */
export function boundingBox(lat: number, lon: number, radiusKm: number) {
  const dLat = radiusKm / (EARTH_RADIUS_KM * RAD);
  const cos = Math.cos(Math.min(89.9, Math.abs(lat) + dLat) * RAD);
  const dLon = Math.min(180, dLat / Math.max(cos, 1e-6));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLon: lon - dLon, maxLon: lon + dLon };
}

// Grid of 0.05° latitude x 0.1° longitude, about 5.5 x 5.5 km in Finland.
const CELL_LAT = 0.05;
const CELL_LON = 0.1;
const cellKey = (y: number, x: number): number => y * 10_000 + x;

/** Documents by grid cell of their locations, so a distance query looks only at nearby ones. */
export class GeoGridBuilder {
  readonly #cells = new Map<number, number[]>();

  add(ordinal: number, locations: readonly { lat: number; lon: number }[]): void {
    for (const { lat, lon } of locations) {
      const key = cellKey(Math.floor(lat / CELL_LAT), Math.floor(lon / CELL_LON));
      const docs = this.#cells.get(key);
      if (!docs) this.#cells.set(key, [ordinal]);
      else if (docs.at(-1) !== ordinal) docs.push(ordinal);
    }
  }

  finish(): Map<number, Uint32Array> {
    return new Map([...this.#cells].map(([key, docs]) => [key, Uint32Array.from(docs)]));
  }
}

/** Calls `visit` for each document with a location in a cell the circle may reach (once per cell). */
export function forEachNearbyCell(
  grid: Map<number, Uint32Array>,
  lat: number,
  lon: number,
  radiusKm: number,
  visit: (docs: Uint32Array) => void,
): void {
  const box = boundingBox(lat, lon, radiusKm);
  const [y0, y1] = [Math.floor(box.minLat / CELL_LAT), Math.floor(box.maxLat / CELL_LAT)];
  const [x0, x1] = [Math.floor(box.minLon / CELL_LON), Math.floor(box.maxLon / CELL_LON)];
  if ((y1 - y0 + 1) * (x1 - x0 + 1) > grid.size) {
    for (const docs of grid.values()) visit(docs);
    return;
  }
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      const docs = grid.get(cellKey(y, x));
      if (docs) visit(docs);
    }
  }
}
