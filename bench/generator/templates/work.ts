/** Templates: work and activity, integration and language. */
import type { ServiceTemplate } from './types.ts';

export const workTemplates: ServiceTemplate[] = [
  {
    key: 'work/jobseeker-services',
    theme: 'work-and-activity',
    sector: 'municipality',
    unit: 'employment',
    weight: 3,
    names: [
      {
        fi: 'Työnhakijan palvelut',
        sv: 'Tjänster för arbetssökande',
        en: 'Services for jobseekers',
      },
      { fi: 'Työllisyyspalvelut', sv: 'Sysselsättningstjänster', en: 'Employment services' },
    ],
    summary: {
      fi: 'Työllisyysalue auttaa työnhaussa, koulutukseen hakeutumisessa ja työttömyysturvaan liittyvissä asioissa.',
      sv: 'Sysselsättningsområdet hjälper med jobbsökning, utbildning och frågor om arbetslöshetsskydd.',
      en: 'The employment area helps with job seeking, finding training and unemployment benefit matters.',
    },
    description: {
      fi: 'Ilmoittaudu työnhakijaksi verkossa viimeistään ensimmäisenä työttömyyspäivänä. Sen jälkeen asiantuntija ottaa sinuun yhteyttä ja laatii kanssasi työllistymissuunnitelman.\nTyöllisyyspalveluista saat esimerkiksi\n* työnhaun valmennusta ja apua ansioluettelon tekemiseen\n* tietoa avoimista työpaikoista ja palkkatuesta\n* työkokeilun tai työvoimakoulutuksen\n* ohjausta kuntouttavaan työtoimintaan tai opiskelemaan\nPalvelupisteessä {kunnassa} voit asioida ajanvarauksella.',
      sv: 'Anmäl dig som arbetssökande på nätet senast den första arbetslöshetsdagen. En sakkunnig kontaktar dig sedan och gör upp en sysselsättningsplan tillsammans med dig.\nDu kan få jobbsökningsträning, arbetsprövning, arbetskraftsutbildning och information om lönesubvention.',
      en: 'Register as a jobseeker online by your first day of unemployment at the latest. An adviser will then contact you to draw up an employment plan together.\nServices include job search coaching, work trials, labour market training and information about wage subsidies.',
    },
    lifeEvents: ['KE8'],
    languages: ['en', 'ru', 'ar'],
    channels: [
      {
        kind: 'echannel',
        name: {
          fi: 'Ilmoittaudu työnhakijaksi',
          sv: 'Anmäl dig som arbetssökande',
          en: 'Register as a jobseeker',
        },
      },
      { kind: 'location', place: 'employmentOffice', p: 0.8 },
      {
        kind: 'phone',
        name: {
          fi: 'Työllisyyspalvelujen asiakaspalvelu',
          sv: 'Sysselsättningstjänsternas kundtjänst',
          en: 'Employment services customer service',
        },
      },
    ],
  },
  {
    key: 'work/rehabilitative',
    theme: 'work-and-activity',
    sector: 'county',
    unit: 'adults',
    weight: 2,
    names: [
      {
        fi: 'Kuntouttava työtoiminta',
        sv: 'Arbetsverksamhet i rehabiliteringssyfte',
        en: 'Rehabilitative work activity',
      },
    ],
    summary: {
      fi: 'Kuntouttava työtoiminta tukee pitkään työttömänä ollutta arjen hallinnassa ja työelämään palaamisessa.',
      sv: 'Arbetsverksamhet i rehabiliteringssyfte stöder långtidsarbetslösa att komma tillbaka till arbetslivet.',
      en: 'Rehabilitative work activity helps long-term unemployed people manage daily life and move towards work.',
    },
    description: {
      fi: 'Kuntouttavassa työtoiminnassa työskennellään 1–4 päivänä viikossa 4–8 tuntia päivässä esimerkiksi työpajassa, kierrätyskeskuksessa tai yhdistyksessä. Toiminnan ajalta maksetaan työmarkkinatuki tai toimeentulotuki sekä kulukorvaus.\nToiminnasta sovitaan aktivointisuunnitelmassa yhdessä sosiaaliohjaajan ja työllisyysalueen kanssa.',
      sv: 'Inom arbetsverksamheten arbetar du 1–4 dagar i veckan 4–8 timmar per dag, till exempel i en verkstad eller ett återvinningscenter.',
    },
    channels: [{ kind: 'phone', line: 'countySocialAdvice' }],
  },
  {
    key: 'work/unemployed-association',
    theme: 'work-and-activity',
    sector: 'association',
    kinds: ['unemployed'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Työttömien kohtaamispaikka', sv: 'Mötesplats för arbetslösa' },
      { fi: 'Työttömien yhdistyksen työpaja', sv: 'De arbetslösas verkstad' },
    ],
    summary: {
      fi: 'Työttömien yhdistyksen kohtaamispaikassa on edullinen lounas, työnhakuapua ja mielekästä tekemistä.',
      sv: 'På de arbetslösas mötesplats finns förmånlig lunch, hjälp med jobbsökning och meningsfull sysselsättning.',
    },
    description: {
      fi: '{org} ylläpitää kohtaamispaikkaa {paikassa}. Paikalla on arkisin edullinen lounas, tietokoneita työnhakuun ja ohjaaja, joka auttaa työhakemusten ja ansioluettelon kanssa.\nYhdistyksen työpajassa korjataan polkupyöriä ja kunnostetaan huonekaluja {päivä} {aika}. Mukaan voi tulla vapaaehtoiseksi tai kuntouttavaan työtoimintaan.',
      sv: '{org} driver en mötesplats {på_plats} med förmånlig lunch på vardagar och datorer för jobbsökning.',
    },
    channels: [
      { kind: 'location', place: 'associationOffice' },
      { kind: 'phone', p: 0.5, name: { fi: 'Yhdistyksen toimisto', sv: 'Föreningens kansli' } },
    ],
  },
  {
    key: 'work/youth-workshop',
    theme: 'work-and-activity',
    sector: 'municipality',
    unit: 'leisure',
    names: [{ fi: 'Nuorten työpaja', sv: 'Ungdomsverkstad', en: 'Youth workshop' }],
    summary: {
      fi: 'Työpajassa alle 29-vuotiaat pääsevät harjoittelemaan työelämän taitoja ja saavat tukea jatkosuunnitelmiin.',
      sv: 'I verkstaden får unga under 29 år öva färdigheter för arbetslivet.',
      en: 'In the workshop under-29s can practise working-life skills and get support for their next steps.',
    },
    description: {
      fi: 'Nuorten työpajalla on puu-, metalli-, media- ja kahvilapaja. Pajalla työskennellään ohjaajan kanssa arkipäivisin, ja samalla mietitään opiskelu- tai työpaikkaa.\nPajalle voi hakeutua työllisyyspalvelujen, etsivän nuorisotyön tai sosiaalityön kautta tai ottamalla yhteyttä suoraan pajaan.',
      sv: 'Ungdomsverkstaden har trä-, metall-, medie- och caféverkstad.',
    },
    serviceClasses: ['P28.3', 'P10.7'],
    targetGroups: ['KR1.3'],
    channels: [
      { kind: 'location', place: 'youthCentre', p: 0.5 },
      { kind: 'phone', name: { fi: 'Työpajan ohjaajat', sv: 'Verkstadens handledare' } },
    ],
  },
  {
    key: 'work/summer-job-voucher',
    theme: 'work-and-activity',
    sector: 'municipality',
    unit: 'leisure',
    names: [
      {
        fi: 'Kesätyöseteli nuorille',
        sv: 'Sommarjobbssedel för unga',
        en: 'Summer job voucher for young people',
      },
    ],
    summary: {
      fi: 'Kesätyöseteli auttaa 15–17-vuotiaita nuoria saamaan kesätyöpaikan paikallisesta yrityksestä tai yhdistyksestä.',
      sv: 'Sommarjobbssedeln hjälper unga i åldern 15–17 år att få ett sommarjobb.',
    },
    description: {
      fi: 'Kesätyöseteli on kunnan tuki, jonka nuori vie työnantajalle. Työnantaja saa setelin arvon verran tukea nuoren palkkaamiseen kahden viikon työjaksolle.\nSeteleitä jaetaan huhtikuussa verkkolomakkeella niin kauan kuin niitä riittää.',
    },
    ontologyTerms: ['http://www.yso.fi/onto/koko/p68836', 'http://www.yso.fi/onto/yso/p11617'],
    channels: [
      { kind: 'echannel', name: { fi: 'Kesätyösetelin haku', sv: 'Ansökan om sommarjobbssedel' } },
    ],
  },
  {
    key: 'work/job-market-online',
    theme: 'work-and-activity',
    sector: 'state',
    provider: 'tem',
    nationwide: true,
    names: [{ fi: 'Työmarkkinatori', sv: 'Jobbmarknaden', en: 'Job Market Finland' }],
    summary: {
      fi: 'Valtakunnallinen verkkopalvelu avoimiin työpaikkoihin, työnhakuun ja osaamisen kartoittamiseen.',
      sv: 'Riksomfattande nättjänst för lediga jobb, jobbsökning och kartläggning av kompetens.',
      en: 'A national online service for job vacancies, job seeking and mapping your skills.',
    },
    description: {
      fi: 'Työmarkkinatorilla voit hakea avoimia työpaikkoja, luoda oman profiilin ja ilmoittautua työnhakijaksi. Palvelu on maksuton.',
      sv: 'På Jobbmarknaden kan du söka lediga jobb, skapa en egen profil och anmäla dig som arbetssökande.',
      en: 'On Job Market Finland you can search for vacancies, create a profile and register as a jobseeker.',
    },
    channels: [
      {
        kind: 'echannel',
        name: { fi: 'Työmarkkinatori', sv: 'Jobbmarknaden', en: 'Job Market Finland' },
      },
    ],
  },
  {
    key: 'immigration/advice',
    theme: 'immigration-and-language',
    sector: 'municipality',
    unit: 'employment',
    weight: 2,
    names: [
      {
        fi: 'Maahanmuuttajien neuvonta',
        sv: 'Rådgivning för invandrare',
        en: 'Advice for immigrants',
      },
      { fi: 'Kotoutumispalvelut', sv: 'Integrationstjänster', en: 'Integration services' },
    ],
    summary: {
      fi: 'Neuvontaa maahanmuuttajille arjen asioissa omalla kielellä. Apua lomakkeisiin, asumiseen ja palveluihin.',
      sv: 'Rådgivning för invandrare i vardagliga ärenden på det egna språket.',
      en: 'Advice for immigrants on everyday matters in their own language, including forms, housing and services.',
    },
    description: {
      fi: 'Neuvonnassa autetaan esimerkiksi Kelan ja verottajan lomakkeissa, asunnon hakemisessa, kotoutumissuunnitelman laatimisessa ja kielikurssin löytämisessä. Neuvontaa annetaan suomeksi, englanniksi, arabiaksi, somaliksi, venäjäksi ja ukrainaksi.\nVoit tulla ilman ajanvarausta tai varata ajan tulkin kanssa.',
      sv: 'Rådgivningen hjälper till exempel med FPA:s och Skatteförvaltningens blanketter, bostadssökande och integrationsplanen.',
      en: 'The advice service helps with Kela and tax forms, finding housing, your integration plan and finding a language course. Advice is available in Finnish, English, Arabic, Somali, Russian and Ukrainian.\nDrop in or book an appointment with an interpreter.',
    },
    languages: ['en', 'ar', 'so', 'ru', 'uk', 'fa'],
    lifeEvents: ['KE5'],
    channels: [
      { kind: 'location', place: 'townHall', p: 0.6 },
      { kind: 'location', place: 'library', p: 0.3 },
      {
        kind: 'phone',
        name: {
          fi: 'Maahanmuuttajaneuvonta',
          sv: 'Invandrarrådgivningen',
          en: 'Immigrant advice line',
        },
      },
    ],
  },
  {
    key: 'immigration/language-cafe',
    theme: 'immigration-and-language',
    sector: 'association',
    kinds: ['multicultural', 'redCross'],
    group: true,
    weight: 2,
    names: [
      { fi: 'Kielikahvila', sv: 'Språkcafé', en: 'Language café' },
      {
        fi: 'Suomen kielen keskusteluryhmä',
        sv: 'Samtalsgrupp i finska',
        en: 'Finnish conversation group',
      },
    ],
    summary: {
      fi: 'Kielikahvilassa harjoitellaan suomea rennosti kahvikupin ääressä vapaaehtoisten kanssa.',
      sv: 'På språkcaféet övar vi finska avslappnat över en kopp kaffe.',
      en: 'Practise Finnish in a relaxed way over coffee with volunteers at the language café.',
    },
    description: {
      fi: 'Kielikahvila kokoontuu {paikassa} {päivä} {aika}. Pöydissä keskustellaan arjen aiheista eri tasoilla aloittelijoista edistyneisiin. Vapaaehtoiset auttavat sanojen ja ääntämisen kanssa.\nKahvila on maksuton, eikä ilmoittautumista tarvita.',
      sv: 'Språkcaféet träffas {på_plats} {dag} {tid}. Vi pratar om vardagliga ämnen på olika nivåer.',
      en: 'The language café meets {at_place} {day} {time}. Tables discuss everyday topics at different levels, from beginners to advanced.',
    },
    languages: ['en', 'ar', 'uk'],
    channels: [
      { kind: 'location', place: 'library', p: 0.6 },
      { kind: 'location', place: 'associationOffice', p: 0.4 },
    ],
  },
  {
    key: 'immigration/finnish-course',
    theme: 'immigration-and-language',
    sector: 'municipality',
    unit: 'education',
    charge: 'Chargeable',
    names: [
      {
        fi: 'Suomen kielen kurssit maahanmuuttajille',
        sv: 'Kurser i finska för invandrare',
        en: 'Finnish courses for immigrants',
      },
    ],
    summary: {
      fi: 'Kansalaisopiston suomen kielen kursseja alkeista jatkotasolle. Kotoutumisasiakkaille maksuton.',
      sv: 'Medborgarinstitutets kurser i finska från nybörjarnivå till fortsättningsnivå.',
      en: 'Finnish courses from beginner to advanced level at the adult education centre.',
    },
    description: {
      fi: 'Kursseja järjestetään päivä- ja iltaopetuksena. Kurssin alussa tehdään lyhyt tasotesti. Osa kursseista on tarkoitettu luku- ja kirjoitustaidon harjoitteluun.\nIlmoittautuminen kansalaisopiston verkkosivuilla.',
      sv: 'Kurserna ordnas som dag- och kvällsundervisning. Anmälan sker på medborgarinstitutets webbplats.',
      en: 'Courses run in the daytime and evenings. A short placement test is taken at the start.',
    },
    serviceClasses: ['P22.3', 'P6.10'],
    channels: [
      { kind: 'location', place: 'adultEducationCentre' },
      {
        kind: 'echannel',
        p: 0.6,
        name: { fi: 'Kursseille ilmoittautuminen', sv: 'Kursanmälan', en: 'Course registration' },
      },
    ],
  },
  {
    key: 'immigration/residence-permit',
    theme: 'immigration-and-language',
    sector: 'state',
    provider: 'migri',
    nationwide: true,
    type: 'PermitOrObligation',
    charge: 'Chargeable',
    names: [{ fi: 'Oleskelulupa', sv: 'Uppehållstillstånd', en: 'Residence permit' }],
    summary: {
      fi: 'Hae oleskelulupaa työn, opiskelun tai perheen perusteella verkossa. Käsittelymaksu maksetaan hakemuksen yhteydessä.',
      sv: 'Ansök om uppehållstillstånd på grund av arbete, studier eller familj på nätet.',
      en: 'Apply online for a residence permit based on work, studies or family.',
    },
    description: {
      fi: 'Oleskelulupaa haetaan verkossa. Hakemuksen jättämisen jälkeen sinun pitää käydä todistamassa henkilöllisyytesi palvelupisteessä.\nKäsittelyaika vaihtelee hakemuksen perusteen mukaan.',
      sv: 'Uppehållstillstånd söks på nätet. Efter att du lämnat in ansökan ska du besöka ett serviceställe för att styrka din identitet.',
      en: 'Residence permits are applied for online. After submitting the application you must visit a service point to prove your identity.',
    },
    serviceClasses: ['P22.1'],
    channels: [
      {
        kind: 'echannel',
        name: { fi: 'Enter Finland -verkkopalvelu', sv: 'Enter Finland', en: 'Enter Finland' },
      },
    ],
  },
];
