import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { json, localized, syncColumns } from '../columns.ts';
import type { Localized } from '../localized.ts';
import type {
  AccessibilityClassification,
  Address,
  Contact,
  Email,
  Entrance,
  Phone,
  WebPage,
} from './contact.ts';
import type { ServiceHours } from './hours.ts';

/** Type-specific fields of EChannel, WebPage and PrintableForm channels. */
export interface ChannelDetails {
  requiresAuthentication?: boolean;
  requiresSignature?: boolean;
  signatureQuantity?: number;
  formIdentifier?: Localized;
  /** PrintableForm files: url per language with PTV's file type (PDF, DOC, ...). */
  files?: { url: string; fileType: string; language: string }[];
  attachments?: { type: string; name: string | null; url: string | null; language: string }[];
  deliveryAddresses?: Address[];
}

export const channels = sqliteTable(
  'channels',
  {
    id: text().primaryKey(),
    /** ServiceLocation | Phone | EChannel | WebPage | PrintableForm (unknown values kept). */
    type: text().notNull(),
    organizationId: text(),
    name: localized(),
    alternativeName: localized(),
    summary: localized(),
    description: localized(),
    /** Null means inherited from the connected service. */
    areaType: text(),
    municipalityCodes: json<string[]>().notNull().default([]),
    languages: json<string[]>().notNull().default([]),
    /** For EChannel/WebPage these are the channel's own URLs; for others related links. */
    webPages: json<WebPage[]>().notNull().default([]),
    emails: json<Email[]>().notNull().default([]),
    phones: json<Phone[]>().notNull().default([]),
    addresses: json<Address[]>().notNull().default([]),
    hours: json<ServiceHours[]>().notNull().default([]),
    entrances: json<Entrance[]>().notNull().default([]),
    accessibility: json<AccessibilityClassification[]>().notNull().default([]),
    details: json<ChannelDetails>().notNull().default({}),
    /** Visiting address, WGS84, for distance and maps. */
    lat: real(),
    lon: real(),
    municipalityCode: text(),
    postalCode: text(),
    ...syncColumns(),
  },
  (t) => [index('channels_org_idx').on(t.organizationId), index('channels_type_idx').on(t.type)],
);

/** Service-channel connection, from the service side (the canonical one). */
export const serviceChannels = sqliteTable(
  'service_channels',
  {
    serviceId: text().notNull(),
    channelId: text().notNull(),
    position: integer().notNull(),
    chargeType: text(),
    description: localized(),
    chargeInfo: localized(),
    hours: json<ServiceHours[]>().notNull().default([]),
    contact: json<Contact | null>(),
    /** Asti extra types: codes such as OnsiteGuidance. */
    extraTypes: json<string[]>().notNull().default([]),
    modifiedAt: text(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.channelId] }),
    index('service_channels_channel_idx').on(t.channelId),
  ],
);
