/** Templates: debt and money, gambling. */
import type { ServiceTemplate } from './types.ts';

export const debtTemplates: ServiceTemplate[] = [
  {
    key: 'debt/state-debt-advice',
    theme: 'debt-and-money',
    sector: 'state',
    provider: 'oikeusapu',
    unit: 'legalAid',
    weight: 3,
    names: [
      {
        fi: 'Talous- ja velkaneuvonta',
        sv: 'Ekonomi- och skuldrådgivning',
        en: 'Financial and debt advice',
      },
      { fi: 'Velkaneuvonta', sv: 'Skuldrådgivning', en: 'Debt counselling' },
    ],
    summary: {
      fi: 'Maksutonta apua, kun laskujen maksaminen tuottaa vaikeuksia tai velkoja on kertynyt liikaa.',
      sv: 'Avgiftsfri hjälp när det är svårt att betala räkningarna eller när skulderna har vuxit.',
      en: 'Free help when paying your bills is difficult or your debts have grown too large.',
    },
    description: {
      fi: 'Talous- ja velkaneuvoja käy kanssasi läpi tulosi, menosi ja velkasi ja auttaa laatimaan realistisen suunnitelman.\nNeuvoja voi auttaa esimerkiksi\n* neuvottelemaan velkojien kanssa maksuaikataulusta\n* hakemaan velkajärjestelyä käräjäoikeudelta\n* selvittämään, kannattaako hakea järjestelylainaa tai takausta\n* ymmärtämään perintäkirjeitä ja ulosoton päätöksiä\nPalvelu on luottamuksellista ja maksutonta. Asioida voi puhelimessa, verkossa tai toimipaikassa {kunnassa}.',
      sv: 'Ekonomi- och skuldrådgivaren går igenom dina inkomster, utgifter och skulder och hjälper dig att göra upp en realistisk plan.\nRådgivaren kan till exempel\n* förhandla med borgenärerna om en betalningsplan\n* hjälpa dig att ansöka om skuldsanering vid tingsrätten\n* förklara indrivningsbrev och beslut om utsökning\nTjänsten är konfidentiell och avgiftsfri.',
      en: 'A financial and debt adviser goes through your income, expenses and debts with you and helps you draw up a realistic plan.\nThe adviser can, for example,\n* negotiate a payment schedule with your creditors\n* help you apply for debt restructuring at the district court\n* explain collection letters and enforcement decisions\nThe service is confidential and free of charge.',
    },
    instruction: {
      fi: 'Varaa aika soittamalla palvelunumeroon tai jätä yhteydenottopyyntö verkossa. Ota mukaan tiedot tuloistasi ja menoistasi sekä perintäkirjeet ja ulosoton päätökset.',
      sv: 'Boka tid per telefon eller lämna en kontaktbegäran på nätet. Ta med uppgifter om dina inkomster, utgifter och skulder.',
    },
    lifeEvents: ['KE9'],
    channels: [
      { kind: 'phone', line: 'debtAdvice' },
      { kind: 'location', place: 'legalAidOffice', p: 0.8 },
      {
        kind: 'echannel',
        p: 0.6,
        name: {
          fi: 'Talous- ja velkaneuvonnan yhteydenottolomake',
          sv: 'Kontaktformulär för ekonomi- och skuldrådgivning',
          en: 'Debt advice contact form',
        },
      },
    ],
  },
  {
    key: 'debt/debt-line',
    theme: 'debt-and-money',
    sector: 'national',
    provider: 'takuusaatio',
    nationwide: true,
    weight: 2,
    names: [
      { fi: 'Velkalinja', sv: 'Skuldlinjen', en: 'Debt helpline' },
      { fi: 'Velkalinjan neuvonta puhelimessa ja chatissa' },
    ],
    summary: {
      fi: 'Takuusäätiön maksuton puhelin- ja chat-palvelu velka- ja raha-asioihin. Voit asioida nimettömästi.',
      sv: 'Garantistiftelsens avgiftsfria telefon- och chattjänst för frågor om skulder och pengar.',
      en: "The Guarantee Foundation's free phone and chat service for debt and money matters. You can stay anonymous.",
    },
    description: {
      fi: 'Velkalinjalta saat neuvoja, kun raha-asiat huolestuttavat. Voit soittaa tai kirjoittaa nimettömästi, ja neuvonta on maksutonta.\nVelkalinjalta saat apua esimerkiksi näihin tilanteisiin:\n* laskut ovat erääntyneet etkä tiedä, mitä tehdä\n* pikavipit ja kulutusluotot ovat kasautuneet\n* pohdit velkajärjestelyn tai järjestelylainan hakemista\n* läheisesi velat huolestuttavat sinua\nPalvelu on valtakunnallinen.',
      sv: 'Skuldlinjen ger råd när pengafrågor oroar dig. Du kan ringa eller skriva anonymt och rådgivningen är avgiftsfri.\nDu kan få hjälp till exempel när räkningarna har förfallit, när snabblånen har hopat sig eller när du funderar på att ansöka om skuldsanering.',
      en: 'The debt helpline gives advice when money matters worry you. You can call or write anonymously and the advice is free.\nTypical situations include overdue bills, piled-up payday loans and considering debt restructuring.',
    },
    lifeEvents: ['KE9'],
    channels: [
      { kind: 'phone', line: 'debtLine' },
      {
        kind: 'echannel',
        name: { fi: 'Velkalinjan chat', sv: 'Skuldlinjens chatt', en: 'Debt helpline chat' },
      },
    ],
  },
  {
    key: 'debt/guarantee',
    theme: 'debt-and-money',
    sector: 'national',
    provider: 'takuusaatio',
    nationwide: true,
    charge: null,
    names: [
      {
        fi: 'Takaus järjestelylainalle',
        sv: 'Borgen för saneringslån',
        en: 'Guarantee for a debt consolidation loan',
      },
    ],
    summary: {
      fi: 'Takuusäätiö voi taata pankin järjestelylainan, jolla maksetaan pois kalliit kulutusluotot ja pikavipit.',
      sv: 'Garantistiftelsen kan gå i borgen för ett saneringslån i banken.',
    },
    description: {
      fi: 'Järjestelylainalla yhdistetään useita kalliita velkoja yhdeksi edullisemmaksi pankkilainaksi. Jos sinulla ei ole omaa vakuutta, Takuusäätiö voi myöntää lainalle takauksen.\nTakauksen saaminen edellyttää, että tulosi riittävät lainan hoitamiseen ja että velkojat suostuvat järjestelyyn. Hakemus tehdään verkossa.',
      sv: 'Med ett saneringslån slås flera dyra skulder ihop till ett förmånligare banklån. Om du saknar egen säkerhet kan Garantistiftelsen gå i borgen för lånet.',
    },
    type: 'Service',
    channels: [
      {
        kind: 'echannel',
        name: { fi: 'Takaushakemus', sv: 'Ansökan om borgen', en: 'Guarantee application' },
      },
      { kind: 'web', p: 0.5 },
    ],
  },
  {
    key: 'debt/diaconal-financial-help',
    theme: 'debt-and-money',
    sector: 'parish',
    weight: 2,
    names: [
      {
        fi: 'Diakoniatyön taloudellinen apu',
        sv: 'Diakonins ekonomiska stöd',
        en: 'Financial help from diaconal work',
      },
      { fi: 'Taloudellinen avustus ja talousneuvonta seurakunnassa' },
    ],
    summary: {
      fi: 'Diakoniatyö voi auttaa kertaluonteisesti esimerkiksi ruokaan tai lääkkeisiin, kun muut keinot eivät riitä.',
      sv: 'Diakonin kan ge engångshjälp till exempel för mat eller mediciner när andra stöd inte räcker.',
      en: 'Diaconal work can give one-off help for food or medicines when other support is not enough.',
    },
    description: {
      fi: 'Avun tarve arvioidaan aina keskustelussa diakoniatyöntekijän kanssa. Samalla mietitään yhdessä, mistä muualta voisit saada tukea, ja tarvittaessa diakoniatyöntekijä ohjaa sinut talous- ja velkaneuvontaan tai hakemaan toimeentulotukea.\nApu annetaan yleensä ruoka- tai ostokorttina, ei rahana. Diakoniatyöntekijä voi myös auttaa tekemään budjetin ja selvittämään laskupinoa.\nVastaanotto on {paikassa}.',
      sv: 'Behovet av hjälp bedöms alltid i ett samtal med diakoniarbetaren. Hjälpen ges oftast som mat- eller köpkort, inte som pengar.',
    },
    serviceClasses: ['P15.1', 'P25.6', 'P4.12'],
    lifeEvents: ['KE9'],
    channels: [
      { kind: 'location', place: 'parishCentre' },
      { kind: 'phone', name: { fi: 'Diakoniatyön ajanvaraus', sv: 'Diakonins tidsbokning' } },
    ],
  },
  {
    key: 'debt/household-finances-course',
    theme: 'debt-and-money',
    sector: 'association',
    kinds: ['marthas', 'settlement'],
    group: true,
    names: [
      {
        fi: 'Kodin talousneuvonta',
        sv: 'Hushållsekonomisk rådgivning',
        en: 'Household budgeting advice',
      },
      { fi: 'Rahat riittämään -kurssi' },
    ],
    summary: {
      fi: 'Käytännön vinkkejä arjen raha-asioihin: budjetti, edullinen ruoka ja laskujen hallinta.',
      sv: 'Praktiska tips för vardagens ekonomi: budget, förmånlig mat och räkningar.',
      en: 'Practical tips for everyday money matters: budgeting, affordable food and managing bills.',
    },
    description: {
      fi: 'Kurssilla opetellaan tekemään oma budjetti, vertailemaan sopimuksia ja ruokkimaan perhe edullisesti. Kurssi kokoontuu {paikassa} neljä kertaa {päivä} {aika}.\nKurssi sopii kaikille, jotka haluavat saada raha-asiat paremmin hallintaan. Kurssi on maksuton, ja siihen mahtuu 12 osallistujaa.',
      sv: 'På kursen lär vi oss att göra en budget, jämföra avtal och laga förmånlig mat. Kursen träffas {på_plats} fyra gånger {dag} {tid}.',
    },
    channels: [{ kind: 'location', place: 'associationOffice' }],
  },
  {
    key: 'debt/enforcement',
    theme: 'debt-and-money',
    sector: 'state',
    provider: 'ulosotto',
    nationwide: true,
    names: [
      {
        fi: 'Ulosoton asiakaspalvelu',
        sv: 'Utsökningens kundtjänst',
        en: 'Enforcement customer service',
      },
    ],
    summary: {
      fi: 'Neuvontaa ulosotosta: maksuohjelmat, suojaosuus ja ulosottovelan maksaminen.',
      sv: 'Rådgivning om utsökning: betalningsprogram, skyddat belopp och betalning av utsökningsskulder.',
      en: 'Advice on enforcement: payment plans, the protected amount and paying enforcement debts.',
    },
    description: {
      fi: 'Jos velkasi on siirtynyt ulosottoon, voit kysyä ulosottolaitoksen asiakaspalvelusta velan tilanteesta, maksuohjelmasta ja palkan ulosmittauksesta.\nVoit myös hakea vapaakuukautta esimerkiksi työttömyyden tai sairauden vuoksi. Omat ulosottoasiasi näet verkkoasioinnissa.',
      sv: 'Om din skuld har överförts till utsökning kan du fråga kundtjänsten om skuldens läge, betalningsprogram och utmätning av lön.',
    },
    channels: [
      { kind: 'phone', line: 'enforcement' },
      {
        kind: 'echannel',
        name: {
          fi: 'Ulosoton verkkoasiointi',
          sv: 'Utsökningens e-tjänst',
          en: 'Enforcement online service',
        },
      },
    ],
  },
  {
    key: 'gambling/peluuri',
    theme: 'gambling',
    sector: 'national',
    provider: 'aklinikka',
    nationwide: true,
    names: [
      {
        fi: 'Peluuri – apua rahapelihaittoihin',
        sv: 'Peluuri – hjälp mot spelproblem',
        en: 'Peluuri – help with gambling problems',
      },
    ],
    summary: {
      fi: 'Maksuton auttava puhelin ja chat pelaajille ja heidän läheisilleen. Voit asioida nimettömästi.',
      sv: 'Avgiftsfri hjälptelefon och chatt för spelare och anhöriga.',
      en: 'A free helpline and chat for gamblers and their families. You can stay anonymous.',
    },
    description: {
      fi: 'Peluurista saat tietoa ja tukea, kun rahapelaaminen huolestuttaa. Voit soittaa, chatata tai osallistua verkon vertaisryhmään nimettömästi.\nPeluuri tarjoaa myös maksuttoman itsehoito-ohjelman pelaamisen vähentämiseen sekä tukea läheisille, jotka kantavat huolta toisen pelaamisesta.',
      sv: 'Peluuri ger information och stöd när penningspel oroar dig. Du kan ringa, chatta eller delta i en kamratgrupp på nätet anonymt.',
    },
    channels: [
      { kind: 'phone', line: 'peluuri' },
      { kind: 'echannel', name: { fi: 'Peluurin chat', sv: 'Peluuris chatt', en: 'Peluuri chat' } },
    ],
  },
  {
    key: 'gambling/treatment',
    theme: 'gambling',
    sector: 'county',
    unit: 'mental',
    names: [
      {
        fi: 'Peliriippuvuuden hoito',
        sv: 'Vård vid spelberoende',
        en: 'Treatment for gambling addiction',
      },
    ],
    summary: {
      fi: 'Hoitoa ja tukea, kun rahapelaaminen on karannut käsistä. Vastaanotolle pääsee ilman lähetettä.',
      sv: 'Vård och stöd när spelandet har gått överstyr. Ingen remiss behövs.',
    },
    description: {
      fi: 'Riippuvuuspalveluissa saat keskusteluapua ja hoitoa rahapelaamisen hallintaan. Hoito voi olla yksilökäyntejä, ryhmiä tai verkkohoitoa. Myös läheiset voivat hakea tukea.\nVoit varata ajan suoraan mielenterveys- ja päihdepalvelujen ajanvarauksesta.',
      sv: 'Inom beroendetjänsterna får du samtalsstöd och vård för att få kontroll över spelandet.',
    },
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Mielenterveys- ja päihdepalvelujen ajanvaraus',
          sv: 'Tidsbokning, mentalvårds- och missbrukartjänster',
        },
      },
      { kind: 'location', place: 'healthStation', p: 0.5 },
    ],
  },
  {
    key: 'gambling/peer-group',
    theme: 'gambling',
    sector: 'association',
    kinds: ['soberClub', 'mentalHealth'],
    group: true,
    names: [
      { fi: 'Pelaajien vertaisryhmä', sv: 'Kamratgrupp för spelare' },
      { fi: 'Peliongelmaisten vertaistukiryhmä' },
    ],
    summary: {
      fi: 'Vertaisryhmä rahapelaamisen kanssa kamppaileville. Ryhmässä ei tarvitse esiintyä omalla nimellään.',
      sv: 'Kamratgrupp för personer som kämpar med spelande.',
    },
    description: {
      fi: 'Ryhmä kokoontuu {paikassa} {päivä} {aika}. Ryhmässä jaetaan kokemuksia pelaamisen lopettamisesta ja vähentämisestä sekä pelivelkojen hoitamisesta.\nRyhmään voi tulla ilman ilmoittautumista. Myös läheiset ovat tervetulleita.',
    },
    channels: [{ kind: 'location', place: 'associationOffice' }],
  },
];
