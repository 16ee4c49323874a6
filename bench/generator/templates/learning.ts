/** Templates: education, digital help, culture and leisure. */
import type { ServiceTemplate } from './types.ts';

export const learningTemplates: ServiceTemplate[] = [
  {
    key: 'education/adult-education-centre',
    theme: 'education-and-learning',
    sector: 'municipality',
    unit: 'education',
    charge: 'Chargeable',
    weight: 2,
    names: [
      {
        fi: 'Kansalaisopiston kurssit',
        sv: 'Medborgarinstitutets kurser',
        en: 'Adult education centre courses',
      },
    ],
    summary: {
      fi: 'Kansalaisopistossa voi opiskella kieliä, taidetta, kädentaitoja, liikuntaa ja tietotekniikkaa.',
      sv: 'Vid medborgarinstitutet kan du studera språk, konst, hantverk, motion och IT.',
      en: 'At the adult education centre you can study languages, art, crafts, exercise and IT.',
    },
    description: {
      fi: 'Kansalaisopiston kurssit ovat kaikille avoimia. Kursseja järjestetään iltaisin ja päivisin eri puolilla kuntaa sekä verkossa.\nTyöttömät ja eläkeläiset saavat osasta kursseista alennusta. Ilmoittaudu verkossa.',
      sv: 'Medborgarinstitutets kurser är öppna för alla. Arbetslösa och pensionärer får rabatt på en del kurser.',
    },
    chargeInfo: { fi: 'Kurssimaksut 25–90 euroa.' },
    serviceClasses: ['P25.7', 'P6.10'],
    industrialClasses: ['85591'],
    channels: [
      { kind: 'location', place: 'adultEducationCentre' },
      {
        kind: 'echannel',
        name: {
          fi: 'Kurssihaku ja ilmoittautuminen',
          sv: 'Kurssökning och anmälan',
          en: 'Course search and registration',
        },
      },
    ],
  },
  {
    key: 'education/basic-education-adults',
    theme: 'education-and-learning',
    sector: 'municipality',
    unit: 'education',
    onlyIn: ['853', '734', '680', '202', '895', '430'],
    names: [
      {
        fi: 'Aikuisten perusopetus',
        sv: 'Grundläggande utbildning för vuxna',
        en: 'Basic education for adults',
      },
    ],
    summary: {
      fi: 'Aikuisten perusopetuksessa voit suorittaa peruskoulun oppimäärän ja saada päättötodistuksen.',
      sv: 'Inom den grundläggande utbildningen för vuxna kan du slutföra grundskolans lärokurs.',
      en: 'Basic education for adults lets you complete the comprehensive school syllabus and get a leaving certificate.',
    },
    description: {
      fi: 'Opetus on tarkoitettu yli 17-vuotiaille, joilta puuttuu peruskoulun päättötodistus. Opinnot sisältävät myös suomen kielen ja luku- ja kirjoitustaidon opetusta.\nOpiskelu on maksutonta. Haku on kaksi kertaa vuodessa.',
      sv: 'Utbildningen är avsedd för personer över 17 år som saknar avgångsbetyg från grundskolan. Studierna är avgiftsfria.',
      en: 'The programme is for people over 17 without a comprehensive school leaving certificate. It is free of charge.',
    },
    serviceClasses: ['P6.10', 'P6.2'],
    channels: [{ kind: 'location', place: 'adultEducationCentre' }],
  },
  {
    key: 'education/study-grant',
    theme: 'education-and-learning',
    sector: 'state',
    provider: 'kela',
    nationwide: true,
    names: [{ fi: 'Opintotuki', sv: 'Studiestöd', en: 'Student financial aid' }],
    summary: {
      fi: 'Opintotuki tukee toisen asteen ja korkea-asteen opintoja. Tukeen kuuluvat opintoraha ja opintolainan valtiontakaus.',
      sv: 'Studiestödet stöder studier på andra stadiet och högskolenivå.',
      en: 'Student financial aid supports upper secondary and higher education studies.',
    },
    description: {
      fi: 'Voit saada opintotukea, kun opiskelet päätoimisesti ja opintosi edistyvät. Hae tukea verkossa viimeistään sen kuukauden aikana, jolta haluat tukea.\nTulorajat vaikuttavat tuen määrään, joten seuraa vuositulojasi.',
      sv: 'Du kan få studiestöd när du studerar på heltid och dina studier framskrider. Ansök på nätet.',
    },
    serviceClasses: ['P6.14'],
    lifeEvents: ['KE3'],
    channels: [
      {
        kind: 'echannel',
        name: {
          fi: 'Hae opintotukea verkossa',
          sv: 'Ansök om studiestöd på nätet',
          en: 'Apply for student aid online',
        },
      },
      { kind: 'phone', line: 'kelaStudents' },
    ],
  },
  {
    key: 'education/reading-circle',
    theme: 'education-and-learning',
    sector: 'municipality',
    unit: 'leisure',
    group: true,
    names: [
      { fi: 'Kirjaston lukupiiri', sv: 'Bibliotekets läsecirkel', en: 'Library reading circle' },
      { fi: 'Selkokielinen lukupiiri', sv: 'Läsecirkel på lättläst svenska' },
    ],
    summary: {
      fi: 'Lukupiirissä keskustellaan yhdessä luetuista kirjoista rennossa seurassa.',
      sv: 'I läsecirkeln diskuterar vi böcker vi läst tillsammans.',
      en: 'In the reading circle we discuss books we have read in a relaxed group.',
    },
    description: {
      fi: 'Lukupiiri kokoontuu {paikassa} {päivä} {aika}. Luettavat kirjat valitaan yhdessä, ja kirjasto varaa niistä useamman kappaleen lainattavaksi.\nLukupiiri on maksuton ja avoin kaikille.',
      sv: 'Läsecirkeln träffas {på_plats} {dag} {tid}. Läsecirkeln är avgiftsfri och öppen för alla.',
    },
    channels: [{ kind: 'location', place: 'library' }],
  },
  {
    key: 'digital/library-digital-help',
    theme: 'digital-help',
    sector: 'municipality',
    unit: 'leisure',
    group: true,
    weight: 3,
    names: [
      {
        fi: 'Digituki kirjastossa',
        sv: 'Digistöd på biblioteket',
        en: 'Digital help at the library',
      },
      { fi: 'Digiopastus', sv: 'Digihandledning', en: 'Digital guidance' },
    ],
    summary: {
      fi: 'Kirjaston digituessa saat apua tietokoneen, älypuhelimen ja verkkoasioinnin käyttöön. Maksutonta.',
      sv: 'Bibliotekets digistöd hjälper dig med dator, smarttelefon och e-tjänster. Avgiftsfritt.',
      en: 'Get help with computers, smartphones and online services at the library. Free of charge.',
    },
    description: {
      fi: 'Digiopastajat ovat paikalla {paikassa} {päivä} {aika}. Voit tuoda oman laitteesi tai käyttää kirjaston konetta.\nApua saa esimerkiksi näihin:\n* sähköpostin ja viestisovellusten käyttö\n* pankkitunnusten ja mobiilivarmenteen käyttöönotto\n* Kelan, verottajan ja Omakannan verkkoasiointi\n* videopuhelut läheisten kanssa\nOpastajat eivät kysy tunnuslukujasi, eivätkä he tee asiointia puolestasi.',
      sv: 'Digihandledarna finns på plats {på_plats} {dag} {tid}. Du kan ta med din egen enhet eller använda bibliotekets dator.',
      en: 'Digital guides are available {at_place} {day} {time}. Bring your own device or use a library computer.',
    },
    channels: [{ kind: 'location', place: 'library' }],
  },
  {
    key: 'digital/senior-digital-club',
    theme: 'digital-help',
    sector: 'association',
    kinds: ['pensioners', 'elderlySupport', 'heritage'],
    group: true,
    names: [
      { fi: 'Senioreiden digikerho', sv: 'Digiklubb för seniorer' },
      { fi: 'Digikummit ikäihmisille', sv: 'Digifaddrar för äldre' },
    ],
    summary: {
      fi: 'Vertaisopastajat neuvovat senioreita älypuhelimen, tabletin ja tietokoneen käytössä kiireettömästi.',
      sv: 'Kamratledare hjälper seniorer med smarttelefon, surfplatta och dator.',
    },
    description: {
      fi: 'Digikerho kokoontuu {paikassa} {päivä} {aika}. Vapaaehtoiset digikummit ovat itsekin eläkeläisiä, ja opastus etenee oman tahtisi mukaan.\nVoit tulla kysymään yksittäisestä ongelmasta tai harjoittelemaan säännöllisesti.',
      sv: 'Digiklubben träffas {på_plats} {dag} {tid}. De frivilliga digifaddrarna är själva pensionärer.',
    },
    targetGroups: ['KR1.1'],
    channels: [
      { kind: 'location', place: 'associationHouse', p: 0.5 },
      { kind: 'location', place: 'library', p: 0.5 },
    ],
  },
  {
    key: 'digital/home-it-company',
    theme: 'digital-help',
    sector: 'company',
    kinds: ['digital'],
    charge: 'Chargeable',
    fundingType: 'MarketFunded',
    names: [{ fi: 'Tietokoneapu kotiin', sv: 'Datorhjälp i hemmet', en: 'Home computer help' }],
    summary: {
      fi: 'Tietotekniikan asiantuntija tulee kotiin asentamaan ja opastamaan laitteiden käytössä. Kotitalousvähennyskelpoinen.',
      sv: 'En IT-expert kommer hem till dig för att installera och handleda.',
    },
    description: {
      fi: '{org} auttaa kotona tietokoneen, tulostimen, puhelimen ja television käyttöönotossa sekä virusten poistossa. Opastus sopii erityisesti ikäihmisille.\nTyön osuudesta voi saada kotitalousvähennystä.',
    },
    channels: [
      { kind: 'phone', name: { fi: 'Asiakaspalvelu', sv: 'Kundtjänst' } },
      { kind: 'web', p: 0.6 },
    ],
  },
  {
    key: 'culture/library',
    theme: 'culture-and-leisure',
    sector: 'municipality',
    unit: 'leisure',
    weight: 3,
    names: [
      { fi: 'Kirjastopalvelut', sv: 'Bibliotekstjänster', en: 'Library services' },
      { fi: 'Kirjasto', sv: 'Bibliotek', en: 'Library' },
    ],
    summary: {
      fi: 'Kirjastosta lainaat kirjoja, lehtiä, elokuvia ja pelejä. Tiloissa voi lukea, opiskella ja tavata muita.',
      sv: 'På biblioteket lånar du böcker, tidningar, filmer och spel.',
      en: 'Borrow books, magazines, films and games, or read, study and meet people in the library.',
    },
    description: {
      fi: '{paikka} on kaikille avoin ja maksuton. Lainaamiseen tarvitset kirjastokortin, jonka saat henkilöllisyystodistusta vastaan.\nKirjastossa on myös\n* tietokoneita ja tulostusmahdollisuus\n* lukusali ja hiljaisia työskentelytiloja\n* lasten satutunteja ja tapahtumia\n* selkokirjoja ja kirjoja monilla kielillä\nOmatoimiaikana kirjastoon pääsee kirjastokortilla ja PIN-koodilla.',
      sv: '{plats} är öppet och avgiftsfritt för alla. För att låna behöver du ett bibliotekskort.',
      en: '{place} is open and free for everyone. To borrow you need a library card, which you get with an ID.',
    },
    industrialClasses: ['9329'],
    channels: [
      { kind: 'location', place: 'library' },
      {
        kind: 'echannel',
        p: 0.6,
        name: { fi: 'Verkkokirjasto', sv: 'Nätbiblioteket', en: 'Online library' },
      },
    ],
  },
  {
    key: 'culture/culture-buddy',
    theme: 'culture-and-leisure',
    sector: 'municipality',
    unit: 'leisure',
    names: [
      { fi: 'Kulttuurikaveri', sv: 'Kulturkompis', en: 'Culture buddy' },
      { fi: 'Kulttuuriluotsit', sv: 'Kulturlotsar' },
    ],
    summary: {
      fi: 'Vapaaehtoinen kulttuurikaveri lähtee seuraksi konserttiin, teatteriin tai museoon.',
      sv: 'En frivillig kulturkompis följer med på konsert, teater eller museum.',
      en: 'A volunteer culture buddy comes with you to a concert, the theatre or a museum.',
    },
    description: {
      fi: 'Kulttuurikaveri on koulutettu vapaaehtoinen, joka lähtee seuraksi kulttuuritapahtumaan. Palvelu sopii esimerkiksi ikäihmisille, maahanmuuttajille ja kaikille, joilla ei ole seuraa.\nPalvelu on maksuton, mutta osallistuja maksaa oman lippunsa. Monet tapahtumat ovat maksuttomia.',
      sv: 'Kulturkompisen är en utbildad frivillig som följer med dig till ett kulturevenemang.',
    },
    ontologyTerms: ['http://www.yso.fi/onto/yso/p6935', 'http://www.yso.fi/onto/yso/p2901'],
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Kulttuurikaverien välitys', sv: 'Förmedling av kulturkompisar' },
      },
    ],
  },
  {
    key: 'culture/crafts-circle',
    theme: 'culture-and-leisure',
    sector: 'association',
    kinds: ['marthas', 'heritage', 'pensioners', 'folkhalsan'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Käsityöpiiri', sv: 'Handarbetscirkel', en: 'Crafts circle' },
      { fi: 'Kädentaitojen kerho', sv: 'Hantverksklubb' },
      { fi: 'Kuoro', sv: 'Kör', en: 'Choir' },
    ],
    summary: {
      fi: 'Kokoonnumme tekemään käsitöitä, vaihtamaan vinkkejä ja juttelemaan. Uudet kävijät ovat tervetulleita.',
      sv: 'Vi träffas för att handarbeta, byta tips och prata. Nya deltagare är välkomna.',
      en: 'We meet to do crafts, swap tips and chat. Newcomers are welcome.',
    },
    description: {
      fi: 'Piiri kokoontuu {paikassa} {päivä} {aika}. Ota mukaan oma työ tai tule kokeilemaan – tarvikkeita on lainattavissa.\nPiirin jäsenet neulovat myös lahjoitukseksi vauvoille ja vähävaraisille.',
      sv: 'Cirkeln träffas {på_plats} {dag} {tid}. Ta med ditt eget arbete eller kom och prova.',
      en: 'The circle meets {at_place} {day} {time}. Bring your own project or come and try – materials can be borrowed.',
    },
    channels: [
      { kind: 'location', place: 'associationHouse', p: 0.5 },
      { kind: 'location', place: 'library', p: 0.3 },
    ],
  },
  {
    key: 'culture/parish-choir',
    theme: 'culture-and-leisure',
    sector: 'parish',
    group: true,
    names: [
      { fi: 'Seurakunnan kuoro', sv: 'Församlingens kör', en: 'Parish choir' },
      { fi: 'Seniorikuoro', sv: 'Seniorkör', en: 'Senior choir' },
    ],
    summary: {
      fi: 'Tervetuloa laulamaan seurakunnan kuoroon. Nuotinlukutaitoa ei vaadita.',
      sv: 'Välkommen att sjunga i församlingens kör. Du behöver inte kunna läsa noter.',
    },
    description: {
      fi: 'Kuoro harjoittelee {paikassa} {päivä} {aika} kanttorin johdolla. Kuoro laulaa messuissa ja konserteissa.\nUudet laulajat ovat tervetulleita kauden alussa.',
      sv: 'Kören övar {på_plats} {dag} {tid} under ledning av kantorn.',
    },
    ontologyTerms: ['http://www.yso.fi/onto/yso/p1808', 'http://www.yso.fi/onto/yso/p2901'],
    channels: [{ kind: 'location', place: 'church' }],
  },
  {
    key: 'culture/museum',
    theme: 'culture-and-leisure',
    sector: 'municipality',
    unit: 'leisure',
    charge: 'Chargeable',
    names: [
      { fi: 'Museopalvelut', sv: 'Museitjänster', en: 'Museum services' },
      { fi: 'Kotiseutumuseo', sv: 'Hembygdsmuseet', en: 'Local history museum' },
    ],
    summary: {
      fi: 'Museon näyttelyt kertovat paikkakunnan historiasta. Sisäänpääsy on maksuton kuukauden ensimmäisenä perjantaina.',
      sv: 'Museets utställningar berättar om ortens historia.',
      en: "The museum's exhibitions tell the history of the area. Entry is free on the first Friday of the month.",
    },
    description: {
      fi: 'Museossa on pysyvä näyttely ja vaihtuvia näyttelyitä. Opastettuja kierroksia järjestetään ryhmille tilauksesta.\nMuseokortilla pääset sisään ilman erillistä maksua.',
      sv: 'Museet har en permanent utställning och tillfälliga utställningar.',
    },
    chargeInfo: { fi: 'Pääsymaksu 8 €, alennus 5 €, alle 18-vuotiaat maksutta.' },
    serviceClasses: ['P25.3'],
    channels: [{ kind: 'location', place: 'museum' }],
  },
];
