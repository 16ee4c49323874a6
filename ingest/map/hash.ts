import { createHash } from 'node:crypto';

/** Bump when mapping changes, so unchanged payloads are rewritten with the new mapping once. */
export const MAPPING_VERSION = 1;

/** Content hash of a raw PTV record (as received), salted with the mapping version. */
export function contentHash(raw: unknown): string {
  return createHash('sha1')
    .update(`${MAPPING_VERSION}\u0000${JSON.stringify(raw)}`)
    .digest('hex');
}
