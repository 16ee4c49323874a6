import { z } from 'zod';
import { organizationKinds } from '../constants.ts';
import { localizedSchema } from '../localized.ts';
import {
  accessibilityClassificationSchema,
  addressSchema,
  contactSchema,
  emailSchema,
  entranceSchema,
  phoneSchema,
  webPageSchema,
} from './contact.ts';
import { serviceHoursSchema } from './hours.ts';

/** Shapes the read API returns for catalogue entities (and the web renders). */

export const ptvIdSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    message: 'Expected a PTV id: a GUID such as 0b7c3c0e-8b4a-4bd4-9b7f-2d1f0c5a1e22',
  })
  .transform((id) => id.toLowerCase());

export const organizationRefSchema = z.object({
  id: z.string(),
  name: localizedSchema,
  kind: z.enum(organizationKinds),
});

export const classificationRefSchema = z.object({
  id: z.string(),
  kind: z.string(),
  code: z.string().nullable(),
  name: localizedSchema,
});

export const channelSchema = z.object({
  id: z.string(),
  type: z.string(),
  organizationId: z.string().nullable(),
  name: localizedSchema,
  summary: localizedSchema,
  description: localizedSchema,
  areaType: z.string().nullable(),
  municipalityCodes: z.array(z.string()),
  languages: z.array(z.string()),
  webPages: z.array(webPageSchema),
  emails: z.array(emailSchema),
  phones: z.array(phoneSchema),
  addresses: z.array(addressSchema),
  hours: z.array(serviceHoursSchema),
  entrances: z.array(entranceSchema),
  accessibility: z.array(accessibilityClassificationSchema),
  details: z.record(z.string(), z.unknown()),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  municipalityCode: z.string().nullable(),
  postalCode: z.string().nullable(),
  updatedAt: z.string().describe('When PTV last modified the channel (UTC ISO)'),
});

/** A channel as a service uses it: the connection's own hours, charge and contact details. */
export const serviceChannelSchema = channelSchema.extend({
  connection: z.object({
    chargeType: z.string().nullable(),
    description: localizedSchema,
    chargeInfo: localizedSchema,
    hours: z.array(serviceHoursSchema),
    contact: contactSchema.nullable(),
    extraTypes: z.array(z.string()),
  }),
});

export const serviceDetailSchema = z.object({
  id: z.string(),
  type: z.string().nullable(),
  name: localizedSchema,
  alternativeName: localizedSchema,
  summary: localizedSchema,
  description: localizedSchema.describe('Light Markdown as PTV sends it'),
  userInstruction: localizedSchema,
  requirements: localizedSchema,
  chargeType: z.string().nullable(),
  chargeInfo: localizedSchema,
  otherTexts: z.record(z.string(), localizedSchema),
  keywords: z.record(z.string(), z.array(z.string())),
  languages: z.array(z.string()),
  areaType: z.string().nullable(),
  areas: z.array(z.object({ type: z.string(), code: z.string(), name: localizedSchema })),
  municipalities: z.array(z.object({ code: z.string(), name: localizedSchema })),
  organizations: z.array(
    organizationRefSchema.extend({ roleType: z.string(), provisionType: z.string().nullable() }),
  ),
  responsibleOrganization: organizationRefSchema.nullable(),
  classifications: z.array(classificationRefSchema),
  channels: z.array(serviceChannelSchema),
  legislation: z.array(z.object({ name: localizedSchema, url: localizedSchema })),
  updatedAt: z.string().describe('When PTV last modified the service (UTC ISO)'),
});

export const organizationDetailSchema = z.object({
  id: z.string(),
  kind: z.enum(organizationKinds),
  organizationType: z.string(),
  businessCode: z.string().nullable(),
  parent: organizationRefSchema.nullable(),
  municipalityCode: z.string().nullable(),
  name: localizedSchema,
  summary: localizedSchema,
  description: localizedSchema,
  areaType: z.string().nullable(),
  municipalityCodes: z.array(z.string()),
  emails: z.array(emailSchema),
  phones: z.array(phoneSchema),
  webPages: z.array(webPageSchema),
  addresses: z.array(addressSchema),
  serviceCount: z.number().int(),
  updatedAt: z.string(),
});

export type ServiceDetail = z.infer<typeof serviceDetailSchema>;
export type ChannelView = z.infer<typeof channelSchema>;
export type OrganizationDetail = z.infer<typeof organizationDetailSchema>;
export type OrganizationRef = z.infer<typeof organizationRefSchema>;
