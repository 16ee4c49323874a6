import { describe, expect, it } from 'vitest';
import { formatDate, messages, plural, translate, uiLanguages } from '../../web/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  const keys = Object.keys(messages.fi).sort();

  it.each(['sv', 'en'] as const)('%s has exactly the keys fi defines', (lang) => {
    expect(Object.keys(messages[lang]).sort()).toEqual(keys);
  });

  it.each(['sv', 'en'] as const)('%s uses the same placeholders as fi in every string', (lang) => {
    const mismatched = keys.filter(
      (k) =>
        placeholders(messages[lang][k as keyof typeof messages.fi]).join() !==
        placeholders(messages.fi[k as keyof typeof messages.fi]).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it('has no empty strings in any language', () => {
    for (const lang of uiLanguages) {
      expect(Object.entries(messages[lang]).filter(([, v]) => !v.trim())).toEqual([]);
    }
  });

  it('fills placeholders and picks plural forms by the language rules', () => {
    expect(translate('fi', 'results.titleQuery', { q: 'velka' })).toBe('Hakutulokset: velka');
    expect(plural('fi', 'results.count', 1)).toBe('1 palvelu');
    expect(plural('sv', 'results.count', 3)).toBe('3 tjänster');
    expect(plural('en', 'results.count', 1200)).toBe('1,200 services');
  });

  it('writes dates the way each language does', () => {
    expect(formatDate('fi', '2026-01-02T10:00:00Z')).toBe('2.1.2026');
    expect(formatDate('en', '2026-01-02')).toBe('2 Jan 2026');
  });
});
