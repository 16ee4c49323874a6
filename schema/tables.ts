// Every drizzle table, for drizzle-kit and for typed queries (`db.select().from(t.services)`).
export * from './catalogue/organizations.ts';
export * from './catalogue/services.ts';
export * from './catalogue/channels.ts';
export * from './catalogue/classifications.ts';
export * from './catalogue/areas.ts';
export * from './sync/tables.ts';
