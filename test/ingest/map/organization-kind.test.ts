import { describe, expect, it } from 'vitest';
import { deriveOrganizationKind } from '../../../ingest/map/organization-kind.ts';

describe('organisation kind', () => {
  it.each([
    ['Municipality', 'Turun kaupunki', 'municipality'],
    ['Region', 'Varsinais-Suomen hyvinvointialue', 'wellbeing_county'],
    ['RegionalOrganization', 'Varsinais-Suomen hyvinvointialue', 'wellbeing_county'],
    ['RegionalOrganization', 'Varsinais-Suomen sairaanhoitopiirin kuntayhtymä', 'municipality'],
    ['Organization', 'Kaarinan seurakunta', 'parish'],
    ['Organization', 'Turun ja Kaarinan seurakuntayhtymä', 'parish'],
    ['Organization', 'Pargas svenska församling', 'parish'],
    ['Organization', 'Turun Seudun Omaishoitajat ry', 'association'],
    ['Organization', 'Takuusäätiö', 'association'],
    ['Organization', 'Hoivakoti Aurinko Oy', 'company'],
    ['State', 'Kansaneläkelaitos', 'state'],
    ['Company', 'Attendo Oy', 'company'],
    ['SomethingNew', 'Uusi toimija', 'other'],
  ])('%s "%s" is a %s', (type, name, kind) => {
    expect(deriveOrganizationKind(type, { fi: name })).toBe(kind);
  });
});
