/** Mental health and crisis, substance use and gambling, health advice, exercise. */
import type { Concept } from '../types.ts';

export const healthConcepts: Concept[] = [
  {
    key: 'crisis-helpline',
    name: ['Kriisipuhelin', 'Kristelefonen', 'Crisis helpline'],
    summary: [
      'Keskusteluapua kriisissä olevalle ja hänen läheiselleen ympäri vuorokauden.',
      'Samtalshjälp dygnet runt för personer i kris och deras närstående.',
      'Someone to talk to around the clock when you or someone close to you is in crisis.',
    ],
    description: [
      'Kriisipuhelimeen voi soittaa nimettömänä, kun elämässä on tapahtunut jotain järkyttävää, on itsemurha-ajatuksia tai olo on muuten kestämätön. Päivystäjät ovat koulutettuja ammattilaisia ja vapaaehtoisia.',
      'Du kan ringa anonymt när något omskakande har hänt eller du har självmordstankar.',
      'Call anonymously when something shocking has happened, you have suicidal thoughts or things feel unbearable.',
    ],
    keywords: ['itsemurha', 'auttava puhelin', 'kriisi'],
    classes: ['P5.7'],
    channels: ['phone', 'online'],
    alwaysOpen: true,
    at: [['mieli', 'nationwide']],
  },
  {
    key: 'crisis-centre',
    name: ['Kriisikeskus', 'Kriscenter', 'Crisis centre'],
    summary: [
      'Maksuttomia kriisikeskusteluja äkillisen elämänmuutoksen tai traumaattisen tapahtuman jälkeen.',
      'Avgiftsfria krissamtal efter en plötslig förändring eller traumatisk händelse.',
      'Free crisis counselling after a sudden life change or traumatic event.',
    ],
    description: [
      'Kriisikeskukseen voit varata ajan, kun olet kokenut esimerkiksi läheisen kuoleman, eron, onnettomuuden tai väkivaltaa. Käynnit ovat maksuttomia eikä lähetettä tarvita.',
      'Du kan boka tid till kriscentret efter till exempel en närståendes död, skilsmässa eller olycka.',
      'Book a time after a bereavement, a divorce, an accident or violence. No referral needed.',
    ],
    classes: ['P5.7', 'P5.16'],
    channels: ['visit', 'phone'],
    at: [
      [
        'mieli',
        'all',
        { name: ['Turun kriisikeskus', 'Kriscentret i Åbo', 'Turku Crisis Centre'] },
      ],
    ],
  },
  {
    key: 'emergency-social-services',
    name: ['Sosiaalipäivystys', 'Socialjour', 'Emergency social services'],
    summary: [
      'Kiireellistä sosiaalihuollon apua iltaisin, öisin ja viikonloppuisin.',
      'Brådskande socialvård kvällar, nätter och veckoslut.',
      'Urgent social welfare help in the evenings, at night and at weekends.',
    ],
    description: [
      'Sosiaalipäivystykseen voi ottaa yhteyttä, kun tarvitset kiireellisesti apua esimerkiksi lapsen turvallisuuden, väkivallan tai asunnottomuuden vuoksi. Hätätilanteessa soita 112.',
    ],
    classes: ['P4.13', 'P19.3'],
    channels: ['phone'],
    alwaysOpen: true,
    at: [['county', 'all']],
  },
  {
    key: 'adult-mental-health',
    name: [
      'Mielenterveyspalvelut aikuisille',
      'Mentalvårdstjänster för vuxna',
      'Mental health services for adults',
    ],
    summary: [
      'Apua masennukseen, ahdistukseen ja muihin mielenterveyden ongelmiin. Ajanvaraus ilman lähetettä.',
      'Hjälp vid depression, ångest och andra psykiska problem.',
      'Help with depression, anxiety and other mental health problems. No referral needed.',
    ],
    description: [
      'Mielenterveyshoitaja tai psykologi arvioi tilanteesi ja sopii kanssasi hoidosta. Tarjolla on lyhytterapiaa, ryhmiä ja tarvittaessa ohjaus psykiatrin vastaanotolle.',
      'En psykiatrisk sjukskötare eller psykolog bedömer din situation.',
      'A mental health nurse or psychologist assesses your situation and agrees the care with you.',
    ],
    keywords: ['masennus', 'ahdistus', 'psykologi', 'terapia'],
    classes: ['P5.7'],
    targetGroups: ['KR1'],
    channels: ['visit', 'phone'],
    at: [
      [
        'county',
        ['853', '202', '680', '529'],
        { name: ['Mielenterveyspalvelut aikuisille, Turun seutu'] },
      ],
      ['county', ['734', '761'], { name: ['Mielenterveyspalvelut aikuisille, Salo'] }],
      ['county', ['895', '400'], { name: ['Mielenterveyspalvelut aikuisille, Vakka-Suomi'] }],
    ],
  },
  {
    key: 'youth-mental-health',
    name: [
      'Nuorten mielenterveyspalvelut',
      'Mentalvård för unga',
      'Mental health services for young people',
    ],
    summary: [
      '13–22-vuotiaille keskusteluapua ja hoitoa, kun mieli on maassa tai ahdistaa.',
      'Samtalshjälp och vård för 13–22-åringar.',
      'Counselling and care for 13 to 22-year-olds who feel low or anxious.',
    ],
    description: [
      'Nuori voi hakeutua palveluun itse, tai yhteyttä voi ottaa vanhempi, kouluterveydenhoitaja tai kuraattori.',
    ],
    classes: ['P5.7'],
    targetGroups: ['KR1.3'],
    channels: ['visit', 'phone'],
    at: [['county', 'all']],
  },
  {
    key: 'clubhouse',
    name: ['Klubitalo', 'Klubbhuset', 'Clubhouse for mental health recovery'],
    summary: [
      'Mielenterveyskuntoutujien yhteisö, jossa osallistutaan talon töihin, opiskeluun ja vapaa-ajan toimintaan.',
      'En gemenskap för personer som återhämtar sig från psykisk ohälsa.',
      'A community for people recovering from mental illness: shared work, studies and leisure.',
    ],
    description: [
      'Klubitalon jäsenet pyörittävät taloa yhdessä henkilökunnan kanssa: keittiö, toimisto ja viestintä. Klubitalo tukee paluuta työelämään ja opiskeluun. Jäsenyys on maksuton.',
    ],
    keywords: ['mielenterveyskuntoutuja', 'kuntoutus'],
    classes: ['P5.13', 'P5.16'],
    channels: ['visit'],
    at: [
      ['clubhouse', ['853', '202', '680']],
      ['salo-clubhouse', ['734']],
    ],
  },
  {
    key: 'mental-peer-support',
    name: ['Mielenterveyskuntoutujien vertaistuki', 'Kamratstöd för personer med psykisk ohälsa'],
    summary: [
      'Vertaistukiryhmiä ja avointa toimintaa masennusta tai ahdistusta kokeneille.',
      'Kamratstödgrupper för personer med depression eller ångest.',
    ],
    description: [
      'Yhdistyksen ryhmissä jaetaan kokemuksia mielenterveyden ongelmista ja toipumisesta. Ryhmiä on masennukseen, paniikkihäiriöön ja kaksisuuntaiseen mielialahäiriöön.',
    ],
    classes: ['P5.16'],
    channels: ['visit'],
    at: [['mental-assoc', ['853']]],
  },
  {
    key: 'church-chat',
    name: ['Kirkon keskusteluapu', 'Kyrkans samtalstjänst', 'Church conversation help'],
    summary: [
      'Puhelimessa ja chatissa voi puhua nimettömänä mistä tahansa mieltä painavasta asiasta.',
      'I telefon och chatt kan du anonymt prata om det som tynger dig.',
      'Talk anonymously by phone or chat about anything on your mind.',
    ],
    description: [
      'Kirkon keskusteluapu palvelee joka päivä kello 18–24. Päivystäjät ovat koulutettuja vapaaehtoisia ja ammattilaisia. Apu ei edellytä kirkon jäsenyyttä.',
    ],
    keywords: ['palveleva puhelin', 'sielunhoito'],
    classes: ['P25.6', 'P5.16'],
    channels: ['phone', 'online'],
    at: [['turku-parish', 'nationwide']],
  },
  {
    key: 'a-clinic',
    name: ['A-klinikka', 'A-kliniken', 'A-Clinic substance abuse outpatient care'],
    summary: [
      'Avohoitoa alkoholi-, huume- ja lääkeriippuvuuteen sekä apua läheisille.',
      'Öppenvård vid alkohol-, drog- och läkemedelsberoende.',
      'Outpatient treatment for alcohol, drug and medicine dependence, and help for family members.',
    ],
    description: [
      'A-klinikalle voi hakeutua ilman lähetettä, kun oma tai läheisen päihteiden käyttö huolestuttaa. Hoito voi olla keskusteluja, lääkehoitoa tai ohjausta katkaisuhoitoon.',
      'Du kan söka dig till A-kliniken utan remiss.',
      'You can come without a referral when your own or a relative’s drinking or drug use worries you.',
    ],
    keywords: ['päihdehoito', 'alkoholi', 'huumeet'],
    classes: ['P5.7'],
    channels: ['visit', 'phone'],
    at: [
      [
        'county',
        ['853', '202', '680', '529', '423'],
        { name: ['A-klinikka, Turku', 'A-kliniken, Åbo', 'A-Clinic, Turku'] },
      ],
      [
        'county',
        ['734', '761'],
        { name: ['A-klinikka, Salo', 'A-kliniken, Salo', 'A-Clinic, Salo'] },
      ],
    ],
  },
  {
    key: 'health-counselling-point',
    name: [
      'Terveysneuvontapiste',
      'Hälsorådgivningsställe',
      'Health counselling point for people who use drugs',
    ],
    summary: [
      'Puhtaita pistovälineitä, neulojen vaihto, testaus ja neuvonta nimettömästi.',
      'Rena injektionsverktyg, testning och rådgivning anonymt.',
      'Clean needles and syringes, testing and advice, anonymously.',
    ],
    description: [
      'Terveysneuvontapisteessä voi vaihtaa käytetyt neulat ja ruiskut puhtaisiin, käydä hepatiitti- ja HIV-testissä ja saada rokotuksia.',
    ],
    classes: ['P5.7', 'P5.17'],
    channels: ['visit'],
    at: [['county', ['853', '202', '680', '529']]],
  },
  {
    key: 'detox',
    name: ['Katkaisuhoito', 'Avgiftning', 'Detoxification treatment'],
    summary: [
      'Lyhyt hoitojakso, jonka aikana päihteiden käyttö lopetetaan turvallisesti valvotusti.',
      'En kort vårdperiod där man slutar använda rusmedel under övervakning.',
      'A short supervised stay to stop using alcohol or drugs safely.',
    ],
    description: [
      'Katkaisuhoitoon pääsee päivystyksellisesti. Hoito kestää yleensä viidestä seitsemään vuorokautta.',
    ],
    classes: ['P5.7'],
    chargeable: true,
    channels: ['visit', 'phone'],
    alwaysOpen: true,
    at: [['county', 'all']],
  },
  {
    key: 'a-guild',
    name: [
      'A-killan vertaistuki',
      'A-gillets kamratstöd',
      'A-Guild peer support for recovering alcoholics',
    ],
    summary: [
      'Päihteistä toipuvien vertaistukiryhmiä, päihteetöntä yhdessäoloa ja retkiä.',
      'Kamratstödgrupper för personer som återhämtar sig från missbruk.',
      'Peer groups, alcohol-free get-togethers and outings for people in recovery.',
    ],
    description: [
      'A-kilta on raittiuteen pyrkivien ja heidän läheistensä yhdistys. Kokoontumisissa jaetaan kokemuksia raitistumisesta.',
    ],
    keywords: ['raittius', 'AA', 'alkoholismi'],
    classes: ['P5.16', 'P4.12'],
    channels: ['visit'],
    at: [['a-guild', ['853', '202', '680']]],
  },
  {
    key: 'relatives-substance-group',
    name: [
      'Läheisryhmä päihteitä käyttävien omaisille',
      'Anhöriggrupp för anhöriga till missbrukare',
      'Support group for relatives of people with addiction',
    ],
    summary: [
      'Vertaisryhmä, kun puoliso, lapsi tai vanhempi juo liikaa tai käyttää huumeita.',
      'Kamratgrupp när en närstående dricker för mycket eller använder droger.',
      'A peer group for people whose partner, child or parent drinks too much or uses drugs.',
    ],
    description: [
      'Ryhmässä saa tietoa riippuvuudesta ja tukea omaan jaksamiseen. Ryhmä on suljettu ja luottamuksellinen.',
    ],
    classes: ['P5.16'],
    channels: ['visit'],
    at: [['a-clinic-foundation', ['853', '202']]],
  },
  {
    key: 'gambling-helpline',
    name: [
      'Peluuri – rahapeliongelmien auttava puhelin',
      'Peluuri – hjälptelefon för spelproblem',
      'Peluuri gambling helpline',
    ],
    summary: [
      'Maksuton puhelin- ja chat-palvelu rahapelaamisesta huolestuneille ja heidän läheisilleen.',
      'Avgiftsfri telefon- och chattjänst för den som oroar sig för penningspel.',
      'Free phone and chat service for people worried about gambling, and their families.',
    ],
    description: [
      'Peluurissa voi puhua nimettömänä omasta tai läheisen pelaamisesta. Peluuri neuvoo pelikiellon asettamisessa, pelivelkojen hoitamisessa ja ohjaa hoitoon.',
    ],
    keywords: ['peliriippuvuus', 'nettikasino', 'pelivelat'],
    classes: ['P5.7', 'P5.16'],
    channels: ['phone', 'online'],
    at: [['a-clinic-foundation', 'nationwide']],
  },
  {
    key: 'gambling-peer-group',
    name: ['Rahapeliongelmaisten vertaistukiryhmä', 'Kamratstödgrupp för personer med spelproblem'],
    summary: [
      'Ryhmä rahapelaamisen lopettamista tai vähentämistä pohtiville.',
      'En grupp för dig som vill sluta spela om pengar.',
    ],
    description: [
      'Ryhmässä jaetaan kokemuksia pelihimosta ja velkojen kanssa selviytymisestä. Ryhmä kokoontuu maanantaisin.',
    ],
    classes: ['P5.16', 'P15.1'],
    channels: ['visit'],
    at: [['a-clinic-foundation', ['853']]],
  },
  {
    key: 'health-centre',
    name: ['Terveysasema', 'Hälsostation', 'Health centre'],
    summary: [
      'Lääkärin ja sairaanhoitajan vastaanotto, ajanvaraus ja hoidontarpeen arviointi.',
      'Mottagning hos läkare och sjukskötare, tidsbokning och vårdbedömning.',
      'Doctor and nurse appointments, booking and assessment of care needs.',
    ],
    description: [
      'Terveysasemalla hoidetaan äkilliset sairaudet, pitkäaikaissairauksien seuranta ja terveystarkastukset. Soita ajanvaraukseen tai asioi sähköisesti.',
      'På hälsostationen vårdas akuta sjukdomar och långvariga sjukdomar följs upp.',
      'The health centre treats acute illnesses and follows up long-term conditions.',
    ],
    keywords: ['terveyskeskus', 'lääkäri', 'sairaanhoitaja'],
    classes: ['P5.1'],
    chargeable: true,
    channels: ['visit', 'phone', 'online'],
    at: [
      [
        'county',
        ['853'],
        { name: ['Terveysasema, Turku', 'Hälsostation, Åbo', 'Health centre, Turku'] },
      ],
      [
        'county',
        ['734'],
        { name: ['Terveysasema, Salo', 'Hälsostation, Salo', 'Health centre, Salo'] },
      ],
      [
        'county',
        ['202'],
        { name: ['Terveysasema, Kaarina', 'Hälsostation, S:t Karins', 'Health centre, Kaarina'] },
      ],
      [
        'county',
        ['680'],
        { name: ['Terveysasema, Raisio', 'Hälsostation, Reso', 'Health centre, Raisio'] },
      ],
      [
        'county',
        ['895'],
        {
          name: [
            'Terveysasema, Uusikaupunki',
            'Hälsostation, Nystad',
            'Health centre, Uusikaupunki',
          ],
        },
      ],
      [
        'county',
        ['445'],
        {
          name: ['Terveysasema, Parainen', 'Hälsostationen i Pargas', 'Health centre, Parainen'],
          languages: ['sv', 'fi'],
        },
      ],
    ],
  },
  {
    key: 'medical-helpline',
    name: ['Päivystysapu 116117', 'Jourhjälpen 116117', 'Medical helpline 116117'],
    summary: [
      'Soita ennen kuin lähdet päivystykseen: sairaanhoitaja arvioi hoidon tarpeen ympäri vuorokauden.',
      'Ring innan du åker till jouren: en sjukskötare bedömer vårdbehovet dygnet runt.',
      'Call before going to the emergency department: a nurse assesses your need for care around the clock.',
    ],
    description: [
      'Päivystysavun numerosta 116117 saat ohjeet kiireellisissä sairastumisissa ja tapaturmissa. Hengenvaarallisessa tilanteessa soita hätänumeroon 112.',
    ],
    keywords: ['päivystys', 'ensiapu'],
    classes: ['P5.5'],
    channels: ['phone'],
    alwaysOpen: true,
    at: [['county', 'all']],
  },
  {
    key: 'flu-vaccination',
    name: ['Influenssarokotukset', 'Influensavaccinationer', 'Flu vaccinations'],
    summary: [
      'Maksuton kausi-influenssarokote riskiryhmille, yli 65-vuotiaille ja pienille lapsille.',
      'Avgiftsfritt influensavaccin för riskgrupper och personer över 65.',
      'Free seasonal flu vaccine for risk groups, over-65s and young children.',
    ],
    description: [
      'Rokotuksia annetaan syksyisin terveysasemilla ja rokotuspisteissä. Varaa aika verkossa.',
    ],
    classes: ['P5.3'],
    channels: ['visit', 'online'],
    at: [['county', 'all']],
  },
  {
    key: 'dental-care',
    name: ['Suun terveydenhuolto', 'Mun- och tandvård', 'Dental care'],
    summary: [
      'Hammashoito, hammastarkastukset ja suun terveydenhuollon päivystys.',
      'Tandvård, tandundersökningar och tandjour.',
      'Dental treatment, check-ups and emergency dental care.',
    ],
    description: [
      'Hammashoitolaan varataan aika puhelimitse. Särkypotilaat hoidetaan päivystyksenä.',
    ],
    keywords: ['hammaslääkäri', 'hammashoitola'],
    classes: ['P5.10'],
    chargeable: true,
    channels: ['visit', 'phone'],
    at: [
      ['county', ['853', '202', '680']],
      ['county', ['734']],
    ],
  },
  {
    key: 'health-point',
    name: ['Matalan kynnyksen terveyspiste', 'Hälsopunkt med låg tröskel', 'Drop-in health point'],
    summary: [
      'Sairaanhoitajan maksuton vastaanotto ilman ajanvarausta ja henkilöpapereita.',
      'Avgiftsfri sjukskötarmottagning utan tidsbokning.',
      'A free nurse drop-in, no appointment or ID needed.',
    ],
    description: [
      'Terveyspisteessä voi mitata verenpaineen, saada haavanhoitoa ja keskustella terveyshuolista. Palvelu on tarkoitettu erityisesti niille, joiden on vaikea päästä terveysasemalle.',
    ],
    classes: ['P5.17'],
    channels: ['visit'],
    at: [['city-mission', ['853']]],
  },
  {
    key: 'diabetes-peer',
    name: ['Diabeetikoiden vertaistuki ja neuvonta', 'Kamratstöd för diabetiker'],
    summary: [
      'Diabetesyhdistyksen vertaisryhmät, luennot ja liikuntaryhmät diabeetikoille ja heidän läheisilleen.',
    ],
    description: [
      'Yhdistys järjestää tyypin 1 ja 2 diabeetikoille keskusteluryhmiä, asiantuntijaluentoja ja ohjattua liikuntaa.',
    ],
    classes: ['P5.16'],
    targetGroups: ['KR1.4'],
    channels: ['visit'],
    at: [['diabetes', ['853', '202', '680']]],
  },
  {
    key: 'pharmacy',
    name: ['Apteekki', 'Apotek', 'Pharmacy'],
    summary: [
      'Reseptilääkkeet, itsehoitolääkkeet ja lääkeneuvonta.',
      'Receptbelagda läkemedel och läkemedelsrådgivning.',
      'Prescription and over-the-counter medicines and advice.',
    ],
    description: [
      'Apteekin farmaseutit neuvovat lääkkeiden käytössä ja yhteisvaikutuksissa. Apteekki on avoinna myös iltaisin.',
    ],
    classes: ['P5.15'],
    chargeable: true,
    channels: ['visit'],
    at: [['pharmacy', ['853']]],
  },
  {
    key: 'senior-exercise',
    name: ['Senioriliikunta', 'Motion för seniorer', 'Exercise for seniors'],
    summary: [
      'Ohjattuja liikuntaryhmiä ikäihmisille: kuntosali, tuolijumppa, tasapainoharjoittelu ja vesiliikunta.',
      'Ledda motionsgrupper för äldre: gym, stolgymnastik och balansträning.',
      'Guided exercise groups for older people: gym, chair exercises, balance training and water exercise.',
    ],
    description: [
      'Kaupungin liikuntapalvelut järjestävät eläkeläisille edullisia ryhmiä eri puolilla kaupunkia. Ryhmät sopivat myös aloittelijoille. Ilmoittautuminen kauden alussa.',
      'Stadens idrottstjänster ordnar förmånliga grupper för pensionärer.',
      'The city’s sports services run affordable groups for pensioners, also for beginners.',
    ],
    keywords: ['tuolijumppa', 'kuntosali', 'eläkeläiset'],
    classes: ['P27.1'],
    targetGroups: ['KR1.1'],
    chargeable: true,
    channels: ['visit', 'online'],
    at: [
      ['turku', ['853']],
      ['kaarina', ['202']],
      ['salo', ['734']],
      ['raisio', ['680']],
      ['naantali', ['529']],
    ],
  },
  {
    key: 'adapted-exercise',
    name: ['Soveltava liikunta', 'Anpassad motion', 'Adapted physical activity'],
    summary: [
      'Liikuntaryhmiä vammaisille ja pitkäaikaissairaille sekä liikuntaneuvontaa.',
      'Motionsgrupper för personer med funktionsnedsättning eller långvarig sjukdom.',
      'Exercise groups for people with disabilities or long-term illnesses.',
    ],
    description: [
      'Soveltavan liikunnan ryhmiä on muun muassa allasliikuntaa, kuntosalia ja boccia. Ohjaajat ovat liikunnanohjaajia ja fysioterapeutteja. Tilat ovat esteettömiä.',
    ],
    keywords: ['erityisliikunta', 'esteetön'],
    classes: ['P27.1'],
    targetGroups: ['KR1.6', 'KR1.4'],
    chargeable: true,
    channels: ['visit'],
    at: [
      ['turku', ['853'], { accessible: true }],
      ['salo', ['734'], { accessible: true }],
    ],
  },
  {
    key: 'exercise-counselling',
    name: ['Liikuntaneuvonta', 'Motionsrådgivning', 'Exercise counselling'],
    summary: [
      'Henkilökohtaista ohjausta liikunnan aloittamiseen ja terveellisiin elämäntapoihin.',
      'Personlig handledning för att börja motionera.',
      'Personal guidance on getting started with exercise and a healthier lifestyle.',
    ],
    description: [
      'Liikuntaneuvoja tekee kanssasi liikuntasuunnitelman ja auttaa löytämään sopivan lajin ja ryhmän. Neuvonta on maksutonta.',
    ],
    classes: ['P27.1', 'P5.17'],
    channels: ['visit', 'phone'],
    at: [
      ['turku', ['853']],
      ['kaarina', ['202']],
      ['lieto', ['423']],
    ],
  },
  {
    key: 'swimming-hall',
    name: ['Uimahalli', 'Simhall', 'Swimming hall'],
    summary: [
      'Uimahalli, kuntosali ja saunat. Eläkeläisille alennus.',
      'Simhall, gym och bastur.',
      'Swimming pools, gym and saunas, with discounts for pensioners.',
    ],
    description: [
      'Uimahallissa on 25 metrin allas, terapia-allas ja lasten allas. Hallissa järjestetään vesijumppaa ja uimakouluja.',
    ],
    classes: ['P27.1'],
    chargeable: true,
    channels: ['visit'],
    at: [
      [
        'turku',
        ['853'],
        { name: ['Impivaaran uimahalli', 'Impivaara simhall', 'Impivaara swimming hall'] },
      ],
      ['salo', ['734'], { name: ['Salon uimahalli', 'Salo simhall', 'Salo swimming hall'] }],
      ['raisio', ['680'], { name: ['Raision uimahalli', 'Reso simhall', 'Raisio swimming hall'] }],
      ['naantali', ['529'], { name: ['Naantalin kylpylän uimahalli'] }],
    ],
  },
  {
    key: 'aqua-aerobics',
    name: ['Vesijumppa', 'Vattengymnastik', 'Aqua aerobics'],
    summary: [
      'Ohjattua vesijumppaa kaiken ikäisille ja kuntoisille.',
      'Ledd vattengymnastik för alla åldrar.',
      'Guided aqua aerobics for all ages and fitness levels.',
    ],
    description: [
      'Vesijumppa on nivelystävällistä liikuntaa, joka sopii myös ikäihmisille ja tuki- ja liikuntaelinsairauksista kärsiville.',
    ],
    keywords: ['vesiliikunta', 'allasjumppa'],
    classes: ['P27.1'],
    chargeable: true,
    channels: ['visit'],
    at: [
      ['turku', ['853']],
      ['kaarina', ['202']],
    ],
  },
  {
    key: 'walking-group',
    name: ['Kävelyryhmä', 'Promenadgrupp', 'Walking group'],
    summary: [
      'Yhteisiä kävelylenkkejä ja sauvakävelyä kerran viikossa.',
      'Gemensamma promenader en gång i veckan.',
      'Weekly group walks and Nordic walking.',
    ],
    description: [
      'Kävelyryhmä lähtee liikkeelle tiistaisin kello 10. Vauhti on rauhallinen, ja lenkin jälkeen juodaan kahvit.',
    ],
    classes: ['P27.1', 'P4.12'],
    targetGroups: ['KR1.1'],
    channels: ['visit'],
    at: [
      ['pensioners', ['853']],
      ['lieto', ['423']],
    ],
  },
  {
    key: 'nature-trails',
    name: [
      'Luontopolut ja retkeilyreitit',
      'Naturstigar och vandringsleder',
      'Nature trails and hiking routes',
    ],
    summary: [
      'Merkittyjä luontopolkuja, laavuja ja ulkoilureittejä.',
      'Märkta naturstigar och vindskydd.',
      'Marked nature trails, lean-to shelters and outdoor routes.',
    ],
    description: [
      'Kaupungin ulkoilureiteillä voi retkeillä ympäri vuoden. Osa reiteistä on esteettömiä.',
    ],
    classes: ['P27.2'],
    channels: ['online'],
    at: [['turku', ['853']]],
  },
  {
    key: 'water-utility',
    name: [
      'Vesihuolto ja vesimittarit',
      'Vattentjänster och vattenmätare',
      'Water supply and meters',
    ],
    summary: [
      'Vesiliittymät, vesimittarin lukemat ja vesilaskut.',
      'Vattenanslutningar och vattenräkningar.',
      'Water connections, meter readings and water bills.',
    ],
    description: [
      'Ilmoita vesimittarin lukema verkossa. Vesikatkoista tiedotetaan tekstiviestillä.',
    ],
    classes: ['P23'],
    chargeable: true,
    channels: ['online', 'phone'],
    at: [['water', ['853', '202', '680']]],
  },
];
