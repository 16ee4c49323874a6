import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndRead, published, type Json, type ReadDump } from './dump.ts';

let dump: ReadDump;
beforeAll(async () => {
  dump = await generateAndRead({ services: 800, seed: 'wire' });
});
afterAll(() => dump.remove());

const COMMON_TAIL = [
  'services',
  'serviceCollections',
  'publishingStatus',
  'modified',
  'responsibleSoteOrganization',
  'ontologyTerms',
];
const HEAD = [
  'id',
  'sourceId',
  'serviceChannelType',
  'organizationId',
  'serviceChannelNames',
  'serviceChannelDescriptions',
  'areaType',
  'areas',
];
const KEY_ORDER: Record<string, string[]> = {
  service: [
    'id',
    'sourceId',
    'generalDescriptionId',
    'subType',
    'type',
    'fundingType',
    'serviceNames',
    'serviceChargeType',
    'areaType',
    'areas',
    'serviceDescriptions',
    'languages',
    'serviceClasses',
    'ontologyTerms',
    'targetGroups',
    'lifeEvents',
    'industrialClasses',
    'legislation',
    'keywords',
    'requirements',
    'serviceChannels',
    'organizations',
    'serviceVouchersInUse',
    'serviceVouchers',
    'serviceCollections',
    'publishingStatus',
    'modified',
    'responsibleSoteOrganization',
  ],
  organization: [
    'id',
    'sourceId',
    'oid',
    'parentOrganizationId',
    'organizationRootId',
    'municipality',
    'organizationType',
    'businessCode',
    'businessName',
    'organizationNames',
    'displayNameType',
    'areaType',
    'areas',
    'organizationDescriptions',
    'emails',
    'phoneNumbers',
    'webPages',
    'addresses',
    'electronicInvoicings',
    'publishingStatus',
    'services',
    'modified',
    'subOrganizations',
  ],
  ServiceLocation: [
    'id',
    'sourceId',
    'oid',
    'serviceChannelType',
    'organizationId',
    'serviceChannelNames',
    'displayNameType',
    'serviceChannelDescriptions',
    'areaType',
    'areas',
    'phoneNumbers',
    'emails',
    'languages',
    'webPages',
    'addresses',
    'serviceHours',
    ...COMMON_TAIL,
  ],
  Phone: [
    ...HEAD,
    'phoneNumbers',
    'supportEmails',
    'languages',
    'webPages',
    'serviceHours',
    ...COMMON_TAIL,
  ],
  EChannel: [
    ...HEAD,
    'signatureQuantity',
    'requiresSignature',
    'requiresAuthentication',
    'attachments',
    'supportPhones',
    'supportEmails',
    'languages',
    'webPages',
    'serviceHours',
    'accessibilityClassification',
    ...COMMON_TAIL,
  ],
  WebPage: [
    ...HEAD,
    'supportPhones',
    'supportEmails',
    'languages',
    'webPages',
    'serviceHours',
    'accessibilityClassification',
    ...COMMON_TAIL,
  ],
  PrintableForm: [
    ...HEAD,
    'formIdentifier',
    'deliveryAddresses',
    'channelUrls',
    'attachments',
    'supportPhones',
    'supportEmails',
    'languages',
    'webPages',
    'serviceHours',
    ...COMMON_TAIL,
  ],
};

const all = (records: Map<string, Json>) => [...records.values()];
const everyHour = () => [
  ...all(dump.channels).flatMap((c) => c.serviceHours ?? []),
  ...all(dump.services).flatMap((s) =>
    (s.serviceChannels ?? []).flatMap((c: Json) => c.serviceHours),
  ),
];
const streetAddresses = () =>
  all(dump.channels).flatMap((c) =>
    (c.addresses ?? []).map((a: Json) => a.streetAddress).filter(Boolean),
  );
const phones = () => all(dump.channels).flatMap((c) => c.phoneNumbers ?? []);

describe('wire shapes', () => {
  it('writes the keys of services, organisations and each channel type in wire order', () => {
    for (const s of all(dump.services)) expect(Object.keys(s)).toEqual(KEY_ORDER.service);
    for (const o of all(dump.organizations)) expect(Object.keys(o)).toEqual(KEY_ORDER.organization);
    for (const c of all(dump.channels))
      expect(Object.keys(c), c.serviceChannelType).toEqual(KEY_ORDER[c.serviceChannelType]);
  });

  it('writes dates without a zone and with the trailing zeros of the fraction trimmed', () => {
    const dates = [...all(dump.services), ...all(dump.channels), ...all(dump.organizations)].map(
      (r) => r.modified as string,
    );
    for (const d of dates)
      expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{0,6}[1-9])?$/);
    for (const h of everyHour())
      for (const v of [h.validFrom, h.validTo]) if (v !== null) expect(v).toMatch(/T00:00:00$/);
  });

  it('keeps summaries within 150 characters', () => {
    for (const s of all(dump.services)) {
      for (const d of s.serviceDescriptions)
        if (d.type === 'Summary' && d.value)
          expect(d.value.length, d.value).toBeLessThanOrEqual(150);
    }
  });

  it('writes TM35FIN coordinates as strings: latitude the northing, longitude the easting', () => {
    const located = streetAddresses().filter((a: Json) => a.latitude !== null);
    expect(located.length).toBeGreaterThan(60);
    for (const a of located) {
      expect(typeof a.latitude).toBe('string');
      expect(Number(a.latitude)).toBeGreaterThan(6_600_000);
      expect(Number(a.latitude)).toBeLessThan(6_900_000);
      expect(Number(a.longitude)).toBeGreaterThan(150_000);
      expect(Number(a.longitude)).toBeLessThan(420_000);
    }
  });

  it('splits phone numbers into a +358 prefix and a national part, and keeps service numbers whole', () => {
    const all = phones().filter((p: Json) => p.number !== null);
    for (const p of all.filter((p: Json) => p.prefixNumber === '+358')) {
      expect(p.number).toMatch(/^[1-9]\d{6,9}$/);
      expect(p.isFinnishServiceNumber).toBe(false);
    }
    const service = all.filter((p: Json) => p.prefixNumber === null);
    expect(service.map((p: Json) => p.number)).toContain('080005005');
    for (const p of service) expect(p.isFinnishServiceNumber).toBe(true);
  });

  it('writes weekly hours one day per entry with dayTo empty, and the other kinds of hours', () => {
    const hours = everyHour();
    const weekly = hours.filter(
      (h: Json) => h.serviceHourType === 'DaysOfTheWeek' && !h.isAlwaysOpen && !h.isReservation,
    );
    for (const h of weekly) for (const o of h.openingHour) expect(o.dayTo).toBe('');
    expect(weekly.some((h: Json) => h.validForNow && h.validFrom === null)).toBe(true);
    expect(
      hours.some(
        (h: Json) => h.serviceHourType === 'OverMidnight' && h.openingHour[0].dayTo === 'Saturday',
      ),
    ).toBe(true);
    expect(
      hours.some(
        (h: Json) =>
          h.serviceHourType === 'Exceptional' && h.isClosed && h.additionalInformation.length > 0,
      ),
    ).toBe(true);
    expect(hours.some((h: Json) => h.isAlwaysOpen && h.openingHour.length === 0)).toBe(true);
    expect(hours.some((h: Json) => h.isReservation && h.openingHour.length === 0)).toBe(true);
    const split = weekly.find(
      (h: Json) => new Set(h.openingHour.map((o: Json) => o.dayFrom)).size < h.openingHour.length,
    );
    expect(split).toBeDefined();
  });
});

