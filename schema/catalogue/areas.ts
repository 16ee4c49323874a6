import { primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { localized } from '../columns.ts';

/** Municipalities by their 3-digit code (kept as text: leading zeros matter). */
export const municipalities = sqliteTable('municipalities', {
  code: text().primaryKey(),
  name: localized(),
});

/** Regions, business subregions, hospital districts, wellbeing services counties, ... */
export const areas = sqliteTable(
  'areas',
  {
    /** PTV JSON area type: Region, BusinessSubRegion, HospitalDistrict, WellbeingServiceCounties. */
    type: text().notNull(),
    code: text().notNull(),
    name: localized(),
  },
  (t) => [primaryKey({ columns: [t.type, t.code] })],
);

export const areaMunicipalities = sqliteTable(
  'area_municipalities',
  {
    areaType: text().notNull(),
    areaCode: text().notNull(),
    municipalityCode: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.areaType, t.areaCode, t.municipalityCode] })],
);
