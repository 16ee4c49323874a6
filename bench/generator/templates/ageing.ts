/** Templates: older people, caring for a relative, memory disorders. */
import type { ServiceTemplate } from './types.ts';

export const ageingTemplates: ServiceTemplate[] = [
  {
    key: 'older/service-advice',
    theme: 'older-people',
    sector: 'county',
    unit: 'elderly',
    weight: 2,
    names: [
      {
        fi: 'Ikäihmisten palveluneuvonta',
        sv: 'Servicerådgivning för äldre',
        en: 'Service advice for older people',
      },
      { fi: 'Seniorineuvonta', sv: 'Seniorrådgivning' },
    ],
    summary: {
      fi: 'Neuvontaa ikäihmisille ja läheisille kotona asumisen tuesta, kotihoidosta ja muista palveluista.',
      sv: 'Rådgivning för äldre och anhöriga om stöd för att bo hemma, hemvård och andra tjänster.',
      en: 'Advice for older people and their families on support for living at home, home care and other services.',
    },
    description: {
      fi: 'Palveluneuvonnasta saat tietoa ikäihmisten palveluista, kuten kotihoidosta, turvapuhelimesta, ateriapalvelusta, omaishoidon tuesta ja asumispalveluista. Neuvonnassa arvioidaan myös, tarvitaanko palvelutarpeen arviointia.\nSoittaa voi ikäihminen itse, hänen läheisensä tai naapuri, joka on huolissaan. Huoli-ilmoituksen voi tehdä myös verkossa.',
      sv: 'Servicerådgivningen ger information om tjänster för äldre, såsom hemvård, trygghetstelefon, måltidsservice, stöd för närståendevård och boendeservice.',
      en: 'Service advice gives information on services for older people such as home care, safety phones, meal services, carer support and housing services.',
    },
    channels: [
      { kind: 'phone', line: 'countyElderlyAdvice' },
      { kind: 'location', place: 'serviceCentre', p: 0.4 },
      {
        kind: 'echannel',
        p: 0.4,
        name: { fi: 'Huoli-ilmoitus ikäihmisestä', sv: 'Anmälan om oro för en äldre person' },
      },
    ],
  },
  {
    key: 'older/service-centre',
    theme: 'older-people',
    sector: 'municipality',
    group: true,
    names: [
      {
        fi: 'Palvelukeskuksen toiminta',
        sv: 'Servicecentralens verksamhet',
        en: 'Service centre activities',
      },
      { fi: 'Seniorien päivätoiminta', sv: 'Dagverksamhet för seniorer' },
    ],
    summary: {
      fi: 'Palvelukeskuksessa on lounasravintola, kerhoja, liikuntaa ja tapahtumia kaikille eläkeikäisille.',
      sv: 'Servicecentralen har lunchrestaurang, klubbar, motion och evenemang för pensionärer.',
      en: 'The service centre has a lunch restaurant, clubs, exercise and events for older people.',
    },
    description: {
      fi: '{paikka} on kaikille avoin kohtaamispaikka. Keskuksen lounasravintola on avoinna arkisin, ja viikko-ohjelmassa on muun muassa tuolijumppaa, bingoa, kuoro, kädentaitoja ja ajankohtaisia luentoja.\nEsimerkiksi kädentaitojen ryhmä kokoontuu {päivä} {aika}. Tervetuloa tutustumaan!',
      sv: '{plats} är en öppen mötesplats för alla. Lunchrestaurangen är öppen på vardagar och veckoprogrammet omfattar bland annat stolgympa, bingo, kör och föreläsningar.',
    },
    charge: 'Chargeable',
    chargeInfo: { fi: 'Toiminta on pääosin maksutonta. Lounas maksaa 7 euroa.' },
    channels: [{ kind: 'location', place: 'serviceCentre' }],
  },
  {
    key: 'older/pensioners-club',
    theme: 'older-people',
    sector: 'association',
    kinds: ['pensioners'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Kerhot ja retket eläkeläisille', sv: 'Klubbar och utfärder för pensionärer' },
      { fi: 'Eläkeläisten kerho', sv: 'Pensionärsklubben' },
      { fi: 'Senioritanssit', sv: 'Seniordans' },
    ],
    summary: {
      fi: 'Yhdistyksen kerhot, retket ja teatterimatkat tuovat vaihtelua arkeen ja uusia tuttavuuksia.',
      sv: 'Föreningens klubbar, utfärder och teaterresor ger omväxling och nya bekantskaper.',
    },
    description: {
      fi: 'Kerho kokoontuu {paikassa} {päivä} {aika}. Ohjelmassa on vierailijoita, yhteislaulua, tietovisoja ja arpajaiset. Lisäksi järjestämme retkiä, teatterimatkoja ja kuntoilua.\nJäseneksi voivat liittyä kaikki eläkeläiset asuinpaikasta riippumatta. Jäsenmaksu on 15 euroa vuodessa.',
      sv: 'Klubben träffas {på_plats} {dag} {tid}. Vi ordnar också utfärder och teaterresor. Medlemsavgiften är 15 euro per år.',
    },
    ontologyTerms: [
      'http://www.yso.fi/onto/yso/p2433',
      'http://www.yso.fi/onto/yso/p7642',
      'http://www.yso.fi/onto/yso/p6935',
    ],
    channels: [
      { kind: 'location', place: 'associationHouse', p: 0.6 },
      { kind: 'location', place: 'parishCentre', p: 0.3 },
    ],
  },
  {
    key: 'older/home-help-company',
    theme: 'older-people',
    sector: 'company',
    kinds: ['homeHelp'],
    charge: 'Chargeable',
    fundingType: 'MarketFunded',
    weight: 2,
    names: [
      {
        fi: 'Kotisiivous ja asiointiapu',
        sv: 'Hemstädning och ärendehjälp',
        en: 'Home cleaning and errand help',
      },
      { fi: 'Kotiapu ikäihmisille', sv: 'Hemhjälp för äldre' },
    ],
    summary: {
      fi: 'Siivousta, kauppa-asiointia ja ulkoiluapua kotiin. Palvelu oikeuttaa kotitalousvähennykseen.',
      sv: 'Städning, butiksärenden och hjälp med utevistelse. Berättigar till hushållsavdrag.',
      en: 'Cleaning, shopping and help with getting outdoors. Eligible for the tax credit for household expenses.',
    },
    description: {
      fi: '{org} tarjoaa kotiapua {kunnassa} ja lähikunnissa. Voit tilata siivouksen, ikkunanpesun, kaupassa käynnin tai saattajan lääkärikäynnille.\nPalvelusta voi saada kotitalousvähennystä. Hyväksymme myös hyvinvointialueen palvelusetelit.',
      sv: '{org} erbjuder hemhjälp {i_kommun} med omnejd. Vi tar också emot servicesedlar från välfärdsområdet.',
    },
    industrialClasses: ['88101'],
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Tilaukset ja ajanvaraus', sv: 'Beställningar', en: 'Bookings' },
      },
      { kind: 'web', p: 0.6 },
    ],
  },
  {
    key: 'older/safety-phone',
    theme: 'older-people',
    sector: 'county',
    unit: 'elderly',
    charge: 'Chargeable',
    names: [
      { fi: 'Turvapuhelinpalvelu', sv: 'Trygghetstelefontjänst', en: 'Safety phone service' },
    ],
    summary: {
      fi: 'Turvapuhelimella saat apua kotiin ympäri vuorokauden esimerkiksi kaatumisen jälkeen.',
      sv: 'Med trygghetstelefonen får du hjälp hem dygnet runt, till exempel efter ett fall.',
      en: 'With a safety phone you can get help at home around the clock, for example after a fall.',
    },
    description: {
      fi: 'Turvapuhelin on rannekkeen tai kaulakorun näköinen hälytin, jolla saat yhteyden turvapalvelukeskukseen. Hälytyksen jälkeen auttaja tulee kotiisi.\nPalvelun tarve arvioidaan palveluneuvonnassa. Asiakasmaksu määräytyy tulojen mukaan.',
      sv: 'Trygghetstelefonen är ett larm som ser ut som ett armband eller halsband. Efter larmet kommer en hjälpare hem till dig.',
    },
    channels: [
      { kind: 'phone', line: 'countyElderlyAdvice' },
      {
        kind: 'form',
        p: 0.5,
        name: { fi: 'Turvapuhelinhakemus', sv: 'Ansökan om trygghetstelefon' },
      },
    ],
  },
  {
    key: 'carers/allowance',
    theme: 'caring-for-a-relative',
    sector: 'county',
    unit: 'elderly',
    weight: 2,
    names: [
      { fi: 'Omaishoidon tuki', sv: 'Stöd för närståendevård', en: 'Support for informal care' },
    ],
    summary: {
      fi: 'Omaishoidon tuki on hoitopalkkio ja palvelut, joilla tuetaan läheisen hoitamista kotona.',
      sv: 'Stödet för närståendevård består av arvode och tjänster som stöder vården av en närstående hemma.',
      en: 'Support for informal care consists of a care allowance and services that help you care for a loved one at home.',
    },
    description: {
      fi: 'Omaishoidon tukea voi saada, kun hoidat kotona läheistäsi, joka tarvitsee sairauden, vamman tai ikääntymisen vuoksi runsaasti hoitoa ja huolenpitoa. Tukeen kuuluvat hoitopalkkio, omaishoitajan lakisääteiset vapaapäivät sekä hoidettavalle ja hoitajalle annettavat palvelut.\nTuen myöntäminen perustuu kotikäynnillä tehtävään arvioon. Hoitopalkkio maksetaan hoitoisuusryhmän mukaan.\nHae tukea hakemuksella. Voit tulostaa lomakkeen tai tehdä hakemuksen verkossa.',
      sv: 'Stöd för närståendevård kan beviljas när du vårdar en närstående hemma som behöver mycket vård på grund av sjukdom, funktionsnedsättning eller ålder. Stödet omfattar vårdarvode, lagstadgade lediga dagar och tjänster.',
      en: 'You may receive support when you care at home for a loved one who needs a lot of care because of illness, disability or age. The support includes a care allowance, statutory days off and services.',
    },
    instruction: {
      fi: 'Näin haet omaishoidon tukea:\n1. Täytä hakemus verkossa tai tulosta lomake.\n2. Liitä mukaan lääkärinlausunto hoidettavan terveydentilasta.\n3. Omaishoidon ohjaaja sopii kanssasi kotikäynnistä.\n4. Saat kirjallisen päätöksen.',
      sv: 'Så ansöker du om stöd för närståendevård:\n1. Fyll i ansökan på nätet eller skriv ut blanketten.\n2. Bifoga ett läkarutlåtande.\n3. Handledaren kommer överens med dig om ett hembesök.\n4. Du får ett skriftligt beslut.',
    },
    lifeEvents: ['KE13'],
    channels: [
      {
        kind: 'form',
        name: {
          fi: 'Omaishoidon tuen hakemus',
          sv: 'Ansökan om stöd för närståendevård',
          en: 'Application for informal care support',
        },
      },
      {
        kind: 'echannel',
        p: 0.6,
        name: {
          fi: 'Hae omaishoidon tukea verkossa',
          sv: 'Ansök om stöd för närståendevård på nätet',
        },
      },
      { kind: 'phone', line: 'countyElderlyAdvice', p: 0.6 },
    ],
  },
  {
    key: 'carers/peer-group',
    theme: 'caring-for-a-relative',
    sector: 'association',
    kinds: ['carers'],
    group: true,
    weight: 3,
    names: [
      {
        fi: 'Omaishoitajien vertaistukiryhmä',
        sv: 'Kamratgrupp för närståendevårdare',
        en: 'Peer support group for family carers',
      },
      { fi: 'Omaishoitajien olohuone', sv: 'Närståendevårdarnas vardagsrum' },
      { fi: 'Puolisoaan hoitavien ryhmä' },
    ],
    summary: {
      fi: 'Vertaisryhmä omaishoitajille: jaksamista, tietoa ja kokemusten jakamista. Hoidettavalle järjestetään tarvittaessa hoitaja.',
      sv: 'Kamratgrupp för närståendevårdare: ork, information och erfarenhetsutbyte.',
      en: 'A peer group for family carers: coping, information and sharing experiences. Care for your loved one can be arranged.',
    },
    description: {
      fi: 'Omaishoitajien vertaistukiryhmä kokoontuu {paikassa} {päivä} {aika}. Ryhmässä voit puhua arjen iloista ja huolista muiden samassa tilanteessa olevien kanssa.\nRyhmässä käsitellään esimerkiksi omaa jaksamista, vapaapäivien pitämistä ja omaishoitajan oikeuksia. Välillä mukana on vierailevia asiantuntijoita.\nJos et voi jättää läheistäsi yksin, ota yhteyttä ohjaajaan, niin mietitään yhdessä hoitojärjestelyä ryhmän ajaksi.',
      sv: 'Kamratgruppen för närståendevårdare träffas {på_plats} {dag} {tid}. Vi pratar om vardagens glädjeämnen och bekymmer, om ork och om närståendevårdarens rättigheter.',
      en: 'The peer group for family carers meets {at_place} {day} {time}. You can talk about everyday joys and worries with others in the same situation.',
    },
    keywords: { fi: ['omaishoitaja', 'vertaistuki', 'jaksaminen'], sv: ['närståendevårdare'] },
    lifeEvents: ['KE13'],
    channels: [
      { kind: 'location', place: 'parishCentre', p: 0.5 },
      { kind: 'location', place: 'associationHouse', p: 0.5 },
      {
        kind: 'phone',
        p: 0.6,
        name: { fi: 'Omaishoitajayhdistyksen puhelin', sv: 'Föreningens telefon' },
      },
    ],
  },
  {
    key: 'carers/recreation-day',
    theme: 'caring-for-a-relative',
    sector: 'parish',
    group: true,
    names: [
      { fi: 'Omaishoitajien virkistyspäivä', sv: 'Rekreationsdag för närståendevårdare' },
      { fi: 'Omaishoitajien kerho', sv: 'Närståendevårdarnas klubb' },
    ],
    summary: {
      fi: 'Seurakunnan kerho ja virkistyspäivät omaishoitajille ja hoidettaville yhdessä.',
      sv: 'Församlingens klubb och rekreationsdagar för närståendevårdare.',
    },
    description: {
      fi: 'Kerho kokoontuu {paikassa} {päivä} {aika}. Ohjelmassa on kahvia, keskustelua, musiikkia ja lyhyt hartaus. Hoidettava voi tulla mukaan.\nKahdesti vuodessa järjestämme virkistyspäivän, johon sisältyy ruokailu ja ohjelmaa.',
      sv: 'Klubben träffas {på_plats} {dag} {tid}. Den som vårdas får gärna följa med.',
    },
    channels: [{ kind: 'location', place: 'parishCentre' }],
  },
  {
    key: 'carers/national-advice',
    theme: 'caring-for-a-relative',
    sector: 'national',
    provider: 'omaishoitajaliitto',
    nationwide: true,
    names: [
      {
        fi: 'Omaishoitajien neuvontapuhelin',
        sv: 'Rådgivningstelefon för närståendevårdare',
        en: 'Advice line for family carers',
      },
    ],
    summary: {
      fi: 'Maksutonta neuvontaa omaishoitajille ja läheisille omaishoidon tuesta, vapaista ja jaksamisesta.',
      sv: 'Avgiftsfri rådgivning för närståendevårdare om stöd, ledigheter och ork.',
      en: 'Free advice for family carers on carer support, days off and coping.',
    },
    description: {
      fi: 'Neuvontapuhelimesta saat tietoa omaishoitajan oikeuksista, omaishoidon tuen hakemisesta ja muutoksenhausta. Voit myös vain purkaa mieltäsi.\nPuhelimessa päivystävät omaishoitajaliiton asiantuntijat.',
    },
    channels: [
      { kind: 'phone', name: { fi: 'Omaisneuvo-puhelin', en: 'Carers advice line' } },
      { kind: 'web', p: 0.6 },
    ],
  },
  {
    key: 'memory/memory-cafe',
    theme: 'memory-disorders',
    sector: 'association',
    kinds: ['memory'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Muistikahvila', sv: 'Minnescafé', en: 'Memory café' },
      { fi: 'Muistisairaiden ja läheisten ryhmä', sv: 'Grupp för minnessjuka och anhöriga' },
    ],
    summary: {
      fi: 'Muistikahvila on kohtaamispaikka muistisairaille, heidän läheisilleen ja muistiasioista kiinnostuneille.',
      sv: 'Minnescaféet är en mötesplats för personer med minnessjukdom och deras anhöriga.',
      en: 'The memory café is a meeting place for people with memory disorders and their families.',
    },
    description: {
      fi: 'Muistikahvila kokoontuu {paikassa} {päivä} {aika}. Kahvin lomassa kuullaan alustus muistiin liittyvästä aiheesta, ja muistiasiantuntija vastaa kysymyksiin.\nKahvila on avoin kaikille, eikä sinne tarvitse ilmoittautua. Tervetuloa yksin tai yhdessä läheisen kanssa!',
      sv: 'Minnescaféet träffas {på_plats} {dag} {tid}. Under kaffet hör vi ett inlägg om minnet och en expert svarar på frågor.',
      en: 'The memory café meets {at_place} {day} {time}. Over coffee there is a short talk about memory, and an expert answers questions.',
    },
    channels: [
      { kind: 'location', place: 'library', p: 0.4 },
      { kind: 'location', place: 'associationOffice', p: 0.6 },
      { kind: 'phone', p: 0.5, name: { fi: 'Muistineuvonta', sv: 'Minnesrådgivning' } },
    ],
  },
  {
    key: 'memory/memory-nurse',
    theme: 'memory-disorders',
    sector: 'county',
    unit: 'elderly',
    names: [
      {
        fi: 'Muistihoitajan vastaanotto',
        sv: 'Minnesskötarens mottagning',
        en: 'Memory nurse appointments',
      },
      { fi: 'Muistitutkimukset ja muistineuvola', sv: 'Minnesundersökningar' },
    ],
    summary: {
      fi: 'Muistihoitaja arvioi muistioireita, ohjaa tutkimuksiin ja tukee muistisairautta sairastavaa ja läheisiä.',
      sv: 'Minnesskötaren bedömer minnessymtom och stöder den insjuknade och de anhöriga.',
      en: 'A memory nurse assesses memory symptoms, arranges examinations and supports the patient and family.',
    },
    description: {
      fi: 'Jos muistisi on alkanut pettää tai läheisesi unohtelee tavallista enemmän, varaa aika muistihoitajalle. Vastaanotolla tehdään muistitesti ja sovitaan jatkotutkimuksista.\nMuistisairauden toteamisen jälkeen muistihoitaja on tukenasi ja auttaa hakemaan palveluja ja etuuksia.',
      sv: 'Om ditt minne har börjat svikta, boka tid hos minnesskötaren. På mottagningen görs ett minnestest.',
    },
    channels: [
      { kind: 'phone', line: 'countyHealthAdvice' },
      { kind: 'location', place: 'healthStation', p: 0.6 },
    ],
  },
  {
    key: 'memory/national-info',
    theme: 'memory-disorders',
    sector: 'national',
    provider: 'muistiliitto',
    nationwide: true,
    names: [
      {
        fi: 'Muistineuvo – neuvontaa muistisairauksista',
        sv: 'Rådgivning om minnessjukdomar',
        en: 'Advice on memory disorders',
      },
    ],
    summary: {
      fi: 'Tietoa muistisairauksista ja neuvoja muistisairaille ja heidän läheisilleen puhelimessa ja verkossa.',
      sv: 'Information om minnessjukdomar och råd för drabbade och anhöriga.',
    },
    description: {
      fi: 'Muistiliiton neuvonnasta saat tietoa muistisairauksien oireista, tutkimuksista ja hoidosta sekä arjen sujumista tukevista keinoista.\nNeuvonta on maksutonta. Voit myös etsiä lähimmän muistiyhdistyksen ja sen vertaisryhmät verkosta.',
    },
    channels: [
      { kind: 'phone', name: { fi: 'Muistiliiton neuvonta', sv: 'Minnesförbundets rådgivning' } },
      { kind: 'web', p: 0.7 },
    ],
  },
];
