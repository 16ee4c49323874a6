import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { json } from '../columns.ts';

export const auditActions = ['create', 'read', 'update', 'export', 'delete'] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditObjectTypes = [
  'referral',
  'unmet_need',
  'referral_figures',
  'referral_audit',
] as const;
export type AuditObjectType = (typeof auditObjectTypes)[number];

/** `system` is the retention job and the demo seed. */
export const auditRoles = ['advisor', 'provider', 'admin', 'system'] as const;

/**
 * One row per read, creation, change and export of referral data. Append-only: triggers in
 * migration 0002_audit_triggers abort any UPDATE or DELETE.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    userId: integer(),
    role: text({ enum: auditRoles }).notNull(),
    /** The actor's organisations at the time (provider users). */
    organizationIds: json<string[]>().notNull().default([]),
    action: text({ enum: auditActions }).notNull(),
    objectType: text({ enum: auditObjectTypes }).notNull(),
    /** Referral code, unmet need id, or `<organisation id|all>/<year>` for figures. */
    objectId: text().notNull(),
    requestId: text(),
  },
  (t) => [index('audit_log_object_idx').on(t.objectType, t.objectId)],
);
