import { z } from 'zod';
import { ptvIdSchema } from '../catalogue/api.ts';
import {
  containsIdentityCode,
  identityCodeMessage,
  redactIdentityCodes,
} from '../referrals/identity-code.ts';
import { feedbackStatuses, serviceReportKinds, siteFeedbackTopics } from './constants.ts';

/** Free text from anyone: trimmed, at most 2000 characters, identity codes redacted (not refused). */
const feedbackText = z
  .string()
  .trim()
  .min(1, 'Write a few words about the problem')
  .max(2000, 'Keep it under 2000 characters')
  .transform(redactIdentityCodes);

export const serviceReportInputSchema = z.strictObject({
  serviceId: ptvIdSchema,
  kind: z.enum(serviceReportKinds),
  text: feedbackText,
});
export type ServiceReportInput = z.output<typeof serviceReportInputSchema>;

export const siteFeedbackInputSchema = z.strictObject({
  topic: z.enum(siteFeedbackTopics),
  text: feedbackText,
  page: z
    .string()
    .max(300)
    .regex(/^\/[^\s]*$/, 'Expected a path such as /palvelut/123')
    .transform(redactIdentityCodes)
    .optional(),
  lang: z.enum(['fi', 'sv', 'en']).optional(),
  /** Refused, not redacted, when it looks like an identity code: a redacted address is useless. */
  replyTo: z
    .email('Expected an email address to answer to')
    .max(200)
    .refine((s) => !containsIdentityCode(s), identityCodeMessage)
    .optional(),
});
export type SiteFeedbackInput = z.output<typeof siteFeedbackInputSchema>;

export const serviceReportViewSchema = z.object({
  id: z.number(),
  serviceId: z.string(),
  organizationId: z.string().nullable(),
  kind: z.enum(serviceReportKinds),
  text: z.string(),
  createdAt: z.string(),
  status: z.enum(feedbackStatuses),
  resolvedAt: z.string().nullable(),
});

export const siteFeedbackViewSchema = z.object({
  id: z.number(),
  topic: z.enum(siteFeedbackTopics),
  text: z.string(),
  page: z.string().nullable(),
  lang: z.string().nullable(),
  replyTo: z.string().nullable(),
  createdAt: z.string(),
  status: z.enum(feedbackStatuses),
  resolvedAt: z.string().nullable(),
});
