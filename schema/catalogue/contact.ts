import { z } from 'zod';
import { localizedSchema } from '../localized.ts';

/** A phone number normalised from PTV's split prefix + number. */
export const phoneSchema = z.object({
  /** `Phone`, `Sms` or `Fax` as PTV sends it (organisation phones have no type: `Phone`). */
  type: z.string(),
  /** International form (`+35824345111`), or a Finnish service number as is (`0295000`). */
  number: z.string(),
  isServiceNumber: z.boolean(),
  /** `FreeOfCharge`, `Chargeable` or `Other` (= extra charge, see chargeInfo). Raw PTV value. */
  chargeType: z.string().nullable(),
  chargeInfo: z.string().nullable(),
  info: z.string().nullable(),
  language: z.string(),
});
export type Phone = z.infer<typeof phoneSchema>;

export const emailSchema = z.object({
  value: z.string(),
  description: z.string().nullable(),
  language: z.string(),
});
export type Email = z.infer<typeof emailSchema>;

export const webPageSchema = z.object({
  url: z.string(),
  text: z.string().nullable(),
  language: z.string(),
});
export type WebPage = z.infer<typeof webPageSchema>;

/** An address in any of PTV's address shapes, coordinates converted to WGS84. */
export const addressSchema = z.object({
  /** `visiting`, `postal`, `delivery`, or PTV's raw type. */
  type: z.string(),
  /** Raw PTV subType: Street, Single, PostOfficeBox, Abroad, Foreign, Other, NoAddress. */
  subType: z.string().nullable(),
  street: localizedSchema,
  streetNumber: z.string().nullable(),
  postalCode: z.string().nullable(),
  postOffice: localizedSchema,
  postOfficeBox: localizedSchema,
  municipalityCode: z.string().nullable(),
  municipality: localizedSchema,
  additionalInfo: localizedSchema,
  /** Free-form foreign or "no address" text. */
  text: localizedSchema,
  country: z.string().nullable(),
  /** WGS84, only when PTV's coordinate state is trustworthy. */
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  coordinateState: z.string().nullable(),
});
export type Address = z.infer<typeof addressSchema>;

export const entranceSchema = z.object({
  name: localizedSchema,
  isMain: z.boolean(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  /** Accessibility sentences grouped under their localized group title. */
  groups: z.array(z.object({ title: localizedSchema, sentences: z.array(localizedSchema) })),
});
export type Entrance = z.infer<typeof entranceSchema>;

export const accessibilityClassificationSchema = z.object({
  level: z.string(),
  wcagLevel: z.string().nullable(),
  statementName: z.string().nullable(),
  statementUrl: z.string().nullable(),
  language: z.string(),
});
export type AccessibilityClassification = z.infer<typeof accessibilityClassificationSchema>;

export const contactSchema = z.object({
  emails: z.array(emailSchema),
  phones: z.array(phoneSchema),
  webPages: z.array(webPageSchema),
  addresses: z.array(addressSchema),
});
export type Contact = z.infer<typeof contactSchema>;
