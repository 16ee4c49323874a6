/**
 * PTV address shapes (section 3.5): street addresses padded to every content language, TM35FIN
 * coordinate strings (latitude = northing, longitude = easting) and the address wrappers of
 * organisations, service locations, connection contacts and printable-form deliveries.
 */
import type { Municipality } from '../data/municipalities.ts';
import type { Random } from '../random.ts';
import { languageItems, municipalityRef, type LanguageItem } from './items.ts';

/** A physical spot in a municipality. */
export interface Site {
  municipality: Municipality;
  street: { fi: string; sv?: string };
  number: string;
  postal: { code: string; fi: string; sv?: string };
  /** TM35FIN northing and easting in metres. */
  northing: number;
  easting: number;
}

/** A random street address near the municipality centre (within a few kilometres). */
export function randomSite(random: Random, m: Municipality): Site {
  const spread = m.population > 50_000 ? 4000 : m.population > 10_000 ? 2500 : 1500;
  const letter = random.chance(0.12) ? ` ${random.pick(['A', 'B', 'C'])}` : '';
  return {
    municipality: m,
    street: random.pick(m.streets),
    number: `${random.int(1, 48)}${letter}`,
    postal: random.chance(0.6) ? m.postal[0] : random.pick(m.postal),
    northing: m.centre[0] + (random.next() - 0.5) * 2 * spread,
    easting: m.centre[1] + (random.next() - 0.5) * 2 * spread,
  };
}

/** Coordinates as PTV writes them: strings, sometimes with decimals, sometimes whole. */
export function coordinate(random: Random, metres: number): string {
  const style = random.next();
  if (style < 0.55) return metres.toFixed(3).replace(/\.?0+$/, '');
  if (style < 0.85) return metres.toFixed(2).replace(/\.?0+$/, '');
  return String(Math.round(metres));
}

const TRUSTED = ['Ok', 'Ok', 'Ok', 'Ok', 'Ok', 'Ok', 'Ok', 'Ok', 'EnteredByUser', 'EnteredByAR'];

function padded(fi: string, sv: string | undefined): LanguageItem[] {
  return languageItems({ fi, sv: sv ?? fi, en: fi });
}

export function streetAddress(
  random: Random,
  site: Site,
  opts: { coordinates?: boolean; info?: LanguageItem[] } = {},
) {
  const base = {
    street: padded(site.street.fi, site.street.sv),
    streetNumber: site.number,
    postalCode: site.postal.code,
    postOffice: padded(site.postal.fi, site.postal.sv),
    municipality: municipalityRef(site.municipality),
    additionalInformation: opts.info ?? [],
  };
  if (opts.coordinates === false) return base;
  const roll = random.next();
  // A few addresses failed geocoding: no coordinates, and a state the ingest must not trust.
  if (roll < 0.03)
    return {
      ...base,
      latitude: null,
      longitude: null,
      coordinateState: random.pick(['Failed', 'NotReceived', 'EmptyInputReceived']),
    };
  return {
    ...base,
    latitude: coordinate(random, site.northing),
    longitude: coordinate(random, site.easting),
    coordinateState: roll < 0.05 ? 'MultipleResultsReceived' : random.pick(TRUSTED),
  };
}

export function postOfficeBoxAddress(site: Site, box: string) {
  return {
    postOfficeBox: languageItems({ fi: `PL ${box}`, sv: `PB ${box}` }),
    postalCode: site.postal.code.replace(/\d{2}$/, '01'),
    postOffice: padded(site.postal.fi, site.postal.sv),
    municipality: municipalityRef(site.municipality),
    additionalInformation: null,
  };
}

/** Organisation address (V9VmOpenApiAddress). */
export function organizationAddress(random: Random, site: Site, type: 'Visiting' | 'Postal') {
  if (type === 'Postal') {
    return {
      type,
      subType: 'PostOfficeBox',
      postOfficeBoxAddress: postOfficeBoxAddress(site, String(random.int(1, 400))),
      streetAddress: null,
      otherAddress: null,
      foreignAddress: null,
      country: 'FI',
    };
  }
  return {
    type,
    subType: 'Street',
    postOfficeBoxAddress: null,
    streetAddress: streetAddress(random, site),
    otherAddress: null,
    foreignAddress: null,
    country: 'FI',
  };
}

/** Connection contact address (V7VmOpenApiAddressContact). */
export function contactAddress(random: Random, site: Site) {
  return {
    type: 'Visiting',
    subType: 'Street',
    postOfficeBoxAddress: null,
    streetAddress: streetAddress(random, site),
    locationAbroad: null,
    country: 'FI',
  };
}

/** Printable-form delivery address: no type, no country, street without coordinates. */
export function deliveryAddress(random: Random, site: Site, receiver: string) {
  if (random.chance(0.4)) {
    return {
      subType: 'PostOfficeBox',
      postOfficeBoxAddress: postOfficeBoxAddress(site, String(random.int(1, 400))),
      streetAddress: null,
      deliveryAddressInText: null,
      receiver: languageItems({ fi: receiver }),
    };
  }
  return {
    subType: 'Street',
    postOfficeBoxAddress: null,
    streetAddress: streetAddress(random, site, { coordinates: false }),
    deliveryAddressInText: null,
    receiver: languageItems({ fi: receiver }),
  };
}
