export * from './constants.ts';
export * from './localized.ts';
export * from './catalogue/contact.ts';
export * from './catalogue/hours.ts';
export type { ChannelDetails } from './catalogue/channels.ts';
export * from './catalogue/api.ts';
export type { SyncCounts } from './sync/tables.ts';
export * as t from './tables.ts';
export { openDatabase, transaction, type Db } from './db.ts';
