import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ptvChannelSchema,
  ptvOrganizationSchema,
  ptvServiceSchema,
} from '../../ingest/ptv/wire.ts';
import { generateAndRead, type ReadDump } from './dump.ts';

let dump: ReadDump;
beforeAll(async () => {
  dump = await generateAndRead({ services: 400, seed: 'schemas', malformed: 16 });
});
afterAll(() => dump.remove());

const schemas = {
  service: ptvServiceSchema,
  channel: ptvChannelSchema,
  organization: ptvOrganizationSchema,
};
const folders = {
  service: 'services',
  channel: 'channels',
  organization: 'organizations',
} as const;

describe('generated records against the ingest wire schemas', () => {
  it('validates every record that is not listed as malformed', () => {
    const broken = new Set(dump.malformed.map((m) => m.id));
    const failures: string[] = [];
    for (const [kind, schema] of Object.entries(schemas) as [
      keyof typeof schemas,
      (typeof schemas)[keyof typeof schemas],
    ][]) {
      for (const [id, record] of dump[folders[kind]]) {
        if (broken.has(id)) continue;
        const result = schema.safeParse(record);
        if (!result.success)
          failures.push(
            `${kind} ${id}: ${result.error.issues[0].path.join('.')} ${result.error.issues[0].message}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it('writes every malformed record listed in MALFORMED.json, and each one fails its schema', () => {
    expect(dump.malformed).toHaveLength(16);
    expect(new Set(dump.malformed.map((m) => m.kind))).toEqual(
      new Set(['service', 'channel', 'organization']),
    );
    for (const entry of dump.malformed) {
      const record = dump[folders[entry.kind as keyof typeof folders]].get(entry.id);
      expect(record, entry.id).toBeDefined();
      expect(record!.publishingStatus === 'Published').toBe(true);
      expect(
        schemas[entry.kind as keyof typeof schemas].safeParse(record).success,
        entry.defect,
      ).toBe(false);
    }
  });
});
