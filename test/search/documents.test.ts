import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../search/contract.ts';
import { readSearchDocuments } from '../../search/documents.ts';
import { stripMarkdown } from '../../search/plain-text.ts';
import { buildPtvChannel, buildPtvOrganization, buildPtvService } from '../factories/ptv.ts';
import { createTestDb } from '../helpers/db.ts';
import { ingestRecords } from './helpers/catalogue.ts';

const lang = (value: string, language = 'fi') => ({ value, language });
const hours = (from: string, to: string) => ({
  serviceHourType: 'DaysOfTheWeek',
  validFrom: null,
  validTo: null,
  isClosed: false,
  validForNow: true,
  isAlwaysOpen: false,
  isReservation: false,
  additionalInformation: [],
  openingHour: [{ dayFrom: 'Tuesday', dayTo: '', from, to }],
});

function scenario() {
  const association = buildPtvOrganization();
  const city = buildPtvOrganization({
    organizationType: 'Municipality',
    organizationNames: [{ language: 'fi', value: 'Kaarinan kaupunki', type: 'Name' }],
  });
  const location = buildPtvChannel({ organizationId: association.id });
  location.addresses[0]!.entrances = [
    {
      name: [],
      isMainEntrance: true,
      coordinates: null,
      accessibilitySentences: [
        {
          sentenceGroup: [lang('Sisäänkäynti')],
          sentences: [{ sentence: [lang('Ovi on leveä.')] }],
        },
      ],
    },
  ] as never;
  const phone = buildPtvChannel({
    serviceChannelType: 'Phone',
    organizationId: association.id,
    addresses: [],
    serviceHours: [],
  });
  const web = buildPtvChannel({
    serviceChannelType: 'WebPage',
    organizationId: association.id,
    addresses: [],
    serviceHours: [],
  });
  const main = buildPtvService({
    organizationId: association.id,
    channelIds: [location.id, phone.id, web.id],
    serviceDescriptions: [
      { language: 'fi', value: 'Vertaistukea omaishoitajille.', type: 'Summary' },
      {
        language: 'fi',
        value: '### Mitä teemme\nRyhmä kokoontuu.\n* kahvitarjoilu\n1. keskustelu',
        type: 'Description',
      },
      { language: 'fi', value: 'Soita ensin.', type: 'UserInstruction' },
    ],
    targetGroups: [
      {
        name: [lang('Ikäihmiset')],
        description: [],
        code: 'KR1.1',
        ontologyType: 'ptvkohderyhmat',
        uri: null,
        parentId: null,
        parentUri: null,
        newUri: 'http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/KR1.1',
        newParentUri: null,
      },
    ],
  });
  (main.organizations as object[]).push({
    organization: { id: city.id, name: null },
    roleType: 'Producer',
    provisionType: 'SelfProducedServices',
    additionalInformation: [],
  });
  main.serviceChannels![1]!.serviceHours = [hours('10:00:00', '12:00:00')] as never;
  const nationwide = buildPtvService({
    areaType: 'Nationwide',
    areas: [],
    serviceChargeType: 'Chargeable',
    organizationId: city.id,
  });
  const deleted = buildPtvService({ organizationId: association.id, publishingStatus: 'Deleted' });
  return { association, city, location, phone, web, main, nationwide, deleted };
}

describe('readSearchDocuments', () => {
  let data: ReturnType<typeof scenario>;
  let documents: Map<string, SearchDocument>;

  beforeAll(async () => {
    data = scenario();
    const db = createTestDb();
    await ingestRecords(db, {
      organizations: [data.association, data.city],
      channels: [data.location, data.phone, data.web],
      services: [data.main, data.nationwide, data.deleted],
    });
    const themes = [
      {
        id: 'caring-for-a-relative',
        serviceClasses: ['P11'],
        ontologyTerms: [],
        targetGroups: [],
        lifeEvents: [],
      },
    ];
    documents = new Map(
      [...readSearchDocuments(db, { themes, batchSize: 1 })].map((d) => [d.id, d]),
    );
  });

  it('reads one document per published service and none for a deleted one', () => {
    expect([...documents.keys()].sort()).toEqual([data.main.id, data.nationwide.id].sort());
  });

  it('carries texts as plain text per language, Markdown stripped', () => {
    const doc = documents.get(data.main.id)!;
    expect(doc.name).toEqual({
      fi: 'Omaishoitajien vertaistukiryhmä',
      sv: 'Kamratstöd för närståendevårdare',
    });
    expect(doc.summary.fi).toBe('Vertaistukea omaishoitajille.');
    expect(doc.body.fi).toBe('Mitä teemme Ryhmä kokoontuu. kahvitarjoilu keskustelu Soita ensin.');
    expect(doc.keywords).toEqual({ fi: ['vertaistuki'] });
  });

  it('lists codes, classification names, organisations and their kinds', () => {
    const doc = documents.get(data.main.id)!;
    expect(doc.serviceClasses).toEqual(['P11.4']);
    expect(doc.ontologyTerms).toEqual(['http://www.yso.fi/onto/yso/p6950']);
    expect(doc.targetGroups).toEqual(['KR1.1']);
    expect(doc.classificationNames).toContainEqual({ fi: 'Ikäihmiset' });
    expect(doc.organizationIds).toEqual([data.association.id, data.city.id]);
    expect(doc.organizationKinds).toEqual(['association', 'municipality']);
    expect(doc.responsibleOrganizationId).toBe(data.association.id);
    expect(doc.themes).toEqual(['caring-for-a-relative']);
  });

  it('derives area, language, charge, channel modes, accessibility and locations', () => {
    const doc = documents.get(data.main.id)!;
    expect(doc).toMatchObject({
      municipalities: ['853'],
      nationwide: false,
      languages: ['fi', 'sv'],
      free: true,
      accessible: true,
    });
    expect(doc.channelModes).toEqual(['visit', 'phone', 'online']);
    expect(doc.locations).toHaveLength(1);
    expect(doc.locations[0]!.lat).toBeCloseTo(60.5, 0);
    const other = documents.get(data.nationwide.id)!;
    expect(other).toMatchObject({
      municipalities: [],
      nationwide: true,
      free: false,
      channelModes: [],
      accessible: false,
      locations: [],
    });
  });

  it('keeps one schedule per channel, the connection hours replacing the channel hours', () => {
    const doc = documents.get(data.main.id)!;
    expect(doc.schedules).toHaveLength(2);
    expect(doc.schedules[0]![0]!.openings[0]).toMatchObject({ day: 0, from: '08:00', to: '11:00' });
    expect(doc.schedules[1]![0]!.openings).toEqual([
      { day: 1, from: '10:00', to: '12:00', toDay: null },
    ]);
    expect(doc.hours).toEqual(doc.schedules.flat());
  });
});

describe('stripMarkdown', () => {
  it('drops list markers, headings, emphasis and link targets', () => {
    expect(stripMarkdown('## Otsikko\n* **tärkeä** asia\n2. [lue lisää](https://example.fi)')).toBe(
      'Otsikko tärkeä asia lue lisää',
    );
  });
});
