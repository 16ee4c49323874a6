import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { localized } from '../columns.ts';
import { classificationKinds } from '../constants.ts';

/**
 * Classification items collected from the services that embed them (v11 has no classification
 * endpoints). Keyed by `newUri ?? uri ?? kind:code`: ontology terms have no code, Y-platform-only
 * classes no legacy uri.
 */
export const classifications = sqliteTable(
  'classifications',
  {
    id: text().primaryKey(),
    kind: text({ enum: classificationKinds }).notNull(),
    code: text(),
    uri: text(),
    newUri: text(),
    parentUri: text(),
    ontologyType: text(),
    name: localized(),
    description: localized(),
  },
  (t) => [index('classifications_kind_code_idx').on(t.kind, t.code)],
);

export const serviceClassifications = sqliteTable(
  'service_classifications',
  {
    serviceId: text().notNull(),
    classificationId: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.classificationId] }),
    index('service_classifications_class_idx').on(t.classificationId),
  ],
);
