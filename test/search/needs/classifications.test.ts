import { describe, expect, it } from 'vitest';
import raw from '../../../search/needs/ptv-classifications.json' with { type: 'json' };
import {
  classificationIndex,
  parseClassifications,
  ptvClassifications,
} from '../../../search/needs/classifications.ts';

const copy = () => structuredClone(raw) as unknown as Record<string, Record<string, unknown>[]>;

describe('PTV classification reference', () => {
  it('gives service classes both the legacy Finto URI and the koodistot URI PTV sends', () => {
    const sports = classificationIndex.serviceClasses.get('P27.1')!;
    expect(sports.names).toEqual({
      fi: 'Liikunta ja urheilu',
      sv: 'Motion och idrott',
      en: 'Sports and exercise',
    });
    expect(sports.uri).toBe('http://urn.fi/URN:NBN:fi:au:ptvl:v1211');
    expect(sports.newUri).toBe('http://uri.suomi.fi/codelist/ptv/ptvserclass2/code/P27.1');
    expect(sports.parent).toBe('P27');
    expect(classificationIndex.serviceClasses.get('P15.1')!.names.fi).toBe(
      'Henkilön talous- ja velkaneuvonta',
    );
  });

  it('leaves the legacy URI null for classes created only on the Y-platform', () => {
    expect(classificationIndex.serviceClasses.get('P28.4')!.uri).toBeNull();
  });

  it('knows the target groups and life events by code and legacy URI', () => {
    expect(classificationIndex.targetGroups.get('KR1')!.uri).toBe(
      'http://urn.fi/URN:NBN:fi:au:ptvl:v2001',
    );
    expect(classificationIndex.targetGroups.get('KR1.1')!.names.fi).toBe('Ikäihmiset');
    expect(classificationIndex.lifeEvents.get('KE9')!.names.fi).toBe('Velkaantuminen');
    expect(classificationIndex.lifeEvents.get('KE13')!.newUri).toBe(
      'http://uri.suomi.fi/codelist/ptv/ptvelti/code/KE13',
    );
  });

  it('covers the social, health, housing, work, family, culture, religion and legal classes', () => {
    for (const code of [
      'P1.4',
      'P3.6',
      'P4.10',
      'P4.11',
      'P4.12',
      'P5.7',
      'P7.4',
      'P10.1',
      'P15.1',
      'P22.3',
      'P25.6',
      'P27.1',
      'P28.4',
    ]) {
      expect(classificationIndex.serviceClasses.has(code), code).toBe(true);
    }
  });

  it('keys ontology terms on their URI and flags the unchecked ones', () => {
    const loneliness = classificationIndex.ontologyTerms.get('http://www.yso.fi/onto/yso/p6935')!;
    expect(loneliness.names.fi).toBe('yksinäisyys');
    expect(ptvClassifications.ontologyTerms.some((t) => !t.verified)).toBe(true);
  });

  it('rejects a duplicate code', () => {
    const doc = copy();
    doc.serviceClasses.push({ ...doc.serviceClasses[1] });
    expect(() => parseClassifications(doc)).toThrow(/duplicate code P1\.1/);
  });

  it('rejects a subclass whose parent is missing', () => {
    const doc = copy();
    doc.targetGroups = doc.targetGroups.filter((t) => t.code !== 'KR1');
    expect(() => parseClassifications(doc)).toThrow(/KR1\.1: unknown parent KR1/);
  });
});
