export { usageKinds, type UsageKind } from './tables.ts';
export { recordSearch, sanitizeQuery, type SearchUsage } from './record.ts';
export { UsageBuffer } from './buffer.ts';
