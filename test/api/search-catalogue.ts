/**
 * A small catalogue for the search API tests, ingested through the replay server into a real
 * database and indexed by the embedded engine. The clock of `createTestApp` (Monday 2026-11-23,
 * 12:00 in Helsinki) finds the Turku office open and the Salo office and sports hall closed.
 */
import { buildPtvChannel, buildPtvOrganization, buildPtvService } from '../factories/ptv.ts';
import { createTestApp, indexCatalogue } from '../helpers/app.ts';
import { createTestDb } from '../helpers/db.ts';
import { ingestRecords } from '../search/helpers/catalogue.ts';

const lang = (value: string, language = 'fi') => ({ value, language });
const name = (fi: string, sv?: string, en?: string) => [
  { language: 'fi', value: fi, type: 'Name' },
  ...(sv ? [{ language: 'sv', value: sv, type: 'Name' }] : []),
  ...(en ? [{ language: 'en', value: en, type: 'Name' }] : []),
];
const summary = (fi: string, sv?: string, en?: string) =>
  name(fi, sv, en).map((n) => ({ ...n, type: 'Summary' }));
const place = (code: string, fi: string) => ({ code, name: [lang(fi)] });
const turku = place('853', 'Turku');
const salo = place('734', 'Salo');
const kaarina = place('202', 'Kaarina');
const areas = (...municipalities: { code: string }[]) => [
  { type: 'Municipality', code: null, name: null, municipalities },
];
const finto = (type: string, code: string, fi: string) => ({
  name: [lang(fi)],
  description: [],
  code,
  ontologyType: type,
  uri: null,
  parentId: null,
  parentUri: null,
  newUri: `http://uri.suomi.fi/codelist/ptv/${type}/code/${code}`,
  newParentUri: null,
});
const serviceClass = (code: string, fi: string) => finto('ptvserclass2', code, fi);
const weekly = (day: string, from: string, to: string) => ({
  serviceHourType: 'DaysOfTheWeek',
  validFrom: null,
  validTo: null,
  isClosed: false,
  validForNow: true,
  isAlwaysOpen: false,
  isReservation: false,
  additionalInformation: [],
  openingHour: [{ dayFrom: day, dayTo: '', from, to }],
});

function location(
  municipality: { code: string; name: unknown },
  north: number,
  east: number,
  hours: object[],
) {
  const channel = buildPtvChannel({ serviceHours: hours });
  const street = channel.addresses[0]!.streetAddress!;
  street.municipality = municipality as never;
  street.latitude = String(north);
  street.longitude = String(east);
  return channel;
}

