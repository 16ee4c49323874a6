import proj4 from 'proj4';

// ETRS-TM35FIN (EPSG:3067): UTM zone 35 on GRS80, which equals WGS84 to well under a metre here.
const tm35fin = '+proj=utm +zone=35 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const toWgs84 = proj4(tm35fin, 'WGS84');

const trustedStates = new Set(['ok', 'enteredbyuser', 'enteredbyar']);

/**
 * PTV's coordinate strings to WGS84. PTV names them wrongly: `latitude` holds the TM35FIN
 * northing and `longitude` the easting. Untrusted coordinate states and values outside Finland's
 * TM35FIN range give null rather than a pin in the sea.
 */
export function tm35finToWgs84(
  latitude: string | null | undefined,
  longitude: string | null | undefined,
  coordinateState?: string | null,
): { lat: number; lon: number } | null {
  if (coordinateState != null && !trustedStates.has(coordinateState.toLowerCase())) return null;
  const northing = Number(latitude);
  const easting = Number(longitude);
  if (!latitude || !longitude || !Number.isFinite(northing) || !Number.isFinite(easting))
    return null;
  if (northing < 6_500_000 || northing > 7_900_000 || easting < 0 || easting > 800_000) return null;
  const [lon, lat] = toWgs84.forward([easting, northing]);
  return { lat: round6(lat), lon: round6(lon) };
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
