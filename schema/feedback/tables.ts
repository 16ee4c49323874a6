import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from '../auth/tables.ts';
import { feedbackStatuses, serviceReportKinds, siteFeedbackTopics } from './constants.ts';

/**
 * Problems reported about a service, queued for the organisation that owns it in PTV. Kept apart
 * from referral data: no referral id, no client. Identity codes in the text are redacted.
 */
export const serviceReports = sqliteTable(
  'service_reports',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    serviceId: text().notNull(),
    /** `services.responsible_organization_id` when reported: whose queue it is in. */
    organizationId: text(),
    kind: text({ enum: serviceReportKinds }).notNull(),
    text: text().notNull(),
    createdAt: text().notNull(),
    status: text({ enum: feedbackStatuses }).notNull().default('open'),
    resolvedAt: text(),
    resolvedByUserId: integer().references(() => users.id),
  },
  (t) => [index('service_reports_org_status_idx').on(t.organizationId, t.status)],
);

/** Feedback on tarjotin itself, accessibility feedback included. */
export const siteFeedback = sqliteTable(
  'site_feedback',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    topic: text({ enum: siteFeedbackTopics }).notNull(),
    text: text().notNull(),
    /** The page the feedback is about (path only). */
    page: text(),
    lang: text(),
    /** Optional, for an answer; erased when the feedback is resolved. */
    replyTo: text(),
    createdAt: text().notNull(),
    status: text({ enum: feedbackStatuses }).notNull().default('open'),
    resolvedAt: text(),
    resolvedByUserId: integer().references(() => users.id),
  },
  (t) => [index('site_feedback_status_idx').on(t.status)],
);
