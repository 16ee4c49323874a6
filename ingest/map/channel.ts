import type { ChannelDetails } from '../../schema/catalogue/channels.ts';
import type {
  AccessibilityClassification,
  Address,
  Email,
  Entrance,
  Phone,
  WebPage,
} from '../../schema/catalogue/contact.ts';
import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import type { Localized } from '../../schema/localized.ts';
import type { PtvChannel } from '../ptv/wire.ts';
import { mapAreas, type AreaRefs } from './areas.ts';
import {
  mapAccessibility,
  mapAddress,
  mapEmails,
  mapEntrances,
  mapPhones,
  mapWebPages,
} from './contact.ts';
import { parsePtvUtc } from './dates.ts';
import { MappingError } from './errors.ts';
import { mapServiceHours } from './hours.ts';
import { displayNames, fromLanguageItems, fromLocalizedList, isEmpty } from './text.ts';

export interface MappedChannel {
  row: {
    id: string;
    type: string;
    organizationId: string | null;
    name: Localized;
    alternativeName: Localized;
    summary: Localized;
    description: Localized;
    areaType: string | null;
    municipalityCodes: string[];
    languages: string[];
    webPages: WebPage[];
    emails: Email[];
    phones: Phone[];
    addresses: Address[];
    hours: ServiceHours[];
    entrances: Entrance[];
    accessibility: AccessibilityClassification[];
    details: ChannelDetails;
    lat: number | null;
    lon: number | null;
    municipalityCode: string | null;
    postalCode: string | null;
    publishingStatus: string;
    sourceModifiedAt: string;
  };
  areas: AreaRefs;
}

export function mapChannel(channel: PtvChannel): MappedChannel {
  const name = displayNames(channel.serviceChannelNames, channel.displayNameType);
  if (isEmpty(name)) throw new MappingError('channel has no name in any language');
  const addresses = channel.addresses.map(mapAddress);
  // The first address is not always the visiting one (gotcha 12).
  const visiting =
    addresses.find((a) => a.type === 'visiting' && a.lat !== null) ??
    addresses.find((a) => a.type === 'visiting');
  const areas = mapAreas(channel.areas);
  return {
    row: {
      id: channel.id,
      type: channel.serviceChannelType,
      organizationId: channel.organizationId ?? null,
      name,
      alternativeName: fromLocalizedList(channel.serviceChannelNames, 'AlternativeName'),
      summary: fromLocalizedList(channel.serviceChannelDescriptions, 'Summary'),
      description: fromLocalizedList(channel.serviceChannelDescriptions, 'Description'),
      areaType: channel.areaType ?? null,
      municipalityCodes: areas.municipalityCodes,
      languages: [...new Set(channel.languages)],
      webPages: mapWebPages(channel.webPages),
      emails: mapEmails([...channel.emails, ...channel.supportEmails]),
      phones: mapPhones([...channel.phoneNumbers, ...channel.supportPhones]),
      addresses,
      hours: mapServiceHours(channel.serviceHours),
      entrances: mapEntrances(channel.addresses),
      accessibility: mapAccessibility(channel.accessibilityClassification),
      details: channelDetails(channel),
      lat: visiting?.lat ?? null,
      lon: visiting?.lon ?? null,
      municipalityCode: visiting?.municipalityCode ?? null,
      postalCode: visiting?.postalCode ?? null,
      publishingStatus: channel.publishingStatus,
      sourceModifiedAt: parsePtvUtc(channel.modified),
    },
    areas,
  };
}

function channelDetails(channel: PtvChannel): ChannelDetails {
  const details: ChannelDetails = {};
  if (channel.requiresAuthentication != null)
    details.requiresAuthentication = channel.requiresAuthentication;
  if (channel.requiresSignature != null) details.requiresSignature = channel.requiresSignature;
  if (channel.signatureQuantity) details.signatureQuantity = channel.signatureQuantity;
  const formIdentifier = fromLanguageItems(channel.formIdentifier);
  if (!isEmpty(formIdentifier)) details.formIdentifier = formIdentifier;
  const files = channel.channelUrls
    .filter((u) => u.value?.trim())
    .map((u) => ({ url: u.value!.trim(), fileType: u.type, language: u.language }));
  if (files.length) details.files = files;
  const attachments = channel.attachments.map((a) => ({
    type: a.type ?? 'Attachment',
    name: a.name ?? null,
    url: a.url ?? null,
    language: a.language,
  }));
  if (attachments.length) details.attachments = attachments;
  if (channel.deliveryAddresses.length) {
    details.deliveryAddresses = channel.deliveryAddresses.map((a) => ({
      ...mapAddress(a),
      type: 'delivery',
    }));
  }
  return details;
}
