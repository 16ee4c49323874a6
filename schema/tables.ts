// Every drizzle table, for drizzle-kit and for typed queries (`db.select().from(t.services)`).
export * from './catalogue/organizations.ts';
export * from './catalogue/services.ts';
export * from './catalogue/channels.ts';
export * from './catalogue/classifications.ts';
export * from './catalogue/areas.ts';
export * from './sync/tables.ts';
export * from './auth/tables.ts';
export * from './referrals/tables.ts';
export * from './feedback/tables.ts';
export * from './audit/tables.ts';
export * from './usage/tables.ts';
