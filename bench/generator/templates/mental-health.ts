/** Templates: mental health, crisis, substance use. */
import type { ServiceTemplate } from './types.ts';

export const mentalHealthTemplates: ServiceTemplate[] = [
  {
    key: 'mental/low-threshold',
    theme: 'mental-health',
    sector: 'county',
    unit: 'mental',
    weight: 2,
    names: [
      {
        fi: 'Mielenterveysneuvonta ilman lähetettä',
        sv: 'Rådgivning om psykisk hälsa utan remiss',
        en: 'Mental health advice without referral',
      },
      {
        fi: 'Mielenterveyspalvelut aikuisille',
        sv: 'Mentalvårdstjänster för vuxna',
        en: 'Mental health services for adults',
      },
    ],
    summary: {
      fi: 'Keskusteluapua ahdistukseen, masennukseen ja uupumukseen. Vastaanotolle pääsee ilman lähetettä.',
      sv: 'Samtalsstöd vid ångest, depression och utmattning. Ingen remiss behövs.',
      en: 'Support for anxiety, depression and exhaustion. No referral needed.',
    },
    description: {
      fi: 'Jos mieli on maassa, nukkuminen ei onnistu tai arki tuntuu raskaalta, voit hakea apua suoraan mielenterveyspalveluista. Ensimmäisellä käynnillä arvioidaan yhdessä tilanteesi ja sovitaan, millainen apu sopii sinulle.\nTarjolla on esimerkiksi\n* lyhytterapeuttisia keskusteluja\n* ryhmiä, kuten ahdistuksen hallinnan ryhmä\n* digitaalisia hoito-ohjelmia\n* ohjaus psykiatrin vastaanotolle tarvittaessa\nSoita ajanvaraukseen tai jätä yhteydenottopyyntö verkossa. Kiireellisissä tilanteissa soita 116117 tai hätätilanteessa 112.',
      sv: 'Om du känner dig nedstämd, inte kan sova eller vardagen känns tung kan du söka hjälp direkt hos mentalvårdstjänsterna. Vid första besöket bedömer vi tillsammans din situation.\nI brådskande fall ring 116117, i nödfall 112.',
      en: "If you feel low, can't sleep or everyday life feels heavy, you can contact mental health services directly. At the first visit your situation is assessed together with you.\nIn urgent cases call 116117, in an emergency 112.",
    },
    languages: ['en'],
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Mielenterveyspalvelujen ajanvaraus',
          sv: 'Tidsbokning, mentalvårdstjänster',
          en: 'Mental health appointments',
        },
      },
      { kind: 'location', place: 'healthStation', p: 0.6 },
      {
        kind: 'echannel',
        p: 0.5,
        name: {
          fi: 'Yhteydenottopyyntö mielenterveyspalveluihin',
          sv: 'Kontaktbegäran till mentalvårdstjänsterna',
        },
      },
    ],
  },
  {
    key: 'mental/clubhouse',
    theme: 'mental-health',
    sector: 'association',
    kinds: ['mentalHealth'],
    weight: 2,
    names: [
      { fi: 'Klubitalo', sv: 'Klubbhuset', en: 'Clubhouse' },
      { fi: 'Klubitalon päivätoiminta', sv: 'Dagverksamhet i klubbhuset' },
    ],
    summary: {
      fi: 'Klubitalo on mielenterveyskuntoutujien yhteisö, jossa jäsenet tekevät yhdessä talon töitä ja suunnittelevat toimintaa.',
      sv: 'Klubbhuset är en gemenskap för personer med erfarenhet av psykisk ohälsa.',
      en: 'The clubhouse is a community for people recovering from mental illness, where members run the house together.',
    },
    description: {
      fi: 'Klubitalossa jokainen jäsen saa osallistua talon arkeen omien voimiensa mukaan: keittiössä, toimistossa, viestinnässä tai kiinteistön hoidossa. Työpäivä alkaa yhteisellä kokouksella.\nKlubitalo tukee myös opiskeluun ja työelämään palaamista siirtymätyöpaikkojen avulla.\nJäseneksi voi liittyä kuka tahansa täysi-ikäinen, jolla on kokemusta mielenterveyden ongelmista. Jäsenyys on maksuton ja kestää niin kauan kuin itse haluat.',
      sv: 'I klubbhuset deltar varje medlem i vardagen enligt sina egna krafter: i köket, på kontoret eller i fastighetsskötseln. Medlemskapet är avgiftsfritt.',
      en: 'In the clubhouse every member takes part in running the house at their own pace: in the kitchen, office or maintenance. Membership is free.',
    },
    ontologyTerms: ['http://www.yso.fi/onto/yso/p12297', 'http://www.yso.fi/onto/yso/p12878'],
    channels: [
      { kind: 'location', place: 'clubhouse' },
      { kind: 'phone', p: 0.6, name: { fi: 'Klubitalon puhelin', sv: 'Klubbhusets telefon' } },
      { kind: 'web', p: 0.5 },
    ],
  },
  {
    key: 'mental/association-group',
    theme: 'mental-health',
    sector: 'association',
    kinds: ['mentalHealth'],
    group: true,
    names: [
      { fi: 'Mielenterveysyhdistyksen olohuone', sv: 'Föreningens vardagsrum' },
      { fi: 'Mielen hyvinvoinnin ryhmä', sv: 'Grupp för psykiskt välbefinnande' },
    ],
    summary: {
      fi: 'Avoin kohtaamispaikka ja ryhmä mielen hyvinvoinnista kiinnostuneille ja kuntoutujille.',
      sv: 'En öppen mötesplats för alla som är intresserade av psykiskt välbefinnande.',
    },
    description: {
      fi: 'Olohuone on avoinna {paikassa} {päivä} {aika}. Voit tulla juttelemaan, pelaamaan tai vain olemaan muiden seurassa. Kerran kuussa vierailee asiantuntija kertomassa esimerkiksi unesta, stressistä tai ravinnosta.\nToiminta on maksutonta, eikä jäsenyyttä tarvita.',
      sv: 'Vardagsrummet är öppet {på_plats} {dag} {tid}. Kom och prata, spela eller bara umgås.',
    },
    channels: [{ kind: 'location', place: 'associationOffice' }],
  },
  {
    key: 'crisis/crisis-line',
    theme: 'crisis',
    sector: 'national',
    provider: 'mieli',
    nationwide: true,
    weight: 2,
    names: [{ fi: 'Kriisipuhelin', sv: 'Kristelefonen', en: 'Crisis Helpline' }],
    summary: {
      fi: 'Valtakunnallinen kriisipuhelin päivystää ympäri vuorokauden. Voit soittaa nimettömästi, kun tarvitset keskusteluapua.',
      sv: 'Den riksomfattande kristelefonen har jour dygnet runt. Du kan ringa anonymt.',
      en: 'The national crisis helpline is open around the clock. You can call anonymously when you need someone to talk to.',
    },
    description: {
      fi: 'Kriisipuhelimeen voi soittaa, kun oma tai läheisen tilanne huolestuttaa. Päivystäjät ovat koulutettuja vapaaehtoisia ja ammattilaisia, jotka kuuntelevat ja auttavat miettimään, mistä saisit lisää apua.\nSoittaa voi esimerkiksi elämänkriisissä, itsemurha-ajatusten vaivatessa, läheisen kuoleman jälkeen tai silloin, kun ei ole ketään muuta, jolle puhua.\nHätätilanteessa soita aina 112.',
      sv: 'Du kan ringa kristelefonen när din egen eller en närståendes situation oroar dig. Jourhavande är utbildade frivilliga och yrkespersoner.\nI nödfall ring alltid 112.',
      en: 'Call the crisis helpline when your own or a loved one’s situation worries you. Volunteers and professionals listen and help you find further help.\nIn an emergency always call 112.',
    },
    languages: ['ar'],
    channels: [
      { kind: 'phone', line: 'crisisLine' },
      { kind: 'web', p: 0.6 },
    ],
  },
  {
    key: 'crisis/crisis-centre',
    theme: 'crisis',
    sector: 'association',
    kinds: ['mentalHealth'],
    onlyIn: ['853', '734'],
    names: [
      {
        fi: 'Kriisikeskuksen keskusteluapu',
        sv: 'Kriscentrets samtalsstöd',
        en: 'Crisis centre counselling',
      },
    ],
    summary: {
      fi: 'Maksutonta kriisikeskusteluapua äkillisissä ja elämänmuutoksen kriiseissä. Aika saadaan yleensä muutamassa päivässä.',
      sv: 'Avgiftsfritt krissamtal vid plötsliga kriser och livskriser.',
      en: 'Free crisis counselling after sudden events and during life transitions, usually within a few days.',
    },
    description: {
      fi: 'Kriisikeskuksessa voit keskustella koulutetun työntekijän kanssa, kun elämässä on tapahtunut jotain järkyttävää, kuten onnettomuus, väkivalta, ero tai läheisen kuolema. Käyntejä on yleensä 1–5.\nKeskustelut ovat luottamuksellisia eikä lähetettä tarvita. Aika varataan puhelimitse.',
      sv: 'På kriscentret kan du tala med en utbildad medarbetare när något omskakande har hänt. Samtalen är konfidentiella.',
      en: 'At the crisis centre you can talk to a trained worker after a shocking event such as an accident, violence, a breakup or a death. Sessions are confidential.',
    },
    channels: [
      { kind: 'location', place: 'associationOffice' },
      {
        kind: 'phone',
        name: {
          fi: 'Kriisikeskuksen ajanvaraus',
          sv: 'Kriscentrets tidsbokning',
          en: 'Crisis centre appointments',
        },
      },
    ],
  },
  {
    key: 'crisis/social-emergency',
    theme: 'crisis',
    sector: 'county',
    unit: 'adults',
    names: [
      {
        fi: 'Sosiaali- ja kriisipäivystys',
        sv: 'Social- och krisjour',
        en: 'Social and crisis emergency service',
      },
    ],
    summary: {
      fi: 'Kiireellistä apua sosiaalisissa hätätilanteissa ja akuuteissa kriiseissä ympäri vuorokauden.',
      sv: 'Brådskande hjälp i sociala nödsituationer och akuta kriser dygnet runt.',
      en: 'Urgent help in social emergencies and acute crises around the clock.',
    },
    description: {
      fi: 'Sosiaali- ja kriisipäivystykseen voit ottaa yhteyttä, kun tarvitset kiireellistä apua esimerkiksi lähisuhdeväkivallan, lapsen turvallisuuden, asunnon menettämisen tai äkillisen kriisin vuoksi.\nPäivystys arvioi tilanteen puhelimessa ja järjestää tarvittaessa kiireellisen avun. Hätätilanteessa soita 112.',
      sv: 'Kontakta social- och krisjouren när du behöver brådskande hjälp, till exempel vid våld i nära relationer eller en plötslig kris.',
    },
    serviceClasses: ['P4.13', 'P5.5'],
    channels: [{ kind: 'phone', line: 'socialEmergency' }],
  },
  {
    key: 'substance/county-services',
    theme: 'substance-use',
    sector: 'county',
    unit: 'mental',
    weight: 2,
    names: [
      {
        fi: 'Päihde- ja riippuvuuspalvelut',
        sv: 'Missbruks- och beroendetjänster',
        en: 'Substance abuse and addiction services',
      },
      { fi: 'Päihdepoliklinikka', sv: 'Missbrukarpoliklinik' },
    ],
    summary: {
      fi: 'Apua alkoholin, huumeiden, lääkkeiden tai rahapelien ongelmakäyttöön. Myös läheiset voivat hakea tukea.',
      sv: 'Hjälp vid problem med alkohol, droger, läkemedel eller spel. Även anhöriga kan få stöd.',
      en: 'Help with problems with alcohol, drugs, medicines or gambling. Family members can get support too.',
    },
    description: {
      fi: 'Päihdepalveluissa saat keskusteluapua, katkaisuhoitoa, korvaushoitoa ja kuntoutusta. Hoito suunnitellaan yhdessä kanssasi, ja tavoitteesi voi olla joko käytön vähentäminen tai lopettaminen.\nVastaanotolle pääsee ilman lähetettä. Ota yhteyttä ajanvaraukseen tai tule päivystysaikaan.',
      sv: 'Inom missbrukartjänsterna får du samtalsstöd, avgiftning, substitutionsbehandling och rehabilitering. Ingen remiss behövs.',
      en: 'Substance abuse services offer counselling, detoxification, opioid substitution treatment and rehabilitation. No referral is needed.',
    },
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Päihdepalvelujen ajanvaraus',
          sv: 'Tidsbokning, missbrukartjänster',
          en: 'Substance abuse services appointments',
        },
      },
      { kind: 'location', place: 'healthStation', p: 0.6 },
    ],
  },
  {
    key: 'substance/sober-club',
    theme: 'substance-use',
    sector: 'association',
    kinds: ['soberClub'],
    weight: 2,
    names: [
      { fi: 'A-killan kohtaamispaikka', sv: 'A-gillets mötesplats' },
      { fi: 'Päihteetön olohuone ja vertaistuki', sv: 'Drogfritt vardagsrum och kamratstöd' },
    ],
    summary: {
      fi: 'Päihteetön kohtaamispaikka ja vertaistukea raitistuville ja heidän läheisilleen.',
      sv: 'En drogfri mötesplats och kamratstöd för personer som vill bli nyktra.',
      en: 'A substance-free meeting place and peer support for people in recovery and their families.',
    },
    description: {
      fi: '{org} ylläpitää päihteetöntä kohtaamispaikkaa {paikassa}. Paikalle voi tulla juomaan kahvia ja tapaamaan muita, jotka haluavat elää ilman päihteitä.\nViikoittain kokoontuvat\n* vertaistukiryhmä raitistuville\n* läheisten ryhmä\n* liikunta- ja retkiryhmät\nToiminta perustuu vertaisuuteen ja vapaaehtoisuuteen, eikä jäseneltä edellytetä mitään muuta kuin päihteettömyyttä kohtaamispaikassa.',
      sv: '{org} driver en drogfri mötesplats {på_plats}. Du kan komma och dricka kaffe och träffa andra som vill leva utan rusmedel.',
    },
    channels: [
      { kind: 'location', place: 'associationOffice' },
      { kind: 'phone', p: 0.5, name: { fi: 'A-killan puhelin', sv: 'A-gillets telefon' } },
    ],
  },
  {
    key: 'substance/harm-reduction',
    theme: 'substance-use',
    sector: 'county',
    unit: 'mental',
    onlyIn: ['853', '734', '895'],
    names: [
      { fi: 'Terveysneuvontapiste', sv: 'Hälsorådgivningsställe', en: 'Health counselling point' },
    ],
    summary: {
      fi: 'Matalan kynnyksen palvelu huumeita käyttäville: välineiden vaihto, testaus ja rokotukset nimettömästi.',
      sv: 'Lågtröskeltjänst för personer som använder droger: byte av injektionsverktyg, testning och vaccinationer.',
      en: 'A low-threshold service for people who use drugs: needle exchange, testing and vaccinations, anonymously.',
    },
    description: {
      fi: 'Terveysneuvontapisteessä voit vaihtaa käytetyt pistovälineet puhtaisiin, saada neuvontaa turvallisemmasta käytöstä sekä testauttaa hiv-, C-hepatiitti- ja muita tartuntoja. Palvelu on maksutonta ja nimetöntä.\nPaikalla on sairaanhoitaja ja sosiaaliohjaaja, jotka auttavat myös hoitoon hakeutumisessa.',
      sv: 'På hälsorådgivningsstället kan du byta använda injektionsverktyg mot rena och testa dig för hiv och hepatit C. Tjänsten är avgiftsfri och anonym.',
    },
    channels: [{ kind: 'location', place: 'healthStation' }],
  },
];
