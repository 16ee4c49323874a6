import { describe, expect, it } from 'vitest';
import { parseGuid } from '../../ingest/replay/guid.ts';
import { inWindow, parseModified, parseQueryDate } from '../../ingest/replay/instant.ts';

describe('replay parsing of PTV values', () => {
  it('reads modified strings without zone as UTC, keeping 100 ns precision', () => {
    const sec = Date.UTC(2020, 2, 4, 14, 7, 4) / 1000;
    expect(parseModified('2020-03-04T14:07:04.840483')).toEqual({ sec, tick: 8404830 });
    expect(parseModified('2020-03-04T14:07:04')).toEqual({ sec, tick: 0 });
    expect(parseModified('2020-03-04T16:07:04.1+02:00')).toEqual({ sec, tick: 1000000 });
    expect(parseModified('2020-03-04T14:07:04.123456789Z')).toEqual({ sec, tick: 1234567 });
    expect(parseModified('04.03.2020')).toBeNull();
  });

  it('treats a modified value 100 ns past the date as after it', () => {
    const at = parseModified('2020-03-04T14:07:04.0000001')!;
    const date = parseQueryDate('2020-03-04T14:07:04')!;
    expect(inWindow(at.sec, at.tick, { after: date })).toBe(true);
    expect(inWindow(at.sec, 0, { after: date })).toBe(false);
    expect(inWindow(at.sec, at.tick, { before: date })).toBe(false);
  });

  it('accepts GUIDs in the forms .NET parses and canonicalises them', () => {
    const canonical = '5e000000-0000-4000-8000-000000000001';
    expect(parseGuid('5E000000-0000-4000-8000-000000000001')).toBe(canonical);
    expect(parseGuid('5e000000000040008000000000000001')).toBe(canonical);
    expect(parseGuid('{5e000000-0000-4000-8000-000000000001}')).toBe(canonical);
    expect(parseGuid('5e000000-0000-4000-8000-00000000001')).toBeNull();
  });
});
