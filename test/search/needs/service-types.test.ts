import { describe, expect, it } from 'vitest';
import raw from '../../../search/needs/service-types.json' with { type: 'json' };
import { needThemes } from '../../../search/needs/index.ts';
import {
  broaderKinds,
  parseBroaderKinds,
  parseServicePaths,
  parseServiceTypes,
  servicePaths,
  serviceTypes,
} from '../../../search/needs/service-types.ts';

const copy = () => structuredClone(raw) as { types: Record<string, unknown>[] };

describe('service types', () => {
  it('gives every need theme its kinds of service', () => {
    const themes = new Set(serviceTypes.map((t) => t.theme));
    for (const theme of needThemes) expect(themes.has(theme.id), theme.id).toBe(true);
    expect(serviceTypes.length).toBeGreaterThanOrEqual(150);
  });

  it('names each type in every language, with lay words beside the names', () => {
    for (const type of serviceTypes) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        expect(type.names[lang].length, `${type.id} ${lang}`).toBeGreaterThan(0);
        expect(type.words[lang].length, `${type.id} ${lang}`).toBeGreaterThan(0);
      }
    }
  });

  it('rejects a type of an unknown theme and a repeated id, naming both', () => {
    const doc = copy();
    doc.types[0]!.theme = 'no-such-theme';
    doc.types.push(structuredClone(doc.types[1]!));
    expect(() => parseServiceTypes(doc)).toThrow(/unknown theme no-such-theme/);
    expect(() => parseServiceTypes(doc)).toThrow(/duplicate id/);
  });

  it('rejects a type without lay words in a language', () => {
    const doc = copy();
    (doc.types[0]!.words as Record<string, string[]>).sv = [];
    expect(() => parseServiceTypes(doc)).toThrow();
  });
});

describe('service paths', () => {
  const ids = new Set(serviceTypes.map((t) => t.id));

  it('give most kinds of service the kinds usually needed next, of known types', () => {
    expect(servicePaths.size).toBeGreaterThanOrEqual(serviceTypes.length * 0.8);
    expect(servicePaths.get('shelter')).toContain('victim-support');
    for (const next of servicePaths.values()) for (const id of next) expect(ids.has(id)).toBe(true);
  });

  it('reject an unknown type, an unknown next step and a type that is its own next step', () => {
    expect(() => parseServicePaths({ 'no-such-type': [] }, ids)).toThrow(
      /unknown type no-such-type/,
    );
    expect(() => parseServicePaths({ shelter: ['nowhere'] }, ids)).toThrow(
      /shelter: unknown type nowhere/,
    );
    expect(() => parseServicePaths({ shelter: ['shelter'] }, ids)).toThrow(/its own next step/);
  });

  it('reject a step listed twice for one type', () => {
    expect(() =>
      parseServicePaths({ shelter: ['public-legal-aid', 'public-legal-aid'] }, ids),
    ).toThrow(/shelter: public-legal-aid is listed twice/);
  });

  it('reject a path longer than four steps', () => {
    const five = [...ids].filter((id) => id !== 'shelter').slice(0, 5);
    expect(() => parseServicePaths({ shelter: five }, ids)).toThrow();
  });
});

describe('broader kinds', () => {
  const ids = new Set(serviceTypes.map((t) => t.id));

  it('give specialised kinds a general one to stand in, and general kinds none', () => {
    expect(broaderKinds.get('opioid-substitution')).toBe('a-clinic');
    expect(broaderKinds.has('a-clinic')).toBe(false);
    expect(broaderKinds.size).toBeGreaterThanOrEqual(serviceTypes.length / 3);
  });

  it('reject unknown types and a type as its own broader kind, naming them', () => {
    expect(() => parseBroaderKinds({ 'no-such-type': null }, ids)).toThrow(
      /unknown type no-such-type/,
    );
    expect(() => parseBroaderKinds({ detox: 'nowhere' }, ids)).toThrow(
      /detox: unknown type nowhere/,
    );
    expect(() => parseBroaderKinds({ detox: 'detox' }, ids)).toThrow(/its own broader kind/);
    expect(parseBroaderKinds({ detox: 'a-clinic', 'a-clinic': null }, ids)).toEqual(
      new Map([['detox', 'a-clinic']]),
    );
  });
});
