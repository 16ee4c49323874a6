/**
 * A small, realistic PTV dump for the browser tests and screenshots: organisations of every kind,
 * services in Finnish, Swedish and English (some only in Finnish, to show fallbacks), every
 * channel type, opening hours with exceptions, accessibility sentences, and light Markdown.
 * Classification codes come from search/needs so the need themes find the services.
 */
import classifications from '../../../search/needs/ptv-classifications.json' with { type: 'json' };
import {
  buildPtvChannel,
  buildPtvOrganization,
  buildPtvService,
  turku,
} from '../../factories/ptv.ts';

type Names = { fi: string; sv?: string; en?: string };
const items = (n: Names, type?: string) =>
  Object.entries(n).map(([language, value]) =>
    type ? { language, value, type } : { language, value },
  );

const codes = classifications as unknown as {
  serviceClasses: { code: string; names: Names; uri?: string; newUri?: string }[];
  targetGroups: { code: string; names: Names; uri?: string; newUri?: string }[];
};
const finto = (list: typeof codes.serviceClasses, code: string, ontologyType: string) => {
  const c = list.find((x) => x.code === code);
  if (!c) throw new Error(`unknown classification ${code}`);
  return {
    name: items(c.names),
    description: [],
    code,
    ontologyType,
    uri: c.uri ?? null,
    parentId: null,
    parentUri: null,
    newUri: c.newUri ?? null,
    newParentUri: null,
  };
};
const serviceClasses = (...c: string[]) =>
  c.map((code) => finto(codes.serviceClasses, code, 'ptvserclass2'));
const targetGroups = (...c: string[]) =>
  c.map((code) => finto(codes.targetGroups, code, 'ptvkohderyhmat'));

const municipality = (code: string, fi: string, sv = fi) => ({
  code,
  name: items({ fi, sv, en: fi }),
});
const salo = municipality('734', 'Salo');
const kaarina = municipality('202', 'Kaarina', 'S:t Karins');
const area = (...ms: ReturnType<typeof municipality>[]) => [
  { type: 'Municipality', code: null, name: null, municipalities: ms },
];

const weekly = (days: [string, string, string][], extra: Record<string, unknown> = {}) => ({
  serviceHourType: 'DaysOfTheWeek',
  validFrom: null,
  validTo: null,
  isClosed: false,
  validForNow: true,
  isAlwaysOpen: false,
  isReservation: false,
  additionalInformation: [],
  openingHour: days.map(([dayFrom, from, to]) => ({
    dayFrom,
    dayTo: '',
    from: `${from}:00`,
    to: `${to}:00`,
  })),
  ...extra,
});
const weekdays = (from: string, to: string) =>
  (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const).map(
    (d) => [d, from, to] as [string, string, string],
  );

const phone = (number: string, extra: Record<string, unknown> = {}) => ({
  type: 'Phone',
  additionalInformation: null,
  serviceChargeType: 'Chargeable',
  chargeDescription: 'Paikallisverkko- tai matkapuhelinmaksu',
  prefixNumber: '+358',
  isFinnishServiceNumber: false,
  number,
  language: 'fi',
  ...extra,
});

const address = (
  street: Names,
  number: string,
  postal: string,
  office: Names,
  m: ReturnType<typeof municipality>,
  n: string,
  e: string,
  entrances: object[] = [],
) => ({
  type: 'Location',
  subType: 'Single',
  postOfficeBoxAddress: null,
  streetAddress: {
    street: items(street),
    streetNumber: number,
    postalCode: postal,
    postOffice: items(office),
    municipality: m,
    additionalInformation: [],
    latitude: n,
    longitude: e,
    coordinateState: 'Ok',
  },
  otherAddress: null,
  locationAbroad: [],
  entrances,
  country: 'FI',
});

const entrance = {
  name: items({ fi: 'Pääsisäänkäynti', sv: 'Huvudingång', en: 'Main entrance' }),
  isMainEntrance: true,
  coordinates: null,
  accessibilitySentences: [
    {
      sentenceGroup: items({ fi: 'Sisäänkäynti', sv: 'Ingång', en: 'Entrance' }),
      sentences: [
        {
          sentence: items({
            fi: 'Sisäänkäynnillä on luiska.',
            sv: 'Vid ingången finns en ramp.',
            en: 'There is a ramp at the entrance.',
          }),
        },
        {
          sentence: items({
            fi: 'Ovi avautuu automaattisesti.',
            sv: 'Dörren öppnas automatiskt.',
            en: 'The door opens automatically.',
          }),
        },
      ],
    },
    {
      sentenceGroup: items({ fi: 'Wc', sv: 'Toalett', en: 'Toilet' }),
      sentences: [
        {
          sentence: items({
            fi: 'Rakennuksessa on esteetön wc.',
            sv: 'I byggnaden finns en tillgänglig toalett.',
            en: 'The building has an accessible toilet.',
          }),
        },
      ],
    },
  ],
};

