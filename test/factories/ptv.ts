/**
 * PTV v11-shaped payloads for tests, complete with PTV's explicit nulls. Ids are unique per call
 * unless given, so tests never collide.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

let sequence = 0;
/** A fresh lower-case GUID that is readable in failures (…-000000000042). */
export function guid(): string {
  sequence++;
  return `0000beef-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
}

const lang = (value: string, language = 'fi') => ({ value, language });
const named = (value: string, type = 'Name', language = 'fi') => ({ language, value, type });

export const turku = { code: '853', name: [lang('Turku'), lang('Åbo', 'sv'), lang('Turku', 'en')] };

export function buildPtvOrganization(overrides: Record<string, unknown> = {}) {
  const id = (overrides.id as string) ?? guid();
  return {
    id,
    sourceId: null,
    oid: '',
    parentOrganizationId: null,
    organizationRootId: id,
    municipality: null,
    organizationType: 'Organization',
    businessCode: '1234567-8',
    businessName: null,
    organizationNames: [named('Turun Seudun Omaishoitajat ry')],
    displayNameType: [{ type: 'Name', language: 'fi' }],
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', code: null, name: null, municipalities: [turku] }],
    organizationDescriptions: [named('Tukea omaishoitajille.', 'Summary')],
    emails: [{ description: null, value: 'info@example.fi', language: 'fi' }],
    phoneNumbers: [
      {
        additionalInformation: null,
        serviceChargeType: 'Chargeable',
        chargeDescription: null,
        prefixNumber: '+358',
        isFinnishServiceNumber: false,
        number: '24345111',
        language: 'fi',
      },
    ],
    webPages: [],
    addresses: [],
    electronicInvoicings: [],
    publishingStatus: 'Published',
    services: [],
    modified: '2026-01-02T10:00:00.123',
    subOrganizations: null,
    ...overrides,
  };
}

export function buildPtvChannel(overrides: Record<string, unknown> = {}) {
  return {
    id: guid(),
    sourceId: null,
    oid: null,
    serviceChannelType: 'ServiceLocation',
    organizationId: null,
    serviceChannelNames: [named('Kaarinan seurakuntakeskus')],
    displayNameType: [{ type: 'Name', language: 'fi' }],
    serviceChannelDescriptions: [named('Kohtaamispaikka keskustassa.', 'Summary')],
    areaType: null,
    areas: [],
    phoneNumbers: [
      {
        type: 'Phone',
        additionalInformation: 'Vaihde',
        serviceChargeType: 'Chargeable',
        chargeDescription: null,
        prefixNumber: '+358',
        isFinnishServiceNumber: false,
        number: '401234567',
        language: 'fi',
      },
      {
        type: 'Fax',
        additionalInformation: null,
        serviceChargeType: null,
        chargeDescription: null,
        prefixNumber: null,
        isFinnishServiceNumber: false,
        number: null,
        language: 'fi',
      },
    ],
    emails: [{ value: 'paikka@example.fi', language: 'fi' }],
    languages: ['fi', 'sv'],
    webPages: [],
    addresses: [
      {
        type: 'Location',
        subType: 'Single',
        postOfficeBoxAddress: null,
        streetAddress: {
          street: [
            lang('Yliopistonkatu'),
            lang('Yliopistonkatu', 'sv'),
            lang('Yliopistonkatu', 'en'),
          ],
          streetNumber: '27',
          postalCode: '20100',
          postOffice: [lang('TURKU'), lang('ÅBO', 'sv')],
          municipality: turku,
          additionalInformation: [],
          latitude: '6711000',
          longitude: '239400',
          coordinateState: 'Ok',
        },
        otherAddress: null,
        locationAbroad: [],
        entrances: [],
        country: 'FI',
      },
    ],
    serviceHours: [
      {
        serviceHourType: 'DaysOfTheWeek',
        validFrom: null,
        validTo: null,
        isClosed: false,
        validForNow: true,
        isAlwaysOpen: false,
        isReservation: false,
        additionalInformation: [],
        openingHour: [
          { dayFrom: 'Monday', dayTo: '', from: '08:00:00', to: '11:00:00' },
          { dayFrom: 'Monday', dayTo: '', from: '12:00:00', to: '16:00:00' },
          { dayFrom: 'Friday', dayTo: '', from: '09:00:00', to: '15:00:00' },
        ],
      },
    ],
    services: null,
    serviceCollections: [],
    publishingStatus: 'Published',
    modified: '2026-01-02T10:00:00',
    responsibleSoteOrganization: null,
    ontologyTerms: [],
    ...overrides,
  };
}

export function buildPtvService(
  overrides: Record<string, unknown> & { organizationId?: string; channelIds?: string[] } = {},
) {
  const { organizationId, channelIds = [], ...rest } = overrides;
  return {
    id: guid(),
    sourceId: null,
    generalDescriptionId: null,
    subType: null,
    type: 'Service',
    fundingType: 'PubliclyFunded',
    serviceNames: [
      named('Omaishoitajien vertaistukiryhmä'),
      named('Kamratstöd för närståendevårdare', 'Name', 'sv'),
    ],
    serviceChargeType: 'FreeOfCharge',
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', code: null, name: null, municipalities: [turku] }],
    serviceDescriptions: [
      named('Vertaistukea omaishoitajille Turussa.', 'Summary'),
      named('Ryhmä kokoontuu kerran kuussa.\n* kahvitarjoilu\n* keskustelua', 'Description'),
    ],
    languages: ['fi', 'sv'],
    serviceClasses: [
      {
        name: [lang('Omaishoito')],
        description: [],
        code: 'P11.4',
        ontologyType: 'ptvserclass2',
        uri: 'http://urn.fi/URN:NBN:fi:au:ptvl:v1126',
        parentId: null,
        parentUri: null,
        newUri: 'http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P11.4',
        newParentUri: null,
      },
    ],
    ontologyTerms: [
      {
        name: [lang('omaishoito')],
        code: null,
        ontologyType: 'YSO',
        uri: 'http://www.yso.fi/onto/yso/p6950',
        parentId: null,
        parentUri: null,
      },
    ],
    targetGroups: [],
    lifeEvents: [],
    industrialClasses: [],
    legislation: [],
    keywords: [lang('vertaistuki')],
    requirements: [],
    serviceChannels: channelIds.length
      ? channelIds.map((id) => ({
          serviceChannel: { id, name: null },
          serviceChargeType: null,
          description: [],
          extraTypes: [],
          serviceHours: [],
          contactDetails: null,
          digitalAuthorizations: [],
          modified: '2026-01-02T10:00:00',
        }))
      : null,
    organizations: organizationId
      ? [
          {
            organization: { id: organizationId, name: null },
            roleType: 'Responsible',
            provisionType: null,
            additionalInformation: [],
          },
        ]
      : [],
    serviceVouchersInUse: false,
    serviceVouchers: [],
    serviceCollections: null,
    publishingStatus: 'Published',
    modified: '2026-01-02T10:00:00.5',
    responsibleSoteOrganization: null,
    ...rest,
  };
}

/** Writes records into a dump directory in the replay layout. */
export function writeDump(
  dir: string,
  records: { organizations?: object[]; services?: object[]; channels?: object[] },
): void {
  for (const [folder, items] of Object.entries(records)) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const item of items ?? []) {
      writeFileSync(join(dir, folder, `${(item as { id: string }).id}.json`), JSON.stringify(item));
    }
  }
}
