/**
 * Zod schemas of PTV Open API v11 payloads, in PTV's own vocabulary (see
 * ../shared/ptv/v11-wire-format.md). They validate structure only: enum-like fields are plain
 * strings because the live registry drifts, and every list accepts `null` as `[]`.
 */
import { z } from 'zod';

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const guidSchema = z.string().regex(guidPattern, 'not a GUID');

/** PTV writes `null` and `[]` for the same thing; both become `[]`. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((v) => v ?? []);

const str = z.string().nullish();
const bool = z.boolean().nullish();

export const languageItemSchema = z.object({ value: str, language: z.string() });
export const localizedListItemSchema = z.object({
  language: z.string(),
  value: str,
  type: z.string(),
});
const nameTypeSchema = z.object({ type: z.string(), language: z.string() });

export const municipalitySchema = z.object({ code: z.string(), name: list(languageItemSchema) });

export const areaSchema = z.object({
  type: z.string(),
  code: str,
  name: list(languageItemSchema),
  municipalities: list(municipalitySchema),
});

export const fintoItemSchema = z.object({
  name: list(languageItemSchema),
  description: list(languageItemSchema).optional(),
  code: str,
  ontologyType: str,
  uri: str,
  parentId: str,
  parentUri: str,
  newUri: str,
  newParentUri: str,
});

export const phoneSchema = z.object({
  /** Present on PhoneWithType (channels, connection contacts); absent on organisation phones. */
  type: str,
  additionalInformation: str,
  serviceChargeType: str,
  chargeDescription: str,
  prefixNumber: str,
  isFinnishServiceNumber: bool,
  number: str,
  language: z.string(),
});

export const emailSchema = z.object({ description: str, value: z.string(), language: z.string() });
export const webPageSchema = z.object({ url: str, value: str, language: z.string() });

const streetAddressSchema = z.object({
  street: list(languageItemSchema),
  streetNumber: str,
  postalCode: str,
  postOffice: list(languageItemSchema),
  municipality: municipalitySchema.nullish(),
  additionalInformation: list(languageItemSchema),
  latitude: str,
  longitude: str,
  coordinateState: str,
});

const postOfficeBoxAddressSchema = z.object({
  postOfficeBox: list(languageItemSchema),
  postalCode: str,
  postOffice: list(languageItemSchema),
  municipality: municipalitySchema.nullish(),
  additionalInformation: list(languageItemSchema),
});

const otherAddressSchema = z.object({
  latitude: str,
  longitude: str,
  postalCode: str,
  postOffice: list(languageItemSchema),
  additionalInformation: list(languageItemSchema),
});

const entranceSchema = z.object({
  name: list(languageItemSchema),
  isMainEntrance: bool,
  coordinates: z.object({ latitude: str, longitude: str }).nullish(),
  accessibilitySentences: list(
    z.object({
      sentenceGroup: list(languageItemSchema),
      sentences: list(z.object({ sentence: list(languageItemSchema) })),
    }),
  ),
});

/** Every PTV address shape (organisation, location, contact, delivery) in one lenient schema. */
export const addressSchema = z.object({
  type: str,
  subType: str,
  postOfficeBoxAddress: postOfficeBoxAddressSchema.nullish(),
  streetAddress: streetAddressSchema.nullish(),
  otherAddress: otherAddressSchema.nullish(),
  foreignAddress: list(languageItemSchema),
  locationAbroad: list(languageItemSchema),
  deliveryAddressInText: list(languageItemSchema),
  receiver: list(languageItemSchema),
  entrances: list(entranceSchema),
  country: str,
});

export const serviceHourSchema = z.object({
  serviceHourType: z.string(),
  validFrom: str,
  validTo: str,
  isClosed: bool,
  validForNow: bool,
  isAlwaysOpen: bool,
  isReservation: bool,
  additionalInformation: list(languageItemSchema),
  openingHour: list(z.object({ dayFrom: str, dayTo: str, from: str, to: str })),
});

const contactDetailsSchema = z.object({
  emails: list(emailSchema),
  phoneNumbers: list(phoneSchema),
  webPages: list(webPageSchema),
  addresses: list(addressSchema),
});

export const serviceChannelConnectionSchema = z.object({
  serviceChannel: z.object({ id: guidSchema, name: str }),
  serviceChargeType: str,
  description: list(localizedListItemSchema),
  extraTypes: list(z.object({ type: str, code: str })),
  serviceHours: list(serviceHourSchema),
  contactDetails: contactDetailsSchema.nullish(),
  modified: str,
});

