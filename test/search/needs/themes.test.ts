import { describe, expect, it } from 'vitest';
import raw from '../../../search/needs/themes.json' with { type: 'json' };
import {
  classificationIndex,
  getNeedTheme,
  needThemes,
  parseNeedThemes,
} from '../../../search/needs/index.ts';

const copy = () => structuredClone(raw) as { themes: Record<string, unknown>[] };
const themeAt = (doc: { themes: Record<string, unknown>[] }, id: string) =>
  doc.themes.find((t) => t.id === id)!;

describe('needs vocabulary', () => {
  it('offers at least 28 themes with unique kebab-case ids', () => {
    const ids = needThemes.map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(28);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('ties every theme only to classifications that exist in the reference', () => {
    for (const theme of needThemes) {
      for (const code of theme.serviceClasses)
        expect(classificationIndex.serviceClasses.has(code), `${theme.id} ${code}`).toBe(true);
      for (const code of theme.targetGroups)
        expect(classificationIndex.targetGroups.has(code), `${theme.id} ${code}`).toBe(true);
      for (const code of theme.lifeEvents)
        expect(classificationIndex.lifeEvents.has(code), `${theme.id} ${code}`).toBe(true);
      for (const uri of theme.ontologyTerms)
        expect(classificationIndex.ontologyTerms.has(uri), `${theme.id} ${uri}`).toBe(true);
    }
  });

  it('relates themes only to other existing themes', () => {
    const ids = new Set(needThemes.map((t) => t.id));
    for (const theme of needThemes) {
      for (const related of theme.related) {
        expect(ids.has(related)).toBe(true);
        expect(related).not.toBe(theme.id);
      }
    }
  });

  it('carries the colloquial words people type, in Finnish and Swedish', () => {
    expect(getNeedTheme('debt-and-money').words.fi).toEqual(
      expect.arrayContaining(['velkaa', 'rahat loppuu', 'ulosotto']),
    );
    expect(getNeedTheme('housing-and-homelessness').words.fi).toContain('ei ole kotia');
    expect(getNeedTheme('substance-use').words.fi).toContain('juo liikaa');
    expect(getNeedTheme('caring-for-a-relative').words.fi).toContain('omaishoitaja');
    expect(getNeedTheme('loneliness').words.sv).toContain('ensam');
  });

  it('marks the sote areas so the non-sote help can be surfaced', () => {
    expect(getNeedTheme('mental-health').sote).toBe(true);
    expect(getNeedTheme('food-aid').sote).toBe(false);
    expect(needThemes.filter((t) => !t.sote).length).toBeGreaterThan(needThemes.length / 2);
  });

  it('rejects a theme that points at an unknown service class', () => {
    const doc = copy();
    themeAt(doc, 'loneliness').serviceClasses = ['P4.12', 'P99.9'];
    expect(() => parseNeedThemes(doc)).toThrow(/loneliness: unknown service class P99\.9/);
  });

  it('rejects unknown target groups, life events and ontology terms', () => {
    const doc = copy();
    themeAt(doc, 'debt-and-money').targetGroups = ['KR9'];
    themeAt(doc, 'debt-and-money').lifeEvents = ['KE99'];
    themeAt(doc, 'debt-and-money').ontologyTerms = ['http://www.yso.fi/onto/yso/p0'];
    // One error lists every problem, in the order they were checked.
    expect(() => parseNeedThemes(doc)).toThrow(
      /unknown target group KR9[\s\S]*unknown life event KE99[\s\S]*unknown ontology term \S+yso\/p0/,
    );
  });

  it('rejects a related id that names no theme', () => {
    const doc = copy();
    themeAt(doc, 'gambling').related = ['debt-and-money', 'casinos'];
    expect(() => parseNeedThemes(doc)).toThrow(/gambling: unknown related theme casinos/);
  });

  it('rejects a description that is not one plain sentence', () => {
    const doc = copy();
    (themeAt(doc, 'food-aid').description as Record<string, string>).fi =
      'Ruoka-apua\nja ruokakasseja';
    expect(() => parseNeedThemes(doc)).toThrow(/one plain sentence/);
  });

  it('refuses an unknown theme id by name', () => {
    expect(() => getNeedTheme('astrology')).toThrow(/Unknown need theme "astrology"/);
  });
});
