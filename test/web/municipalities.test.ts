import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../web/lib/api-types.ts';
import { municipalityNames, municipalityOptions } from '../../web/lib/municipalities.ts';

const list: Municipality[] = [
  { code: '853', name: { fi: 'Turku', sv: 'Åbo', en: 'Turku' } },
  { code: '202', name: { fi: 'Kaarina', sv: 'S:t Karins' } },
  { code: '734', name: { fi: 'Salo', sv: 'Salo' } },
  { code: '091', name: { fi: 'Helsinki', sv: 'Helsingfors' } },
];

describe('municipality choices', () => {
  it('are sorted by name in the page language', () => {
    expect(municipalityOptions(list, 'fi').map((m) => m.name)).toEqual([
      'Helsinki',
      'Kaarina',
      'Salo',
      'Turku',
    ]);
    expect(municipalityOptions(list, 'sv').map((m) => m.name)).toEqual([
      'Helsingfors',
      'S:t Karins',
      'Salo',
      'Åbo',
    ]);
  });

  it('keep a remembered municipality the list lacks, named if the county knows it', () => {
    const options = municipalityOptions(list, 'sv', '445');
    expect(options.find((m) => m.code === '445')).toEqual({ code: '445', name: 'Pargas' });
    expect(municipalityOptions(list, 'fi', '999')[0]).toEqual({ code: '999', name: '999' });
    expect(municipalityOptions(list, 'fi', '853')).toHaveLength(4);
  });

  it('ignore a kept value that is not a municipality code', () => {
    expect(municipalityOptions(list, 'fi', 'abc')).toHaveLength(4);
  });
});

describe('municipality names', () => {
  it('come from the API in the page language, English falling back to Finnish', () => {
    const en = municipalityNames(list, 'en');
    expect(en('202')).toBe('Kaarina');
    expect(municipalityNames(list, 'sv')('853')).toBe('Åbo');
  });

  it("fall back to the county's own names, then to the code", () => {
    const sv = municipalityNames([], 'sv');
    expect(sv('680')).toBe('Reso');
    expect(municipalityNames([], 'en')('680')).toBe('Raisio');
    expect(sv('999')).toBe('999');
  });
});
