/** Templates: housing and homelessness, legal aid. */
import type { ServiceTemplate } from './types.ts';

export const housingAndLegalTemplates: ServiceTemplate[] = [
  {
    key: 'housing/advice',
    theme: 'housing-and-homelessness',
    sector: 'municipality',
    unit: 'housing',
    weight: 2,
    names: [
      { fi: 'Asumisneuvonta', sv: 'Boenderådgivning', en: 'Housing advice' },
      { fi: 'Asumisneuvoja', sv: 'Boenderådgivare' },
    ],
    summary: {
      fi: 'Asumisneuvoja auttaa vuokranmaksuvaikeuksissa, häätöuhassa ja asumiseen liittyvissä ristiriidoissa.',
      sv: 'Boenderådgivaren hjälper vid svårigheter att betala hyran, hot om vräkning och konflikter i boendet.',
      en: 'A housing adviser helps with rent arrears, eviction threats and disputes about housing.',
    },
    description: {
      fi: 'Asumisneuvonta on maksutonta apua kaikille {kunnassa} asuville vuokralaisille. Asumisneuvojan puoleen voi kääntyä, kun\n* vuokra on jäänyt maksamatta tai asunto on irtisanottu\n* tarvitset apua asunnon hakemiseen tai asumistuen hakemiseen\n* naapurisovussa on ongelmia\n* kotona asuminen ei suju ilman tukea\nAsumisneuvoja neuvottelee tarvittaessa vuokranantajan kanssa ja ohjaa muihin palveluihin. Tavoitteena on ehkäistä häätöjä ja asunnottomuutta.',
      sv: 'Boenderådgivningen är avgiftsfri hjälp för hyresgäster {i_kommun}. Boenderådgivaren kan förhandla med hyresvärden och hänvisa till andra tjänster. Målet är att förebygga vräkningar och bostadslöshet.',
      en: 'Housing advice is free for all tenants in {municipality}. The adviser can negotiate with your landlord and refer you to other services, with the aim of preventing evictions and homelessness.',
    },
    serviceClasses: ['P1.1', 'P4.1'],
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Asumisneuvonnan puhelin',
          sv: 'Boenderådgivningens telefon',
          en: 'Housing advice phone',
        },
      },
      { kind: 'location', place: 'townHall', p: 0.5 },
    ],
  },
  {
    key: 'housing/rental-flats',
    theme: 'housing-and-homelessness',
    sector: 'municipality',
    unit: 'housing',
    weight: 2,
    names: [
      {
        fi: 'Vuokra-asunnon hakeminen',
        sv: 'Ansökan om hyresbostad',
        en: 'Applying for a rental flat',
      },
      { fi: 'Kaupungin vuokra-asunnot', sv: 'Stadens hyresbostäder' },
    ],
    summary: {
      fi: 'Hae vuokra-asuntoa kunnan omistamalta vuokrataloyhtiöltä. Hakemus on voimassa kuusi kuukautta.',
      sv: 'Ansök om en hyresbostad hos det kommunägda hyresbolaget.',
      en: "Apply for a flat from the municipality's rental housing company.",
    },
    description: {
      fi: 'Kunnan vuokra-asunnot ovat kohtuuhintaisia asuntoja, jotka jaetaan hakijoiden asunnontarpeen, varallisuuden ja tulojen perusteella. Kiireellisimpiä ovat asunnottomat ja ne, joiden asunto on terveydelle haitallinen.\nTäytä hakemus verkossa ja liitä siihen tulotiedot. Hakemus on voimassa kuusi kuukautta, ja voit uusia sen verkossa.',
      sv: 'Kommunens hyresbostäder delas ut enligt sökandenas bostadsbehov, förmögenhet och inkomster. Fyll i ansökan på nätet.',
    },
    serviceClasses: ['P1.1'],
    channels: [
      {
        kind: 'echannel',
        name: {
          fi: 'Asuntohakemus verkossa',
          sv: 'Bostadsansökan på nätet',
          en: 'Online housing application',
        },
      },
      {
        kind: 'form',
        p: 0.3,
        name: { fi: 'Asuntohakemuslomake', sv: 'Blankett för bostadsansökan' },
      },
    ],
  },
  {
    key: 'housing/emergency-shelter',
    theme: 'housing-and-homelessness',
    sector: 'association',
    kinds: ['settlement', 'redCross'],
    onlyIn: ['853', '734', '202', '680'],
    names: [
      { fi: 'Hätämajoitus', sv: 'Nödinkvartering', en: 'Emergency accommodation' },
      { fi: 'Yömaja', sv: 'Härbärge', en: 'Night shelter' },
    ],
    summary: {
      fi: 'Yöpaikka ilman asuntoa oleville. Paikalle voi tulla illalla ilman ennakkovarausta.',
      sv: 'En plats att sova för den som saknar bostad. Ingen förhandsbokning behövs.',
      en: 'A place to sleep for people without a home. Come in the evening, no booking needed.',
    },
    description: {
      fi: 'Yömajassa on 20 vuodepaikkaa aikuisille, joilla ei ole muuta yöpaikkaa. Ovet avataan iltaisin klo 20 ja suljetaan aamulla klo 8. Illalla on tarjolla iltapala ja aamulla aamupala.\nPaikalla on ohjaaja, joka auttaa ottamaan yhteyttä sosiaalityöhön ja asumisneuvontaan. Päihtyneenäkin voi tulla, kunhan käyttäytyy rauhallisesti.',
      sv: 'Härbärget har 20 sängplatser för vuxna som inte har någon annan plats att sova. Dörrarna öppnas kl. 20 och stängs kl. 8.',
      en: 'The shelter has 20 beds for adults with nowhere else to sleep. Doors open at 8 pm and close at 8 am. An evening snack and breakfast are served.',
    },
    channels: [
      { kind: 'location', place: 'dayCentre' },
      {
        kind: 'phone',
        name: { fi: 'Yömajan päivystys', sv: 'Härbärgets jour', en: 'Night shelter duty phone' },
      },
    ],
  },
  {
    key: 'housing/supported-housing',
    theme: 'housing-and-homelessness',
    sector: 'county',
    unit: 'mental',
    names: [
      { fi: 'Tuettu asuminen', sv: 'Stödboende', en: 'Supported housing' },
      { fi: 'Asumisen tuki ja asumisohjaus', sv: 'Boendehandledning' },
    ],
    summary: {
      fi: 'Asumisohjaaja tukee omassa kodissa asumista, kun arki ei suju ilman apua.',
      sv: 'En boendehandledare stöder boendet i det egna hemmet.',
      en: 'A housing support worker helps you keep your own home when everyday life needs support.',
    },
    description: {
      fi: 'Tuettu asuminen on tarkoitettu esimerkiksi mielenterveys- tai päihdekuntoutujille ja nuorille, jotka tarvitsevat tukea itsenäiseen asumiseen. Asumisohjaaja käy kotona sovitusti ja auttaa esimerkiksi raha-asioissa, siivouksessa ja asioinnissa.\nPalvelun tarve arvioidaan sosiaalityössä.',
      sv: 'Stödboende är avsett till exempel för personer i rehabilitering inom mentalvård eller missbrukarvård samt för unga som behöver stöd i eget boende.',
    },
    charge: 'Chargeable',
    channels: [{ kind: 'phone', line: 'countySocialAdvice' }],
  },
  {
    key: 'housing/housing-allowance',
    theme: 'housing-and-homelessness',
    sector: 'state',
    provider: 'kela',
    nationwide: true,
    names: [
      { fi: 'Yleinen asumistuki', sv: 'Allmänt bostadsbidrag', en: 'General housing allowance' },
    ],
    summary: {
      fi: 'Kela maksaa asumistukea pienituloisille ruokakunnille asumismenojen pienentämiseksi.',
      sv: 'FPA betalar bostadsbidrag till hushåll med små inkomster.',
      en: 'Kela pays housing allowance to low-income households to help with housing costs.',
    },
    description: {
      fi: 'Yleistä asumistukea voi saada vuokra-asuntoon, asumisoikeusasuntoon tai omistusasuntoon. Tuen määrään vaikuttavat ruokakunnan koko, tulot ja hyväksyttävät asumismenot.\nHae asumistukea verkossa. Ilmoita Kelalle, jos tulosi, asumismenosi tai ruokakuntasi muuttuvat.',
      sv: 'Allmänt bostadsbidrag kan beviljas för en hyresbostad, bostadsrättsbostad eller ägarbostad. Ansök på nätet.',
      en: 'General housing allowance can be paid for rented, right-of-occupancy or owner-occupied homes. Apply online.',
    },
    serviceClasses: ['P1.4'],
    channels: [
      {
        kind: 'echannel',
        name: {
          fi: 'Hae asumistukea verkossa',
          sv: 'Ansök om bostadsbidrag på nätet',
          en: 'Apply for housing allowance online',
        },
      },
      { kind: 'phone', line: 'kelaHousing' },
    ],
  },
  {
    key: 'legal/legal-aid',
    theme: 'legal-aid',
    sector: 'state',
    provider: 'oikeusapu',
    unit: 'legalAid',
    weight: 2,
    charge: 'Chargeable',
    names: [
      { fi: 'Oikeusapu', sv: 'Rättshjälp', en: 'Legal aid' },
      { fi: 'Oikeusaputoimiston lakimiespalvelut', sv: 'Rättshjälpsbyråns juristtjänster' },
    ],
    summary: {
      fi: 'Oikeusaputoimiston julkinen oikeusavustaja auttaa oikeudellisissa asioissa. Oikeusapu voi olla maksutonta.',
      sv: 'Rättshjälpsbyråns offentliga rättsbiträde hjälper i juridiska ärenden. Rättshjälpen kan vara avgiftsfri.',
      en: 'A public legal aid attorney helps with legal matters. Legal aid may be free of charge.',
    },
    description: {
      fi: 'Oikeusaputoimistosta saat apua esimerkiksi perinnönjakoon, avioeroon, lapsen huoltoon, velka-asioihin ja rikosasioihin. Oikeusapua voi saada, jos et itse pysty maksamaan asian hoitamisesta aiheutuvia kuluja.\nOikeusavun hinta määräytyy tulojesi ja varallisuutesi mukaan: vähävaraiselle se on maksutonta, muille osittain maksullista. Neuvonta oikeusavun saamisesta on aina maksutonta.\nOikeusapua haetaan verkossa tai oikeusaputoimistosta.',
      sv: 'Rättshjälpsbyrån hjälper till exempel vid arvskifte, skilsmässa, vårdnad om barn, skuldfrågor och brottmål. Priset bestäms av dina inkomster och tillgångar.',
      en: 'The legal aid office helps with matters such as inheritance, divorce, child custody, debts and criminal cases. The cost depends on your income and assets.',
    },
    chargeInfo: {
      fi: 'Oikeusapu on tuloistasi riippuen maksutonta tai osittain maksullista. Oikeusaputoimiston perusmaksu on 80 euroa.',
    },
    channels: [
      { kind: 'phone', line: 'legalAid' },
      { kind: 'location', place: 'legalAidOffice', p: 0.8 },
      {
        kind: 'echannel',
        name: {
          fi: 'Hae oikeusapua verkossa',
          sv: 'Ansök om rättshjälp på nätet',
          en: 'Apply for legal aid online',
        },
      },
    ],
  },
  {
    key: 'legal/public-guardianship',
    theme: 'legal-aid',
    sector: 'state',
    provider: 'oikeusapu',
    unit: 'guardianship',
    names: [
      { fi: 'Yleinen edunvalvonta', sv: 'Allmän intressebevakning', en: 'Public guardianship' },
    ],
    summary: {
      fi: 'Edunvalvoja hoitaa taloudellisia asioita henkilölle, joka ei sairauden tai muun syyn vuoksi pysty niitä itse hoitamaan.',
      sv: 'En intressebevakare sköter ekonomiska angelägenheter för den som själv inte kan det.',
      en: 'A guardian manages the finances of a person who cannot do so because of illness or another reason.',
    },
    description: {
      fi: 'Edunvalvojan määrää käräjäoikeus tai Digi- ja väestötietovirasto. Edunvalvontaa voi hakea henkilö itse, hänen läheisensä tai sosiaali- ja terveydenhuollon ammattilainen voi tehdä edunvalvonnan tarpeesta ilmoituksen.\nYleinen edunvalvoja maksaa laskut, hakee etuudet ja huolehtii omaisuudesta. Edunvalvonnasta peritään tuloihin perustuva palkkio.',
      sv: 'Intressebevakare förordnas av tingsrätten eller Myndigheten för digitalisering och befolkningsdata.',
    },
    charge: 'Chargeable',
    serviceClasses: ['P7.11'],
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Edunvalvontatoimiston puhelinpalvelu',
          sv: 'Intressebevakningsbyråns telefontjänst',
        },
      },
    ],
  },
  {
    key: 'legal/social-ombudsman',
    theme: 'legal-aid',
    sector: 'county',
    unit: 'adults',
    names: [{ fi: 'Sosiaaliasiavastaava', sv: 'Socialombudsman', en: 'Social welfare ombudsman' }],
    summary: {
      fi: 'Sosiaaliasiavastaava neuvoo sosiaalihuollon asiakkaan oikeuksissa ja auttaa muistutuksen tekemisessä.',
      sv: 'Socialombudsmannen ger råd om klientens rättigheter inom socialvården.',
      en: 'The social welfare ombudsman advises clients on their rights and helps them file complaints.',
    },
    description: {
      fi: 'Voit ottaa yhteyttä sosiaaliasiavastaavaan, jos olet tyytymätön saamaasi kohteluun tai päätökseen sosiaalihuollossa. Sosiaaliasiavastaava kertoo oikeuksistasi, auttaa tekemään muistutuksen ja neuvoo muutoksenhaussa.\nPalvelu on maksutonta ja puolueetonta. Sosiaaliasiavastaava ei tee päätöksiä eikä voi muuttaa niitä.',
      sv: 'Du kan kontakta socialombudsmannen om du är missnöjd med bemötandet eller ett beslut inom socialvården. Tjänsten är avgiftsfri och opartisk.',
    },
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Sosiaaliasiavastaavan puhelinaika', sv: 'Socialombudsmannens telefontid' },
      },
    ],
  },
  {
    key: 'legal/consumer-advice',
    theme: 'legal-aid',
    sector: 'state',
    provider: 'kkv',
    nationwide: true,
    names: [{ fi: 'Kuluttajaneuvonta', sv: 'Konsumentrådgivning', en: 'Consumer advice' }],
    summary: {
      fi: 'Kuluttajaneuvonta auttaa riita-asioissa yrityksen kanssa, esimerkiksi virheellisessä tuotteessa tai luottosopimuksessa.',
      sv: 'Konsumentrådgivningen hjälper vid tvister med företag.',
      en: 'Consumer advice helps in disputes with businesses, for example over faulty goods or credit agreements.',
    },
    description: {
      fi: 'Kuluttajaneuvonta antaa maksutonta neuvontaa ja sovitteluapua kuluttajan ja yrityksen välisissä riitatilanteissa. Neuvonnasta saat apua myös kalliiden kulutusluottojen kohtuullistamiseen.\nOta ensin yhteyttä yritykseen. Jos asia ei ratkea, ota yhteyttä kuluttajaneuvontaan puhelimitse tai verkossa.',
      sv: 'Konsumentrådgivningen ger avgiftsfri rådgivning och medling vid tvister mellan konsumenter och företag.',
    },
    serviceClasses: ['P21.1'],
    channels: [
      { kind: 'phone', line: 'consumerAdvice' },
      {
        kind: 'echannel',
        name: {
          fi: 'Kuluttajaneuvonnan yhteydenottolomake',
          sv: 'Konsumentrådgivningens kontaktformulär',
        },
      },
    ],
  },
  {
    key: 'legal/volunteer-legal-advice',
    theme: 'legal-aid',
    sector: 'association',
    kinds: ['settlement', 'multicultural', 'unemployed', 'pensioners'],
    group: true,
    names: [
      {
        fi: 'Maksuton lakineuvonta',
        sv: 'Avgiftsfri juridisk rådgivning',
        en: 'Free legal advice',
      },
      { fi: 'Lakimies tavattavissa', sv: 'Träffa en jurist' },
    ],
    summary: {
      fi: 'Vapaaehtoinen lakimies neuvoo maksutta esimerkiksi vuokra-, perintö-, velka- ja kuluttaja-asioissa.',
      sv: 'En frivillig jurist ger avgiftsfri rådgivning till exempel i hyres-, arvs-, skuld- och konsumentfrågor.',
      en: 'A volunteer lawyer gives free advice on matters such as rent, inheritance, debts and consumer disputes.',
    },
    description: {
      fi: 'Lakimies päivystää {paikassa} {päivä} {aika}. Voit kysyä neuvoa esimerkiksi vuokrasopimuksesta, perunkirjoituksesta, testamentista, perintäkirjeistä tai viranomaisen päätöksestä.\nNeuvonta on maksutonta ja luottamuksellista, mutta lakimies ei ota hoitaakseen oikeudenkäyntejä. Tarvittaessa hän ohjaa oikeusaputoimistoon.\nOta mukaan asiaan liittyvät paperit. Ajan voi varata etukäteen, mutta myös ilman varausta pääsee, jos aikaa jää.',
      sv: 'Juristen finns på plats {på_plats} {dag} {tid}. Du kan fråga om hyresavtal, bouppteckning, testamente eller indrivningsbrev.\nRådgivningen är avgiftsfri och konfidentiell.',
      en: 'The lawyer is available {at_place} {day} {time}. You can ask about tenancy agreements, estate inventories, wills, collection letters or decisions by authorities.\nThe advice is free and confidential.',
    },
    channels: [
      { kind: 'location', place: 'associationOffice' },
      {
        kind: 'phone',
        p: 0.5,
        name: { fi: 'Lakineuvonnan ajanvaraus', sv: 'Tidsbokning för juridisk rådgivning' },
      },
    ],
  },
];
