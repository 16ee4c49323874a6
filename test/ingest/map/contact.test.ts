import { describe, expect, it } from 'vitest';
import { mapAddress, mapPhone } from '../../../ingest/map/contact.ts';
import { tm35finToWgs84 } from '../../../ingest/map/coordinates.ts';

const phone = (overrides: object) => ({
  type: 'Phone',
  additionalInformation: null,
  serviceChargeType: 'Chargeable',
  chargeDescription: null,
  prefixNumber: '+358',
  isFinnishServiceNumber: false,
  number: '24345111',
  language: 'fi',
  ...overrides,
});

describe('phone numbers', () => {
  it('joins the prefix and the national number into one international number', () => {
    expect(mapPhone(phone({}))?.number).toBe('+35824345111');
  });

  it('drops a leading zero the registry should not have kept', () => {
    expect(mapPhone(phone({ number: '0401234567' }))?.number).toBe('+358401234567');
  });

  it('keeps a Finnish service number whole, without a prefix', () => {
    const mapped = mapPhone(
      phone({ prefixNumber: null, isFinnishServiceNumber: true, number: '0295 000 500' }),
    );
    expect(mapped).toMatchObject({ number: '0295000500', isServiceNumber: true });
  });

  it('skips a fax entry that has no number', () => {
    expect(mapPhone(phone({ type: 'Fax', number: null }))).toBeNull();
  });
});

describe('coordinates', () => {
  it('converts PTV TM35FIN strings (latitude = northing) to WGS84 in Turku', () => {
    const point = tm35finToWgs84('6711000', '239400', 'Ok');
    expect(point!.lat).toBeCloseTo(60.45, 1);
    expect(point!.lon).toBeCloseTo(22.26, 1);
  });

  it('ignores coordinates whose state PTV does not trust', () => {
    expect(tm35finToWgs84('6711000', '239400', 'Failed')).toBeNull();
  });

  it('ignores swapped or out-of-range values instead of placing a pin in the sea', () => {
    expect(tm35finToWgs84('239400', '6711000', 'Ok')).toBeNull();
  });
});

describe('addresses', () => {
  it('maps a visiting location address with its municipality and WGS84 point', () => {
    const address = mapAddress({
      type: 'Location',
      subType: 'Single',
      postOfficeBoxAddress: null,
      streetAddress: {
        street: [
          { value: 'Yliopistonkatu', language: 'fi' },
          { value: 'Universitetsgatan', language: 'sv' },
        ],
        streetNumber: '27',
        postalCode: '20100',
        postOffice: [{ value: 'TURKU', language: 'fi' }],
        municipality: { code: '853', name: [{ value: 'Turku', language: 'fi' }] },
        additionalInformation: [],
        latitude: '6711000',
        longitude: '239400',
        coordinateState: 'EnteredByUser',
      },
      otherAddress: null,
      foreignAddress: [],
      locationAbroad: [],
      deliveryAddressInText: [],
      receiver: [],
      entrances: [],
      country: 'FI',
    });
    expect(address).toMatchObject({
      type: 'visiting',
      street: { fi: 'Yliopistonkatu', sv: 'Universitetsgatan' },
      postalCode: '20100',
      municipalityCode: '853',
    });
    expect(address.lat).toBeCloseTo(60.45, 1);
  });
});
