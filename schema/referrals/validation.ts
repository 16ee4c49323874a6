import { z } from 'zod';
import { unitTypes } from '../auth/constants.ts';
import { ptvIdSchema } from '../catalogue/api.ts';
import { organizationKinds } from '../constants.ts';
import { localizedSchema } from '../localized.ts';
import { normalizeReferralCode, referralCodePattern } from './code.ts';
import { ageBands, lineStatuses, referralOutcomes, referralRoutes } from './constants.ts';

/** API shapes of referrals and unmet needs. Inputs are strict: unknown fields are refused. */

const noClientData = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys'
      ? `Unknown field(s) ${issue.keys?.map((k) => `'${k}'`).join(', ')}: tarjotin stores no client name, ` +
        'identity code, contact details or notes. Send only the documented fields.'
      : undefined,
};

export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'Expected an ISO 639 language code such as fi, sv, en or so')
  .describe("The client's language");

export const municipalityCodeSchema = z
  .string()
  .regex(/^\d{3}$/, 'Expected a 3-digit municipality code such as 853 (Turku)');

export const referralCodeSchema = z
  .string()
  .max(20)
  .transform(normalizeReferralCode)
  .refine(
    (code) => referralCodePattern.test(code),
    'Expected a 10-character referral code such as 7KQ2M-X9D4R',
  )
  .describe('The code on the client’s handoff, with or without the dash');

/** Need theme ids: the caller passes the vocabulary's ids so schema/ stays free of search/. */
export function themeIdsSchema(themeIds: readonly string[]) {
  const known = new Set(themeIds);
  return z
    .array(
      z
        .string()
        .refine(
          (id) => known.has(id),
          'Unknown need theme: use an id of the needs vocabulary, e.g. debt-and-money',
        ),
    )
    .min(1, 'Give at least one need theme')
    .max(10)
    .transform((ids) => [...new Set(ids)].sort());
}

export function referralInputSchema(themeIds: readonly string[]) {
  return z.strictObject(
    {
      services: z
        .array(ptvIdSchema)
        .min(1, 'Give at least one service')
        .max(20)
        .transform((ids) => [...new Set(ids)])
        .describe('PTV ids of published services: the client’s service list'),
      themes: themeIdsSchema(themeIds),
      route: z.enum(referralRoutes).describe('How the client was met'),
      language: languageCodeSchema,
      municipalityCode: municipalityCodeSchema.describe('Where the client lives'),
      ageBand: z.enum(ageBands).optional(),
      contactConsent: z.boolean().describe('The client agreed that the provider may contact them'),
    },
    noClientData,
  );
}
export type ReferralInput = z.output<ReturnType<typeof referralInputSchema>>;

export function unmetNeedInputSchema(themeIds: readonly string[]) {
  return z.strictObject(
    {
      themes: themeIdsSchema(themeIds),
      municipalityCode: municipalityCodeSchema,
      language: languageCodeSchema,
    },
    noClientData,
  );
}
export type UnmetNeedInput = z.output<ReturnType<typeof unmetNeedInputSchema>>;

export const outcomeInputSchema = z.strictObject(
  { outcome: z.enum(referralOutcomes) },
  noClientData,
);

/** Marking arrival takes no fields. */
export const emptyInputSchema = z.strictObject({}, noClientData);

export const referralLineSchema = z.object({
  serviceId: z.string(),
  serviceName: localizedSchema,
  organization: z
    .object({ id: z.string(), name: localizedSchema, kind: z.enum(organizationKinds) })
    .nullable(),
  status: z.enum(lineStatuses),
  arrivedAt: z.string().nullable(),
  outcome: z.enum(referralOutcomes).nullable(),
  closedAt: z.string().nullable(),
});

export const referralViewSchema = z.object({
  code: z.string(),
  displayCode: z.string().describe('The code as printed: ABCDE-FGHJK'),
  path: z.string().describe('Web path the QR code points at: /r/<code>'),
  qrPath: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  expired: z.boolean(),
  unit: z.object({ id: z.number(), name: z.string(), type: z.enum(unitTypes) }),
  route: z.enum(referralRoutes),
  language: z.string(),
  municipalityCode: z.string(),
  ageBand: z.enum(ageBands).nullable(),
  contactConsent: z.boolean(),
  themes: z.array(z.string()),
  services: z
    .array(referralLineSchema)
    .describe('A provider sees only its own organisations’ lines'),
});
export type ReferralView = z.infer<typeof referralViewSchema>;

export const unmetNeedViewSchema = z.object({
  id: z.number(),
  createdAt: z.string(),
  unitType: z.enum(unitTypes),
  municipalityCode: z.string(),
  language: z.string(),
  themes: z.array(z.string()),
});
