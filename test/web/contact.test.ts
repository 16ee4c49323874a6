import { describe, expect, it } from 'vitest';
import type { Address } from '../../schema/catalogue/contact.ts';
import { changeList } from '../../web/lib/client-list.ts';
import { addressLine, dialable, formatPhone, mapLink } from '../../web/lib/contact.ts';

const address = (overrides: Partial<Address> = {}): Address => ({
  type: 'visiting',
  subType: 'Single',
  street: { fi: 'Yliopistonkatu', sv: 'Universitetsgatan' },
  streetNumber: '27',
  postalCode: '20100',
  postOffice: { fi: 'TURKU', sv: 'ÅBO' },
  postOfficeBox: {},
  municipalityCode: '853',
  municipality: { fi: 'Turku', sv: 'Åbo' },
  additionalInfo: {},
  text: {},
  country: 'FI',
  lat: 60.45078,
  lon: 22.26052,
  coordinateState: 'Ok',
  ...overrides,
});

describe('contact details', () => {
  it('groups Finnish phone numbers for reading and strips them for dialling', () => {
    expect(formatPhone('+358401234567')).toBe('+358 40 123 4567');
    expect(formatPhone('+35824345111')).toBe('+358 2 434 5111');
    expect(formatPhone('+358925250111')).toBe('+358 9 2525 0111');
    expect(formatPhone('080098009')).toBe('0800 98009');
    expect(formatPhone('0295 000')).toBe('0295 000');
    expect(dialable('+358 40 123 4567')).toBe('+358401234567');
  });

  it('writes an address line in the page language with a readable post office', () => {
    expect(addressLine(address(), 'sv')).toBe('Universitetsgatan 27, 20100 Åbo');
    expect(addressLine(address({ postOffice: { fi: 'S:T KARINS' } }), 'fi')).toBe(
      'Yliopistonkatu 27, 20100 S:t Karins',
    );
  });

  it('links to the exact point when coordinates are known, else searches the address', () => {
    expect(mapLink(address(), 'fi')).toBe(
      'https://www.openstreetmap.org/?mlat=60.45078&mlon=22.26052#map=17/60.45078/22.26052',
    );
    expect(mapLink(address({ lat: null, lon: null }), 'fi')).toBe(
      'https://www.openstreetmap.org/search?query=Yliopistonkatu%2027%2C%2020100%20Turku',
    );
  });
});

describe("the client's list", () => {
  const a = '0000beef-0000-4000-8000-000000000001';
  const b = '0000beef-0000-4000-8000-000000000002';
  it('adds once, removes, clears and ignores anything that is not a service id', () => {
    expect(changeList([a], 'add', a)).toEqual([a]);
    expect(changeList([a], 'add', b)).toEqual([a, b]);
    expect(changeList([a, b], 'remove', a)).toEqual([b]);
    expect(changeList([a, b], 'clear', null)).toEqual([]);
    expect(changeList([a], 'add', '<script>')).toEqual([a]);
  });
});