const desc = (summary: Names, description: Names, extra: [string, Names][] = []) => [
  ...items(summary, 'Summary'),
  ...items(description, 'Description'),
  ...extra.flatMap(([type, text]) => items(text, type)),
];

/** Builds the dump: organisations, channels and services, ids fixed for the tests to use. */
export function demoDump() {
  const org = (type: string, names: Names, extra: Record<string, unknown> = {}) =>
    buildPtvOrganization({
      organizationType: type,
      organizationNames: items(names, 'Name'),
      displayNameType: [{ type: 'Name', language: 'fi' }],
      ...extra,
    });
  const city = org('Municipality', { fi: 'Turun kaupunki', sv: 'Åbo stad', en: 'City of Turku' });
  const county = org('Region', {
    fi: 'Varsinais-Suomen hyvinvointialue',
    sv: 'Egentliga Finlands välfärdsområde',
    en: 'Southwest Finland Wellbeing Services County',
  });
  const parish = org('Organization', {
    fi: 'Turun ja Kaarinan seurakuntayhtymä',
    sv: 'Åbo och S:t Karins kyrkliga samfällighet',
  });
  const carers = org('Organization', { fi: 'Turun Seudun Omaishoitajat ry' });
  const debt = org(
    'Organization',
    { fi: 'Takuusäätiö', sv: 'Garantistiftelsen' },
    { areaType: 'Nationwide', areas: [] },
  );
  const kela = org(
    'State',
    {
      fi: 'Kansaneläkelaitos',
      sv: 'Folkpensionsanstalten',
      en: 'Social Insurance Institution of Finland',
    },
    { areaType: 'Nationwide', areas: [] },
  );
  const saloMh = org(
    'Organization',
    { fi: 'Salon Seudun Mielenterveysseura ry' },
    { areas: area(salo) },
  );
  const organizations = [city, county, parish, carers, debt, kela, saloMh];

  const chan = (
    o: { id: string },
    type: string,
    names: Names,
    extra: Record<string, unknown> = {},
  ) =>
    buildPtvChannel({
      organizationId: o.id,
      serviceChannelType: type,
      serviceChannelNames: items(names, 'Name'),
      serviceChannelDescriptions: [],
      ...extra,
    });
  const carersPlace = chan(
    carers,
    'ServiceLocation',
    { fi: 'Omaishoitajien olohuone', sv: 'Närståendevårdarnas vardagsrum' },
    {
      languages: ['fi', 'sv'],
      addresses: [
        address(
          { fi: 'Yliopistonkatu', sv: 'Universitetsgatan' },
          '27',
          '20100',
          { fi: 'TURKU', sv: 'ÅBO' },
          turku,
          '6711000',
          '239400',
          [entrance],
        ),
      ],
      serviceHours: [
        weekly([...weekdays('09:00', '15:00').slice(0, 4), ['Friday', '09:00', '13:00']]),
        {
          ...weekly([]),
          serviceHourType: 'Exceptional',
          validForNow: false,
          validFrom: '2026-12-24T00:00:00',
          validTo: '2026-12-26T00:00:00',
          isClosed: true,
          additionalInformation: items({ fi: 'Joulu', sv: 'Jul', en: 'Christmas' }),
        },
      ],
    },
  );
  const carersPhone = chan(
    carers,
    'Phone',
    { fi: 'Omaishoitajien neuvontapuhelin' },
    {
      addresses: [],
      phoneNumbers: [phone('401234567', { additionalInformation: 'Neuvonta' })],
      serviceHours: [weekly(weekdays('10:00', '14:00'))],
    },
  );
  const debtPhone = chan(
    debt,
    'Phone',
    { fi: 'Velkalinja', sv: 'Skuldlinjen', en: 'Debt helpline' },
    {
      addresses: [],
      languages: ['fi', 'sv', 'en'],
      phoneNumbers: [
        phone('0800 98009', {
          prefixNumber: null,
          isFinnishServiceNumber: true,
          serviceChargeType: 'FreeOfCharge',
          chargeDescription: null,
        }),
        phone('401234500', { type: 'Sms', serviceChargeType: 'Chargeable' }),
      ],
      serviceHours: [weekly([...weekdays('09:00', '15:00'), ['Thursday', '17:00', '20:00']])],
    },
  );
  const debtWeb = chan(
    debt,
    'EChannel',
    { fi: 'Chat-neuvonta', sv: 'Chattrådgivning', en: 'Chat advice' },
    {
      addresses: [],
      phoneNumbers: [],
      emails: [],
      serviceHours: [],
      webPages: [{ url: 'https://www.takuusaatio.fi/', value: 'takuusaatio.fi', language: 'fi' }],
    },
  );
  const parishPlace = chan(
    parish,
    'ServiceLocation',
    { fi: 'Diakoniakeskus', sv: 'Diakonicentret' },
    {
      addresses: [
        address(
          { fi: 'Eerikinkatu', sv: 'Eriksgatan' },
          '3',
          '20100',
          { fi: 'TURKU', sv: 'ÅBO' },
          turku,
          '6710500',
          '239700',
        ),
      ],
      serviceHours: [
        weekly([
          ['Tuesday', '11:00', '13:00'],
          ['Thursday', '11:00', '13:00'],
        ]),
      ],
    },
  );
  const kelaOnline = chan(
    kela,
    'EChannel',
    { fi: 'OmaKela', sv: 'MittFPA', en: 'OmaKela e-service' },
    {
      addresses: [],
      phoneNumbers: [],
      emails: [],
      serviceHours: [],
      requiresAuthentication: true,
      webPages: [
        { url: 'https://www.kela.fi/asiointi', value: 'OmaKela', language: 'fi' },
        { url: 'https://www.kela.fi/web/sv/e-tjanster', value: 'MittFPA', language: 'sv' },
      ],
    },
  );
  const kelaForm = chan(
    kela,
    'PrintableForm',
    {
      fi: 'Toimeentulotukihakemus (TO1)',
      sv: 'Ansökan om utkomststöd (TO1)',
      en: 'Application for social assistance (TO1)',
    },
    {
      addresses: [],
      phoneNumbers: [],
      emails: [],
      serviceHours: [],
      channelUrls: [
        { language: 'fi', value: 'https://www.kela.fi/lomakkeet/to1.pdf', type: 'PDF' },
        { language: 'sv', value: 'https://www.kela.fi/blanketter/to1.pdf', type: 'PDF' },
      ],
    },
  );
  const kelaPhone = chan(
    kela,
    'Phone',
    { fi: 'Kelan asiakaspalvelu', sv: 'FPA:s kundservice', en: 'Kela customer service' },
    {
      addresses: [],
      languages: ['fi', 'sv', 'en'],
      phoneNumbers: [phone('20 692 207')],
      serviceHours: [weekly(weekdays('08:00', '16:00'))],
    },
  );
  const crisisPhone = chan(
    saloMh,
    'Phone',
    { fi: 'Kriisipuhelin' },
    {
      addresses: [],
      languages: ['fi', 'sv'],
      phoneNumbers: [phone('9 2525 0111')],
      serviceHours: [{ ...weekly([]), isAlwaysOpen: true }],
    },
  );
  const saloPlace = chan(
    saloMh,
    'ServiceLocation',
    { fi: 'Kohtaamispaikka Majakka' },
    {
      languages: ['fi'],
      addresses: [
        address({ fi: 'Vilhonkatu' }, '10', '24240', { fi: 'SALO' }, salo, '6701800', '283600'),
      ],
      serviceHours: [
        weekly([
          ['Monday', '12:00', '16:00'],
          ['Wednesday', '12:00', '20:00'],
          ['Friday', '18:00', '02:00'],
        ]),
      ],
    },
  );
  const cityPlace = chan(
    city,
    'ServiceLocation',
    { fi: 'Palvelutori', sv: 'Servicetorget', en: 'Service point' },
    {
      languages: ['fi', 'sv', 'en'],
      addresses: [
        address(
          { fi: 'Puutarhakatu', sv: 'Trädgårdsgatan' },
          '1',
          '20100',
          { fi: 'TURKU', sv: 'ÅBO' },
          turku,
          '6711300',
          '239300',
          [entrance],
        ),
      ],
      serviceHours: [weekly(weekdays('08:00', '16:00'))],
      emails: [{ value: 'palvelutori@turku.fi', language: 'fi' }],
    },
  );
  const cityWeb = chan(
    city,
    'WebPage',
    { fi: 'Asumisen neuvonta verkossa', sv: 'Boenderådgivning på nätet' },
    {
      addresses: [],
      phoneNumbers: [],
      emails: [],
      serviceHours: [],
      webPages: [
        { url: 'https://www.turku.fi/asuminen', value: 'turku.fi/asuminen', language: 'fi' },
      ],
    },
  );
  const countyPlace = chan(
    county,
    'ServiceLocation',
    { fi: 'Kaarinan sosiaalitoimisto', sv: 'S:t Karins socialbyrå' },
    {
      addresses: [
        address(
          { fi: 'Lautakunnantie', sv: 'Nämndvägen' },
          '4',
          '20780',
          { fi: 'KAARINA', sv: 'S:T KARINS' },
          kaarina,
          '6707800',
          '246300',
        ),
      ],
      serviceHours: [
        weekly(weekdays('09:00', '15:00')),
        {
          ...weekly([]),
          isReservation: true,
          additionalInformation: items({
            fi: 'Muina aikoina ajanvarauksella',
            sv: 'Andra tider enligt tidsbokning',
          }),
        },
      ],
    },
  );
  const channels = [
    carersPlace,
    carersPhone,
    debtPhone,
    debtWeb,
    parishPlace,
    kelaOnline,
    kelaForm,
    kelaPhone,
    crisisPhone,
    saloPlace,
    cityPlace,
    cityWeb,
    countyPlace,
  ];

  const svc = (
    o: { id: string },
    names: Names,
    descriptions: object[],
    channelIds: string[],
    extra: Record<string, unknown> = {},
  ) =>
    buildPtvService({
      organizationId: o.id,
      channelIds,
      serviceNames: items(names, 'Name'),
      serviceDescriptions: descriptions,
      keywords: [],
      ontologyTerms: [],
      ...extra,
    });
  const carersGroup = svc(
    carers,
    {
      fi: 'Omaishoitajien vertaistukiryhmä',
      sv: 'Kamratstöd för närståendevårdare',
      en: 'Peer support group for family carers',
    },
    desc(
      {
        fi: 'Vertaistukea ja keskustelua omaishoitajille Turussa.',
        sv: 'Kamratstöd och samtal för närståendevårdare i Åbo.',
        en: 'Peer support and conversation for family carers in Turku.',
      },
      {
        fi: 'Ryhmä kokoontuu kerran kuussa omaishoitajien olohuoneessa.\n\n### Mitä ryhmässä tehdään\n* jaetaan kokemuksia\n* kahvitarjoilu\n* vierailevia asiantuntijoita\n\nLisätietoja: [Omaishoitajaliitto](https://omaishoitajat.fi) tai https://www.turku.fi/omaishoito.',
        sv: 'Gruppen träffas en gång i månaden i närståendevårdarnas vardagsrum.\n* vi delar erfarenheter\n* kaffe',
        en: 'The group meets once a month in the carers’ living room.\n* sharing experiences\n* coffee',
      },
      [
        [
          'UserInstruction',
          {
            fi: 'Tule paikalle, ilmoittautumista ei tarvita.',
            sv: 'Kom på plats, ingen anmälan behövs.',
            en: 'Just come along, no need to sign up.',
          },
        ],
      ],
    ),
    [carersPlace.id, carersPhone.id],
    {
      serviceClasses: serviceClasses('P5.14', 'P4.12'),
      targetGroups: targetGroups('KR1', 'KR1.4'),
      languages: ['fi', 'sv'],
    },
  );
  const debtAdvice = svc(
    debt,
    {
      fi: 'Velkaneuvonta puhelimessa ja chatissa',
      sv: 'Skuldrådgivning per telefon och chatt',
      en: 'Debt advice by phone and chat',
    },
    desc(
      {
        fi: 'Maksutonta neuvontaa velka- ja raha-asioihin koko Suomessa.',
        sv: 'Avgiftsfri rådgivning om skulder och pengar i hela Finland.',
        en: 'Free advice on debt and money matters across Finland.',
      },
      {
        fi: 'Voit soittaa nimettömästi. Neuvoja auttaa:\n1. selvittämään velkojen kokonaismäärän\n2. laatimaan maksusuunnitelman\n3. hakemaan takausta tai järjestelylainaa',
        sv: 'Du kan ringa anonymt. Rådgivaren hjälper dig att\n1. reda ut skulderna\n2. göra upp en betalningsplan',
        en: 'You can call anonymously. The adviser helps you to\n1. work out your total debt\n2. make a payment plan',
      },
    ),
    [debtPhone.id, debtWeb.id],
    {
      areaType: 'Nationwide',
      areas: [],
      serviceClasses: serviceClasses('P15.1', 'P15.3'),
      targetGroups: targetGroups('KR1'),
      languages: ['fi', 'sv', 'en'],
    },
  );
  const foodAid = svc(
    parish,
    { fi: 'Diakonian ruoka-apu', sv: 'Diakonins mathjälp' },
    desc(
      {
        fi: 'Ruokakasseja ja yhteinen ateria tiistaisin ja torstaisin.',
        sv: 'Matkassar och gemensam måltid på tisdagar och torsdagar.',
      },
      {
        fi: 'Ruoka-apua jaetaan diakoniakeskuksessa. Ota mukaan oma kassi.\n\nHuom! Jono alkaa <b>ennen</b> klo 11.',
        sv: 'Mathjälp delas ut i diakonicentret. Ta med en egen kasse.',
      },
    ),
    [parishPlace.id],
    {
      areas: area(turku, kaarina),
      serviceClasses: serviceClasses('P4.14'),
      targetGroups: targetGroups('KR1'),
      languages: ['fi', 'sv'],
    },
  );
  const befriending = svc(
    carers,
    { fi: 'Ystäväpalvelu ikäihmisille', sv: 'Vänservice för äldre' },
    desc(
      {
        fi: 'Vapaaehtoinen ystävä tulee kylään tai lähtee ulkoilemaan kanssasi.',
        sv: 'En frivillig vän kommer på besök eller följer med ut.',
      },
      {
        fi: 'Ystäväpalvelu on tarkoitettu yksinäisille ikäihmisille.\n* kotikäynnit\n* puhelinystävä',
        sv: 'Vänservicen är till för ensamma äldre.',
      },
    ),
    [carersPhone.id],
    {
      serviceClasses: serviceClasses('P4.12', 'P4.2'),
      targetGroups: targetGroups('KR1.1'),
      languages: ['fi', 'sv'],
    },
  );
  const crisis = svc(
    saloMh,
    { fi: 'Kriisipuhelin', sv: 'Krisjouren per telefon', en: 'Crisis helpline' },
    desc(
      {
        fi: 'Keskusteluapua kriisissä ympäri vuorokauden.',
        sv: 'Samtalsstöd i kris dygnet runt.',
        en: 'Someone to talk to in a crisis, around the clock.',
      },
      {
        fi: 'Voit soittaa nimettömänä. Päivystäjä kuuntelee ja auttaa eteenpäin.',
        sv: 'Du kan ringa anonymt.',
        en: 'You can call anonymously.',
      },
    ),
    [crisisPhone.id],
    {
      areaType: 'Nationwide',
      areas: [],
      serviceClasses: serviceClasses('P5.7', 'P5.5'),
      targetGroups: targetGroups('KR1'),
      languages: ['fi', 'sv'],
    },
  );
  const assistance = svc(
    kela,
    { fi: 'Perustoimeentulotuki', sv: 'Grundläggande utkomststöd', en: 'Basic social assistance' },
    desc(
      {
        fi: 'Viimesijainen taloudellinen tuki, kun tulot ja varat eivät riitä välttämättömiin menoihin.',
        sv: 'Ett ekonomiskt stöd i sista hand när inkomsterna inte räcker till nödvändiga utgifter.',
        en: 'Last-resort financial support when income and assets do not cover essential expenses.',
      },
      {
        fi: 'Hae perustoimeentulotukea OmaKelassa tai paperilomakkeella TO1.\n\n### Tarvittavat liitteet\n* tiliotteet\n* vuokrasopimus',
        sv: 'Ansök om utkomststöd i MittFPA eller med blankett TO1.',
        en: 'Apply for basic social assistance in OmaKela or with form TO1.',
      },
      [
        [
          'ChargeTypeAdditionalInfo',
          {
            fi: 'Hakeminen on maksutonta.',
            sv: 'Det är avgiftsfritt att ansöka.',
            en: 'Applying is free.',
          },
        ],
      ],
    ),
    [kelaOnline.id, kelaForm.id, kelaPhone.id],
    {
      areaType: 'Nationwide',
      areas: [],
      serviceClasses: serviceClasses('P4.10'),
      targetGroups: targetGroups('KR1'),
      languages: ['fi', 'sv', 'en'],
    },
  );
  const homeCare = svc(
    county,
    { fi: 'Kotihoito', sv: 'Hemvård', en: 'Home care' },
    desc(
      {
        fi: 'Apua arjen askareisiin ja hoitoon kotona.',
        sv: 'Hjälp med vardagssysslor och vård hemma.',
        en: 'Help with daily tasks and care at home.',
      },
      {
        fi: 'Kotihoidosta peritään asiakasmaksu, joka määräytyy tulojen mukaan.',
        sv: 'För hemvården tas en klientavgift ut enligt inkomsterna.',
        en: 'Home care has a client fee that depends on your income.',
      },
    ),
    [countyPlace.id],
    {
      serviceChargeType: 'Chargeable',
      areas: area(turku, kaarina, salo),
      serviceClasses: serviceClasses('P4.2', 'P4.3'),
      targetGroups: targetGroups('KR1.1'),
      languages: ['fi', 'sv'],
    },
  );
  const meetingPlace = svc(
    saloMh,
    { fi: 'Kohtaamispaikka Majakka' },
    desc(
      {
        fi: 'Avoin kohtaamispaikka mielenterveyskuntoutujille ja kaikille, jotka kaipaavat seuraa.',
      },
      {
        fi: 'Majakassa voi juoda kahvit, jutella ja osallistua ryhmiin. Perjantaisin avoinna myöhään.',
      },
    ),
    [saloPlace.id, crisisPhone.id],
    {
      areas: area(salo),
      serviceClasses: serviceClasses('P5.16', 'P4.12'),
      targetGroups: targetGroups('KR1'),
      languages: ['fi'],
    },
  );
  const housing = svc(
    city,
    { fi: 'Asumisneuvonta', sv: 'Boenderådgivning', en: 'Housing advice' },
    desc(
      {
        fi: 'Neuvontaa vuokranmaksuun, häätöuhkaan ja asunnon hakemiseen.',
        sv: 'Rådgivning om hyra, vräkningshot och bostadssökning.',
        en: 'Advice on paying rent, eviction threats and finding a home.',
      },
      {
        fi: 'Asumisneuvoja auttaa, jos vuokranmaksu on vaikeaa tai asunto on vaarassa mennä.',
        sv: 'Boenderådgivaren hjälper om du har svårt att betala hyran.',
        en: 'The housing adviser helps if paying rent is hard or you risk losing your home.',
      },
    ),
    [cityPlace.id, cityWeb.id],
    {
      serviceClasses: serviceClasses('P1.1', 'P1.4'),
      targetGroups: targetGroups('KR1'),
      languages: ['fi', 'sv', 'en'],
    },
  );
  const integration = svc(
    city,
    {
      fi: 'Maahanmuuttajien neuvonta',
      sv: 'Rådgivning för invandrare',
      en: 'Advice for immigrants',
    },
    desc(
      {
        fi: 'Neuvontaa kotoutumiseen, asumiseen ja viranomaisasiointiin.',
        en: 'Advice on settling in, housing and dealing with authorities.',
      },
      {
        en: 'Advice is available in English, Arabic and Somali. Book an appointment or drop in.',
        fi: 'Neuvontaa saa suomeksi, englanniksi, arabiaksi ja somaliksi.',
      },
    ),
    [cityPlace.id],
    {
      serviceClasses: serviceClasses('P4.11'),
      targetGroups: targetGroups('KR1'),
      languages: ['fi', 'en', 'ar', 'so'],
    },
  );
  // PTV sends the odd malformed record: this one lands in quarantine, for the admin page to show.
  const malformed = { ...buildPtvService({ organizationId: city.id }), serviceNames: 'not a list' };
  const services = [
    carersGroup,
    debtAdvice,
    foodAid,
    befriending,
    crisis,
    assistance,
    homeCare,
    meetingPlace,
    housing,
    integration,
    malformed,
  ];
  return {
    organizations,
    channels,
    services,
    ids: {
      carers: carers.id,
      carersGroup: carersGroup.id,
      befriending: befriending.id,
      debtAdvice: debtAdvice.id,
      foodAid: foodAid.id,
      meetingPlace: meetingPlace.id,
      assistance: assistance.id,
      housing: housing.id,
      malformed: malformed.id,
    },
  };
}
