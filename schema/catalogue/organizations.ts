import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { json, localized, syncColumns } from '../columns.ts';
import { organizationKinds } from '../constants.ts';
import type { Address, Email, Phone, WebPage } from './contact.ts';

export const organizations = sqliteTable(
  'organizations',
  {
    /** PTV organisation id (root id, stable across versions). */
    id: text().primaryKey(),
    kind: text({ enum: organizationKinds }).notNull(),
    /** Raw PTV organizationType: Municipality, Region, Organization, ... (unknown values kept). */
    organizationType: text().notNull(),
    businessCode: text(),
    oid: text(),
    parentId: text(),
    rootId: text(),
    /** For municipality organisations: the municipality they are. */
    municipalityCode: text(),
    name: localized(),
    alternativeName: localized(),
    summary: localized(),
    /** Light Markdown as PTV sends it. */
    description: localized(),
    areaType: text(),
    municipalityCodes: json<string[]>().notNull().default([]),
    emails: json<Email[]>().notNull().default([]),
    phones: json<Phone[]>().notNull().default([]),
    webPages: json<WebPage[]>().notNull().default([]),
    addresses: json<Address[]>().notNull().default([]),
    ...syncColumns(),
  },
  (t) => [
    index('organizations_kind_idx').on(t.kind),
    index('organizations_parent_idx').on(t.parentId),
  ],
);