/** Organisations, channels and services of the scenario, with the ids tests refer to. */
export function searchScenario() {
  const association = buildPtvOrganization();
  const parish = buildPtvOrganization({
    organizationNames: name('Salon seurakunta'),
    areas: areas(salo),
  });
  const county = buildPtvOrganization({
    organizationType: 'Region',
    organizationNames: name('Varsinais-Suomen hyvinvointialue'),
  });
  const city = buildPtvOrganization({
    organizationType: 'Municipality',
    organizationNames: name('Turun kaupunki', 'Åbo stad'),
    municipality: turku,
  });
  // Turku office: open Monday 12-16 and accessible; sports hall open Tuesdays only; Salo likewise.
  const office = location(turku, 6711000, 239400, [weekly('Monday', '12:00:00', '16:00:00')]);
  office.addresses[0]!.entrances = [
    {
      name: [],
      isMainEntrance: true,
      coordinates: null,
      accessibilitySentences: [
        {
          sentenceGroup: [lang('Sisäänkäynti')],
          sentences: [{ sentence: [lang('Ei portaita.')] }],
        },
      ],
    },
  ] as never;
  const hall = location(turku, 6714000, 236000, [weekly('Tuesday', '09:00:00', '15:00:00')]);
  const saloOffice = location(salo, 6700356, 286504, [weekly('Tuesday', '09:00:00', '15:00:00')]);
  const phone = buildPtvChannel({ serviceChannelType: 'Phone', addresses: [], serviceHours: [] });
  const web = buildPtvChannel({ serviceChannelType: 'WebPage', addresses: [], serviceHours: [] });

  const carers = buildPtvService({
    organizationId: association.id,
    channelIds: [office.id],
    serviceDescriptions: summary('Vertaistukea omaishoitajille Turussa.'),
    serviceClasses: [serviceClass('P4.12', 'Vertaistoiminta'), serviceClass('P5.14', 'Omaishoito')],
    targetGroups: [finto('ptvkohderyhmat', 'KR1.1', 'Ikäihmiset')],
  });
  const debtAdvice = buildPtvService({
    organizationId: county.id,
    channelIds: [phone.id],
    serviceNames: name(
      'Talous- ja velkaneuvonta',
      'Ekonomi- och skuldrådgivning',
      'Financial and debt advice',
    ),
    serviceDescriptions: summary(
      'Neuvontaa, kun velat kasvavat ja rahat eivät riitä laskuihin.',
      'Rådgivning när skulderna växer.',
      'Advice when debts grow.',
    ),
    languages: ['fi', 'sv', 'en'],
    areas: areas(turku, kaarina),
    serviceClasses: [serviceClass('P15.1', 'Velkaneuvonta')],
    keywords: [],
  });
  const debtLine = buildPtvService({
    organizationId: association.id,
    channelIds: [web.id],
    serviceNames: name('Velkalinja'),
    serviceDescriptions: summary('Valtakunnallinen neuvontapuhelin velkaongelmiin.'),
    languages: ['fi'],
    areaType: 'Nationwide',
    areas: [],
    serviceClasses: [serviceClass('P15.1', 'Velkaneuvonta')],
    keywords: [],
  });
  const foodAid = buildPtvService({
    organizationId: parish.id,
    channelIds: [saloOffice.id],
    serviceNames: name('Ruoka-apu', 'Mathjälp'),
    serviceDescriptions: summary('Ruokakasseja vähävaraisille Salossa.', 'Matkassar i Salo.'),
    areas: areas(salo),
    serviceClasses: [serviceClass('P4.14', 'Tukipalvelut')],
    keywords: [],
  });
  const exercise = buildPtvService({
    organizationId: city.id,
    channelIds: [hall.id],
    serviceNames: name('Senioriliikunta', 'Motion för seniorer'),
    serviceDescriptions: summary('Kuntosali ja tuolijumppa eläkeläisille.', 'Gym för pensionärer.'),
    serviceChargeType: 'Chargeable',
    serviceClasses: [serviceClass('P27.1', 'Liikunta')],
    targetGroups: [finto('ptvkohderyhmat', 'KR1.1', 'Ikäihmiset')],
    keywords: [],
  });
  const immigrants = buildPtvService({
    organizationId: city.id,
    channelIds: [office.id, phone.id],
    serviceNames: name('Maahanmuuttajien neuvonta', undefined, 'Advice for immigrants'),
    serviceDescriptions: summary(
      'Neuvontaa omalla kielellä.',
      undefined,
      'Advice in your own language.',
    ),
    languages: ['en', 'ar'],
    serviceClasses: [serviceClass('P4.11', 'Kotouttaminen')],
    targetGroups: [finto('ptvkohderyhmat', 'KR1', 'Kansalaiset')],
    keywords: [],
  });
  const removed = buildPtvService({
    organizationId: county.id,
    serviceNames: name('Vanha velkaneuvonta'),
    publishingStatus: 'Deleted',
  });
  return {
    organizations: { association, parish, county, city },
    channels: { office, hall, saloOffice, phone, web },
    services: { carers, debtAdvice, debtLine, foodAid, exercise, immigrants, removed },
  };
}

export type SearchScenario = ReturnType<typeof searchScenario>;

/** The scenario ingested and indexed, and the app over it. */
export async function createSearchApp() {
  const data = searchScenario();
  const db = createTestDb();
  await ingestRecords(db, {
    organizations: Object.values(data.organizations),
    channels: Object.values(data.channels),
    services: Object.values(data.services),
  });
  const { app, deps } = createTestApp({ db });
  await indexCatalogue(deps);
  const get = async (path: string) => {
    const response = await app.request(path);
    return { status: response.status, body: await response.json() };
  };
  const post = async (path: string, body: unknown) => {
    const response = await app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  return { data, app, deps, get, post };
}