describe('the messy cases an ingest must survive', () => {
  it('has null and empty lists for the same thing', () => {
    expect(all(dump.services).some((s) => s.serviceChannels === null)).toBe(true);
    expect(all(dump.services).some((s) => s.areas === null)).toBe(true);
    expect(all(dump.organizations).some((o) => o.areas === null)).toBe(true);
    expect(all(dump.channels).some((c) => c.services === null)).toBe(true);
    expect(
      all(dump.channels).some(
        (c) => c.serviceChannelType === 'PrintableForm' && c.deliveryAddresses === null,
      ),
    ).toBe(true);
  });

  it('has null-valued texts, producers without an organisation and duplicate classification items', () => {
    const descriptions = all(dump.services).flatMap((s) => s.serviceDescriptions);
    expect(descriptions.some((d: Json) => d.type === 'ProcessingTime' && d.value === null)).toBe(
      true,
    );
    expect(
      all(dump.services).some((s) =>
        s.organizations.some(
          (o: Json) => o.organization === null && o.additionalInformation.length > 0,
        ),
      ),
    ).toBe(true);
    expect(
      all(dump.services).some(
        (s) => new Set(s.serviceClasses.map((c: Json) => c.code)).size < s.serviceClasses.length,
      ),
    ).toBe(true);
    expect(
      all(dump.services).some(
        (s) => s.generalDescriptionId !== null && s.serviceChargeType === null,
      ),
    ).toBe(true);
  });

  it('pads street names to every language and leaves some coordinates failed', () => {
    const streets = streetAddresses();
    for (const a of streets)
      expect(a.street.map((s: Json) => s.language)).toEqual(['fi', 'sv', 'en']);
    expect(streets.some((a: Json) => a.street[0].value === a.street[1].value)).toBe(true);
    expect(streets.some((a: Json) => a.street[0].value !== a.street[1].value)).toBe(true);
    expect(
      streets.some(
        (a: Json) =>
          a.latitude === null &&
          ['Failed', 'NotReceived', 'EmptyInputReceived'].includes(a.coordinateState),
      ),
    ).toBe(true);
  });

  it('has newer enum values than PTV 3.4 knew', () => {
    expect(all(dump.organizations).some((o) => o.organizationType === 'Region')).toBe(true);
    expect(
      all(dump.services).some((s) =>
        s.areas?.some((a: Json) => a.type === 'WellbeingServiceCounties' && a.code === '05'),
      ),
    ).toBe(true);
  });

  it('shows alternative display names, Sámi names and partial language versions', () => {
    const kela = all(dump.organizations).find((o) =>
      o.organizationNames.some((n: Json) => n.value === 'Kansaneläkelaitos'),
    )!;
    expect(kela.displayNameType).toContainEqual({ type: 'AlternativeName', language: 'fi' });
    expect(kela.organizationNames).toContainEqual({
      language: 'se',
      value: 'Álbmotealáhatlágádus',
      type: 'Name',
    });
    const languageSets = new Set(
      all(dump.services).map((s) => s.serviceNames.map((n: Json) => n.language).join(',')),
    );
    expect(languageSets).toContain('fi');
    expect(languageSets).toContain('fi,sv');
    expect([...languageSets].some((l) => l.startsWith('sv'))).toBe(true);
  });

  it('has a fax entry without a number and a long organisation services list', () => {
    expect(phones().some((p: Json) => p.type === 'Fax' && p.number === null)).toBe(true);
    expect(Math.max(...all(dump.organizations).map((o) => o.services.length))).toBeGreaterThan(60);
  });

  it('lists only published services in organisation and channel lists', () => {
    const unpublished = new Set(
      all(dump.services)
        .filter((s) => s.publishingStatus !== 'Published')
        .map((s) => s.id),
    );
    expect(unpublished.size).toBeGreaterThan(0);
    for (const o of published(dump.organizations))
      for (const x of o.services) expect(unpublished.has(x.service.id)).toBe(false);
  });
});
