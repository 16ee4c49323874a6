/** Work and activity, learning, immigration, digital help, culture, and unrelated municipal services. */
import type { Concept } from '../types.ts';

export const everydayConcepts: Concept[] = [
  {
    key: 'employment-services',
    name: ['Työllisyyspalvelut', 'Sysselsättningstjänster', 'Employment services'],
    summary: [
      'Työnhaun tuki, työvalmennus ja koulutukset työttömille ja työttömyysuhan alaisille.',
      'Stöd i jobbsökandet, coachning och utbildning för arbetslösa.',
      'Job search support, coaching and training for unemployed people.',
    ],
    description: [
      'Ilmoittaudu työnhakijaksi verkossa viimeistään ensimmäisenä työttömyyspäivänä. Asiantuntija tekee kanssasi työllistymissuunnitelman ja auttaa ansioluettelon kanssa.',
      'Anmäl dig som arbetssökande på nätet senast första dagen av arbetslösheten.',
      'Register as a jobseeker online on your first day of unemployment at the latest.',
    ],
    keywords: ['työnhaku', 'te-palvelut', 'työtön', 'työkkäri'],
    classes: ['P10.1'],
    lifeEvents: ['KE8'],
    channels: ['online', 'phone', 'visit'],
    at: [
      [
        'turku',
        ['853', '202', '680', '529', '423', '481', '577'],
        {
          name: [
            'Turun seudun työllisyysalue',
            'Åboregionens sysselsättningsområde',
            'Turku Region Employment Area',
          ],
        },
      ],
      [
        'salo',
        ['734', '761'],
        { name: ['Salon seudun työllisyysalue', 'Salo regionens sysselsättningsområde'] },
      ],
    ],
  },
  {
    key: 'rehabilitative-work',
    name: [
      'Kuntouttava työtoiminta',
      'Arbetsverksamhet i rehabiliteringssyfte',
      'Rehabilitative work activity',
    ],
    summary: [
      'Pitkään työttömänä olleelle mahdollisuus päivärytmiin ja työtehtäviin omassa tahdissa.',
      'Dagsrytm och arbetsuppgifter i egen takt för långtidsarbetslösa.',
      'A daily routine and work tasks at your own pace for long-term unemployed people.',
    ],
    description: [
      'Kuntouttavassa työtoiminnassa ollaan 1–4 päivää viikossa. Toiminnasta maksetaan kulukorvaus. Paikkaa haetaan oman työllisyysasiantuntijan tai sosiaalityöntekijän kautta.',
    ],
    keywords: ['työtoiminta', 'päivätoiminta'],
    classes: ['P4.8', 'P10.7'],
    channels: ['visit'],
    at: [
      ['turku', ['853']],
      ['salo', ['734']],
      ['uusikaupunki', ['895']],
    ],
  },
  {
    key: 'unemployed-association',
    name: [
      'Työttömien yhdistyksen toiminta',
      'Arbetslösas förening',
      'Unemployed people’s association',
    ],
    summary: [
      'Työttömille edullinen lounas, vertaistukea, retkiä ja apua työnhakuun.',
      'Förmånlig lunch, kamratstöd och hjälp att söka jobb för arbetslösa.',
      'Affordable lunch, peer support, outings and job search help for unemployed people.',
    ],
    description: [
      'Yhdistyksen toimitalolla on avoin kahvila, kuntosali ja tietokoneita työnhakuun. Yhdistys järjestää myös kuntouttavaa työtoimintaa.',
    ],
    classes: ['P10.8'],
    channels: ['visit'],
    at: [
      ['unemployed', ['853', '202', '680']],
      ['salo-unemployed', ['734']],
    ],
  },
  {
    key: 'pay-subsidy',
    name: ['Palkkatuki', 'Lönesubvention', 'Pay subsidy'],
    summary: [
      'Työnantajalle myönnettävä tuki työttömän työnhakijan palkkauskustannuksiin.',
      'Stöd till arbetsgivaren för att anställa en arbetslös.',
      'Support paid to an employer for hiring an unemployed jobseeker.',
    ],
    description: [
      'Palkkatukea haetaan ennen työsuhteen alkamista. Tuen määrä riippuu työttömyyden kestosta.',
    ],
    classes: ['P10.7'],
    targetGroups: ['KR2.6'],
    channels: ['online'],
    at: [['keha', 'nationwide']],
  },
  {
    key: 'labour-market-subsidy',
    name: ['Työmarkkinatuki', 'Arbetsmarknadsstöd', 'Labour market subsidy'],
    summary: [
      'Kelan työttömyysetuus työttömälle työnhakijalle.',
      'FPA:s arbetslöshetsförmån för arbetssökande.',
      'Kela’s unemployment benefit for jobseekers.',
    ],
    description: ['Työmarkkinatukea voi saada, jos et saa ansiopäivärahaa. Hae tukea OmaKelassa.'],
    keywords: ['työttömyysturva', 'kela'],
    classes: ['P10.6'],
    lifeEvents: ['KE8'],
    channels: ['online', 'phone'],
    at: [['kela', 'nationwide']],
  },
  {
    key: 'adult-education-centre',
    name: [
      'Kansalaisopiston kurssit',
      'Medborgarinstitutets kurser',
      'Adult education centre courses',
    ],
    summary: [
      'Edullisia kursseja kielistä, käsitöistä, liikunnasta, musiikista ja tietotekniikasta.',
      'Förmånliga kurser i språk, handarbete, motion och musik.',
      'Affordable courses in languages, crafts, exercise, music and IT.',
    ],
    description: [
      'Kurssit alkavat syys- ja tammikuussa. Eläkeläisille ja työttömille on alennuksia. Ilmoittaudu verkossa.',
    ],
    keywords: ['työväenopisto', 'kurssi', 'harrastus'],
    classes: ['P25.7', 'P6.10'],
    chargeable: true,
    channels: ['online', 'visit'],
    at: [
      [
        'turku',
        ['853'],
        { name: ['Turun suomenkielinen työväenopisto', 'Åbo finska arbetarinstitut'] },
      ],
      ['salo', ['734'], { name: ['Salon kansalaisopisto', 'Salo medborgarinstitut'] }],
      ['kaarina', ['202'], { name: ['Kaarina-opisto', 'Kaarina-institutet'] }],
    ],
  },
  {
    key: 'adult-basic-education',
    name: [
      'Aikuisten perusopetus',
      'Grundläggande utbildning för vuxna',
      'Basic education for adults',
    ],
    summary: [
      'Peruskoulun päättötodistus aikuisille, myös luku- ja kirjoitustaidon opetus.',
      'Avgångsbetyg från grundskolan för vuxna.',
      'Finish comprehensive school as an adult, including literacy teaching.',
    ],
    description: [
      'Aikuisten perusopetus on tarkoitettu yli 17-vuotiaille, joilta puuttuu peruskoulun päättötodistus. Opiskelu on maksutonta.',
    ],
    keywords: ['lukutaito', 'päättötodistus'],
    classes: ['P6.10'],
    channels: ['visit'],
    at: [['turku', ['853', '202', '680']]],
  },
  {
    key: 'finnish-courses',
    name: [
      'Suomen kielen kurssit maahanmuuttajille',
      'Finskakurser för invandrare',
      'Finnish courses for immigrants',
    ],
    summary: [
      'Suomen kielen opetusta alkeista jatkotasolle, myös iltaisin ja verkossa.',
      'Undervisning i finska från grundnivå.',
      'Finnish lessons from beginner to advanced level, also evenings and online.',
    ],
    description: ['Kursit kuuluvat kotoutumiskoulutukseen. Tasotesti tehdään ennen kurssin alkua.'],
    keywords: ['kotoutumiskoulutus', 'suomen kieli'],
    classes: ['P22.3', 'P4.11'],
    channels: ['visit', 'online'],
    at: [
      ['turku', ['853', '202', '680']],
      ['salo', ['734']],
    ],
  },
  {
    key: 'language-cafe',
    name: ['Kielikahvila', 'Språkcafé', 'Language café'],
    summary: [
      'Rento paikka harjoitella suomen puhumista vapaaehtoisten kanssa.',
      'Ett avslappnat ställe att öva på att tala finska.',
      'A relaxed place to practise speaking Finnish with volunteers.',
    ],
    description: [
      'Kielikahvilassa jutellaan arkisista aiheista kahvikupin ääressä. Kaikki tasot ovat tervetulleita.',
    ],
    classes: ['P22.3', 'P25.1'],
    channels: ['visit'],
    at: [
      [
        'turku',
        ['853'],
        {
          name: [
            'Kielikahvila, pääkirjasto',
            'Språkcafé, huvudbiblioteket',
            'Language café, main library',
          ],
        },
      ],
      ['red-cross', ['734'], { name: ['Kielikahvila, Salo'] }],
    ],
  },
  {
    key: 'immigrant-advice',
    name: [
      'Maahanmuuttajien neuvonta',
      'Rådgivning för invandrare',
      'Advice centre for immigrants',
    ],
    summary: [
      'Neuvontaa omalla kielellä oleskeluluvista, asumisesta, työstä ja palveluista.',
      'Rådgivning på ditt eget språk om uppehållstillstånd, boende och arbete.',
      'Advice in your own language on residence permits, housing, work and services.',
    ],
    description: [
      'Neuvonta palvelee suomeksi, ruotsiksi, englanniksi, arabiaksi, venäjäksi ja ukrainaksi. Neuvoja auttaa lomakkeiden täyttämisessä ja ohjaa oikeaan palveluun.',
      'Rådgivningen betjänar på flera språk och hjälper dig att fylla i blanketter.',
      'Advisers serve in several languages and help you fill in forms.',
    ],
    keywords: ['kotoutuminen', 'maahanmuutto', 'tulkki'],
    classes: ['P4.11', 'P22.1'],
    channels: ['visit', 'phone'],
    at: [
      [
        'turku',
        ['853', '202', '680'],
        {
          name: [
            'International House Turku',
            'International House Åbo',
            'International House Turku',
          ],
          languages: ['fi', 'sv', 'en', 'ar', 'ru', 'uk'],
        },
      ],
      ['salo', ['734'], { languages: ['fi', 'en', 'ar'] }],
    ],
  },
  {
    key: 'residence-permit',
    name: ['Oleskelulupa', 'Uppehållstillstånd', 'Residence permit'],
    summary: [
      'Oleskeluluvan hakeminen työn, opiskelun tai perheen perusteella.',
      'Ansökan om uppehållstillstånd.',
      'Applying for a residence permit on the basis of work, study or family.',
    ],
    description: ['Oleskelulupaa haetaan Enter Finland -palvelussa. Hakemus on maksullinen.'],
    classes: ['P22.1'],
    chargeable: true,
    channels: ['online'],
    at: [['migri', 'nationwide']],
  },
  {
    key: 'interpreting',
    name: ['Tulkkauspalvelu', 'Tolktjänst', 'Interpreting service'],
    summary: [
      'Asioimistulkkaus sosiaali- ja terveyspalveluissa.',
      'Tolkning inom social- och hälsovård.',
      'Interpreting at social and health care appointments.',
    ],
    description: ['Tulkki varataan ajanvarauksen yhteydessä. Tulkkaus on asiakkaalle maksutonta.'],
    keywords: ['tulkki'],
    classes: ['P4.11'],
    channels: ['phone'],
    at: [['county', 'all']],
  },
  {
    key: 'digital-support',
    name: ['Digituki', 'Digistöd', 'Digital support'],
    summary: [
      'Opastusta tietokoneen, älypuhelimen ja verkkoasioinnin käyttöön.',
      'Handledning i att använda dator, smarttelefon och e-tjänster.',
      'Help with computers, smartphones and online services.',
    ],
    description: [
      'Digituessa neuvotaan esimerkiksi pankkitunnusten, Omakannan, sähköpostin ja videopuheluiden käytössä. Ota oma laite mukaan. Opastus on maksutonta.',
      'Vi hjälper med nätbank, e-post och videosamtal. Ta med din egen enhet.',
      'We help with online banking, email and video calls. Bring your own device.',
    ],
    keywords: ['digiopastus', 'tietokone', 'älypuhelin', 'verkkopankki'],
    classes: ['P9.4'],
    channels: ['visit'],
    at: [
      [
        'turku',
        ['853'],
        {
          name: [
            'Digituki, pääkirjasto',
            'Digistöd, huvudbiblioteket',
            'Digital support, main library',
          ],
        },
      ],
      ['salo', ['734'], { name: ['Digituki, Salon kirjasto'] }],
      ['kaarina', ['202'], { name: ['Digituki, Kaarinan kirjasto'] }],
      ['naantali', ['529'], { name: ['Digituki, Naantalin kirjasto'] }],
    ],
  },
  {
    key: 'library',
    name: ['Kirjasto', 'Bibliotek', 'Library'],
    summary: [
      'Kirjojen lainaus, lukupiirit, tapahtumat ja tietokoneet kaikille.',
      'Utlåning, läsecirklar och evenemang.',
      'Book loans, reading circles, events and computers for everyone.',
    ],
    description: [
      'Kirjastossa voi lukea lehtiä, lainata kirjoja ja äänikirjoja sekä osallistua tapahtumiin. Kirjastokortti on maksuton.',
    ],
    keywords: ['kirjat', 'lukupiiri'],
    classes: ['P25.1'],
    channels: ['visit', 'online'],
    at: [
      [
        'turku',
        ['853'],
        {
          name: ['Turun pääkirjasto', 'Åbo huvudbibliotek', 'Turku Main Library'],
          accessible: true,
        },
      ],
      ['salo', ['734'], { name: ['Salon pääkirjasto', 'Salo huvudbibliotek'] }],
      ['kaarina', ['202'], { name: ['Kaarinan pääkirjasto'] }],
      ['raisio', ['680'], { name: ['Raision kirjasto', 'Reso bibliotek'] }],
    ],
  },
  {
    key: 'ebooks',
    name: ['E-kirjat ja e-äänikirjat', 'E-böcker och e-ljudböcker', 'E-books and audiobooks'],
    summary: [
      'Lainaa e-kirjoja ja äänikirjoja kirjastokortilla.',
      'Låna e-böcker med bibliotekskortet.',
      'Borrow e-books and audiobooks with your library card.',
    ],
    description: ['E-aineistot luetaan sovelluksella puhelimella tai tabletilla.'],
    classes: ['P25.1'],
    channels: ['online'],
    at: [['turku', ['853', '202', '680', '529']]],
  },
  {
    key: 'culture-companion',
    name: ['Kulttuuriluotsit', 'Kulturlotsar', 'Culture companions'],
    summary: [
      'Vapaaehtoinen kulttuuriluotsi lähtee seuraksi konserttiin, teatteriin tai museoon.',
      'En frivillig kulturlots följer med på konsert, teater eller museum.',
      'A volunteer goes with you to concerts, the theatre or museums.',
    ],
    description: [
      'Kulttuuriluotsi on tarkoitettu erityisesti niille, jotka eivät lähde yksin kulttuuritapahtumiin. Luotsin seura on maksutonta, liput maksetaan itse.',
    ],
    keywords: ['kulttuurikaveri', 'seuraa'],
    classes: ['P25.2', 'P4.12'],
    channels: ['phone'],
    at: [['turku', ['853']]],
  },
  {
    key: 'museums',
    name: ['Museot', 'Museer', 'Museums'],
    summary: [
      'Kaupungin museoiden näyttelyt ja opastukset.',
      'Stadens museers utställningar.',
      'Exhibitions and guided tours at the city’s museums.',
    ],
    description: ['Museoihin on vapaa pääsy kuukauden ensimmäisenä perjantaina.'],
    classes: ['P25.3'],
    chargeable: true,
    channels: ['visit', 'online'],
    at: [['turku', ['853']]],
  },
  {
    key: 'waste-management',
    name: ['Jätehuolto ja jäteastiat', 'Avfallshantering och sopkärl', 'Waste management and bins'],
    summary: [
      'Jäteastioiden tyhjennykset, lajittelu ja jäteasemat.',
      'Tömning av sopkärl och sortering.',
      'Bin collection, sorting and waste stations.',
    ],
    description: ['Tilaa jäteastian tyhjennys tai muuta tyhjennysväliä asiointipalvelussa.'],
    classes: ['P23'],
    chargeable: true,
    channels: ['online', 'phone'],
    at: [['waste', 'all']],
  },
  {
    key: 'boat-berths',
    name: ['Venepaikat', 'Båtplatser', 'Boat berths'],
    summary: [
      'Kaupungin venepaikkojen vuokraus ja jonotus.',
      'Uthyrning av båtplatser.',
      'Renting a city boat berth.',
    ],
    description: ['Venepaikkaa haetaan verkossa. Paikat jaetaan jonotusjärjestyksessä.'],
    classes: ['P27.3'],
    chargeable: true,
    channels: ['online'],
    at: [
      ['turku', ['853']],
      ['naantali', ['529']],
    ],
  },
  {
    key: 'fishing-permit',
    name: ['Kalastuslupa', 'Fiskelicens', 'Fishing permit'],
    summary: [
      'Kalastonhoitomaksu ja viehekalastusluvat.',
      'Fiskevårdsavgift och fiskelicenser.',
      'Fisheries management fee and lure fishing permits.',
    ],
    description: ['Kalastonhoitomaksun voi maksaa verkkokaupassa.'],
    classes: ['P27.5'],
    chargeable: true,
    channels: ['online'],
    at: [['fisheries', 'nationwide']],
  },
  {
    key: 'business-advice',
    name: ['Yritysneuvonta', 'Företagsrådgivning', 'Business advice'],
    summary: [
      'Maksutonta neuvontaa yrityksen perustamiseen ja kasvuun.',
      'Avgiftsfri rådgivning för att starta företag.',
      'Free advice on starting and growing a business.',
    ],
    description: [
      'Yritysneuvoja auttaa liiketoimintasuunnitelman laatimisessa ja rahoituksen hakemisessa.',
    ],
    classes: ['P11'],
    targetGroups: ['KR2.8'],
    channels: ['visit', 'online'],
    at: [['science-park', ['853', '202', '680', '529', '423']]],
  },
  {
    key: 'household-employer',
    name: ['Kotitalous työnantajana', 'Hushållet som arbetsgivare', 'A household as an employer'],
    summary: [
      'Ohjeet, kun palkkaat kotiin esimerkiksi siivoojan tai avustajan.',
      'Anvisningar för hushåll som anställer.',
      'Guidance for households that hire help at home.',
    ],
    description: ['Kotitalouden on maksettava palkasta ennakonpidätys ja työnantajamaksut.'],
    classes: ['P12.3'],
    channels: ['online'],
    at: [['keha', 'nationwide']],
  },
];
