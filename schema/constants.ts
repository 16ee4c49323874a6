/**
 * Closed vocabularies shared by tables, zod schemas and the API. PTV's own enums are NOT here:
 * PTV drifts, so its raw values are stored as text and mapped in code with a fallback.
 */

/** Derived organisation kind (see ingest/map/organization-kind.ts for the rules). */
export const organizationKinds = [
  'municipality',
  'wellbeing_county',
  'parish',
  'association',
  'state',
  'company',
  'other',
] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

/** The five PTV channel types as PTV spells them. */
export const channelTypes = [
  'ServiceLocation',
  'Phone',
  'EChannel',
  'WebPage',
  'PrintableForm',
] as const;
export type ChannelType = (typeof channelTypes)[number];

/** Classification lists embedded in PTV services ("finto items"). */
export const classificationKinds = [
  'service_class',
  'ontology_term',
  'target_group',
  'life_event',
  'industrial_class',
] as const;
export type ClassificationKind = (typeof classificationKinds)[number];

export const syncModes = ['full', 'incremental'] as const;
export type SyncMode = (typeof syncModes)[number];

export const syncStatuses = ['running', 'succeeded', 'failed', 'interrupted'] as const;
export type SyncStatus = (typeof syncStatuses)[number];

export const entityTypes = ['organization', 'service', 'channel'] as const;
export type EntityType = (typeof entityTypes)[number];

/** UI and content languages tarjotin speaks. PTV content may also carry se, smn and sms. */
export const uiLanguages = ['fi', 'sv', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** The 27 municipalities of Varsinais-Suomi: the default ingest scope. */
export const varsinaisSuomiMunicipalities = [
  '019',
  '202',
  '284',
  '304',
  '322',
  '400',
  '423',
  '430',
  '445',
  '480',
  '481',
  '503',
  '529',
  '538',
  '561',
  '577',
  '631',
  '636',
  '680',
  '704',
  '734',
  '738',
  '761',
  '833',
  '853',
  '895',
  '918',
] as const;