export const serviceOrganizationSchema = z.object({
  organization: z.object({ id: guidSchema, name: str }).nullish(),
  roleType: z.string(),
  provisionType: str,
  additionalInformation: list(languageItemSchema),
});

export const ptvServiceSchema = z.object({
  id: guidSchema,
  generalDescriptionId: guidSchema.nullish(),
  subType: str,
  type: str,
  fundingType: str,
  serviceNames: list(localizedListItemSchema),
  serviceChargeType: str,
  areaType: str,
  areas: list(areaSchema),
  serviceDescriptions: list(localizedListItemSchema),
  languages: list(z.string()),
  serviceClasses: list(fintoItemSchema),
  ontologyTerms: list(fintoItemSchema),
  targetGroups: list(fintoItemSchema),
  lifeEvents: list(fintoItemSchema),
  industrialClasses: list(fintoItemSchema),
  legislation: list(z.object({ names: list(languageItemSchema), webPages: list(webPageSchema) })),
  keywords: list(languageItemSchema),
  requirements: list(languageItemSchema),
  serviceChannels: list(serviceChannelConnectionSchema),
  organizations: list(serviceOrganizationSchema),
  serviceVouchersInUse: bool,
  publishingStatus: z.string(),
  modified: z.string(),
});

export const ptvOrganizationSchema = z.object({
  id: guidSchema,
  oid: str,
  parentOrganizationId: guidSchema.nullish(),
  organizationRootId: guidSchema.nullish(),
  municipality: municipalitySchema.nullish(),
  organizationType: z.string(),
  businessCode: str,
  organizationNames: list(localizedListItemSchema),
  displayNameType: list(nameTypeSchema),
  areaType: str,
  areas: list(areaSchema),
  organizationDescriptions: list(localizedListItemSchema),
  emails: list(emailSchema),
  phoneNumbers: list(phoneSchema),
  webPages: list(webPageSchema),
  addresses: list(addressSchema),
  publishingStatus: z.string(),
  modified: z.string(),
  subOrganizations: list(z.object({ id: guidSchema, name: str })),
});

/** The five concrete channel shapes in one schema: type-specific keys are optional. */
export const ptvChannelSchema = z.object({
  id: guidSchema,
  oid: str,
  serviceChannelType: z.string(),
  organizationId: guidSchema.nullish(),
  serviceChannelNames: list(localizedListItemSchema),
  displayNameType: list(nameTypeSchema),
  serviceChannelDescriptions: list(localizedListItemSchema),
  areaType: str,
  areas: list(areaSchema),
  phoneNumbers: list(phoneSchema),
  emails: list(emailSchema),
  supportPhones: list(phoneSchema),
  supportEmails: list(emailSchema),
  languages: list(z.string()),
  webPages: list(webPageSchema),
  addresses: list(addressSchema),
  serviceHours: list(serviceHourSchema),
  signatureQuantity: z.number().nullish(),
  requiresSignature: bool,
  requiresAuthentication: bool,
  attachments: list(
    z.object({ type: str, name: str, description: str, url: str, language: z.string() }),
  ),
  accessibilityClassification: list(
    z.object({
      accessibilityClassificationLevel: str,
      wcagLevel: str,
      accessibilityStatementWebPageName: str,
      accessibilityStatementWebPage: str,
      language: z.string(),
    }),
  ),
  formIdentifier: list(languageItemSchema),
  deliveryAddresses: list(addressSchema),
  channelUrls: list(localizedListItemSchema),
  publishingStatus: z.string(),
  modified: z.string(),
});

/** An ID page (`GET /Service`, `/ServiceChannel`, `/Organization`, area listings): 1000 per page. */
export const idPageSchema = z.object({
  pageNumber: z.number(),
  pageSize: z.number(),
  pageCount: z.number(),
  itemList: z.array(z.object({ id: guidSchema, name: str, parentOrganizationId: str })).nullable(),
});

export type PtvService = z.output<typeof ptvServiceSchema>;
export type PtvOrganization = z.output<typeof ptvOrganizationSchema>;
export type PtvChannel = z.output<typeof ptvChannelSchema>;
export type PtvArea = z.output<typeof areaSchema>;
export type PtvAddress = z.output<typeof addressSchema>;
export type PtvPhone = z.output<typeof phoneSchema>;
export type PtvServiceHour = z.output<typeof serviceHourSchema>;
export type PtvFintoItem = z.output<typeof fintoItemSchema>;
export type PtvLanguageItem = z.output<typeof languageItemSchema>;
export type PtvLocalizedListItem = z.output<typeof localizedListItemSchema>;
export type IdPage = z.output<typeof idPageSchema>;
