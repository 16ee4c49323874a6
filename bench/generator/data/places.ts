/**
 * Kinds of service location, with the name and locative phrase in each language. `{g}` is the
 * municipality's Finnish genitive, `{k}` its Swedish name, `{m}` its English (Finnish) name,
 * `{org}` / `{orgin}` the owning organisation and its Finnish genitive. A ServiceLocation
 * channel is named after its place.
 */
export interface PlaceForms {
  /** [name, locative phrase] */
  fi: [string, string];
  sv: [string, string];
  en: [string, string];
  /** Distinct wording for towns (kaupunki) where municipalities (kunta) differ. */
  town?: Omit<PlaceForms, 'town' | 'district' | 'branch'>;
  /** Places that exist per district (a district library, youth centre, health centre). */
  district?: boolean;
  /** Wording for a district's place when it differs ("Varissuon kirjasto", not "pääkirjasto"). */
  branch?: Omit<PlaceForms, 'town' | 'district' | 'branch'>;
}

export const places = {
  parishCentre: {
    district: true,
    fi: ['{g} seurakuntakeskus', '{g} seurakuntakeskuksessa'],
    sv: ['Församlingshemmet i {k}', 'i församlingshemmet i {k}'],
    en: ['{m} parish centre', 'at {m} parish centre'],
  },
  church: { district: true, fi: ['{g} kirkko', '{g} kirkossa'], sv: ['Kyrkan i {k}', 'i kyrkan i {k}'], en: ['{m} church', 'at {m} church'] },
  library: {
    district: true,
    branch: { fi: ['{g} kirjasto', '{g} kirjastossa'], sv: ['Biblioteket i {k}', 'på biblioteket i {k}'], en: ['{m} library', 'at {m} library'] },
    fi: ['{g} pääkirjasto', '{g} pääkirjastossa'],
    sv: ['Huvudbiblioteket i {k}', 'på huvudbiblioteket i {k}'],
    en: ['{m} main library', 'at {m} main library'],
  },
  residentsLounge: {
    district: true,
    fi: ['{g} asukastupa', '{g} asukastuvalla'],
    sv: ['Invånarstugan i {k}', 'i invånarstugan i {k}'],
    en: ["{m} residents' lounge", "at the {m} residents' lounge"],
  },
  serviceCentre: {
    district: true,
    fi: ['{g} palvelukeskus', '{g} palvelukeskuksessa'],
    sv: ['Servicecentralen i {k}', 'på servicecentralen i {k}'],
    en: ['{m} service centre', 'at {m} service centre'],
  },
  socialOffice: {
    fi: ['{g} sosiaalitoimisto', '{g} sosiaalitoimistossa'],
    sv: ['Socialbyrån i {k}', 'på socialbyrån i {k}'],
    en: ['{m} social welfare office', 'at {m} social welfare office'],
  },
  healthStation: {
    district: true,
    fi: ['{g} terveysasema', '{g} terveysasemalla'],
    sv: ['Hälsostationen i {k}', 'på hälsostationen i {k}'],
    en: ['{m} health centre', 'at {m} health centre'],
  },
  familyCentre: {
    district: true,
    fi: ['{g} perhekeskus', '{g} perhekeskuksessa'],
    sv: ['Familjecentret i {k}', 'på familjecentret i {k}'],
    en: ['{m} family centre', 'at {m} family centre'],
  },
  youthCentre: {
    district: true,
    fi: ['{g} nuorisotalo', '{g} nuorisotalolla'],
    sv: ['Ungdomsgården i {k}', 'på ungdomsgården i {k}'],
    en: ['{m} youth centre', 'at {m} youth centre'],
  },
  townHall: {
    fi: ['{g} kunnantalo', '{g} kunnantalolla'],
    sv: ['Kommungården i {k}', 'i kommungården i {k}'],
    en: ['{m} municipal office', 'at {m} municipal office'],
    town: {
      fi: ['{g} kaupungintalo', '{g} kaupungintalolla'],
      sv: ['Stadshuset i {k}', 'i stadshuset i {k}'],
      en: ['{m} city hall', 'at {m} city hall'],
    },
  },
  associationHouse: {
    fi: ['{g} järjestötalo', '{g} järjestötalolla'],
    sv: ['Föreningshuset i {k}', 'i föreningshuset i {k}'],
    en: ['{m} community organisations house', 'at {m} community organisations house'],
  },
  associationOffice: {
    fi: ['{org}', '{orgin} toimitiloissa'],
    sv: ['{org}', 'i föreningens lokaler'],
    en: ['{org}', "at the association's premises"],
  },
  swimmingHall: {
    fi: ['{g} uimahalli', '{g} uimahallissa'],
    sv: ['Simhallen i {k}', 'i simhallen i {k}'],
    en: ['{m} swimming hall', 'at {m} swimming hall'],
  },
  sportsHall: {
    district: true,
    fi: ['{g} liikuntahalli', '{g} liikuntahallissa'],
    sv: ['Idrottshallen i {k}', 'i idrottshallen i {k}'],
    en: ['{m} sports hall', 'at {m} sports hall'],
  },
  employmentOffice: {
    fi: ['{g} työllisyyspalvelut', '{g} työllisyyspalveluiden toimipisteessä'],
    sv: ['Sysselsättningstjänsterna i {k}', 'vid sysselsättningstjänsterna i {k}'],
    en: ['{m} employment services', 'at {m} employment services'],
  },
  clubhouse: {
    fi: ['{g} klubitalo', '{g} klubitalolla'],
    sv: ['Klubbhuset i {k}', 'i klubbhuset i {k}'],
    en: ['{m} clubhouse', 'at {m} clubhouse'],
  },
  dayCentre: {
    district: true,
    fi: ['{g} päiväkeskus', '{g} päiväkeskuksessa'],
    sv: ['Dagcentret i {k}', 'på dagcentret i {k}'],
    en: ['{m} day centre', 'at {m} day centre'],
  },
  adultEducationCentre: {
    fi: ['{g} kansalaisopisto', '{g} kansalaisopistossa'],
    sv: ['Medborgarinstitutet i {k}', 'vid medborgarinstitutet i {k}'],
    en: ['{m} adult education centre', 'at {m} adult education centre'],
  },
  kelaOffice: {
    fi: ['Kelan {g} palvelupiste', 'Kelan {g} palvelupisteessä'],
    sv: ['FPA:s serviceställe i {k}', 'på FPA:s serviceställe i {k}'],
    en: ['Kela service point in {m}', 'at the Kela service point in {m}'],
  },
  legalAidOffice: {
    fi: ['Lounais-Suomen oikeusaputoimisto, {g} toimipaikka', 'oikeusaputoimiston {g} toimipaikassa'],
    sv: ['Sydvästra Finlands rättshjälpsbyrå, verksamhetsstället i {k}', 'på rättshjälpsbyråns verksamhetsställe i {k}'],
    en: ['Southwest Finland legal aid office, {m}', 'at the legal aid office in {m}'],
  },
  museum: { fi: ['{g} museo', '{g} museossa'], sv: ['Museet i {k}', 'på museet i {k}'], en: ['{m} museum', 'at {m} museum'] },
} satisfies Record<string, PlaceForms>;

export type PlaceKey = keyof typeof places;

/** One sentence about each kind of place, used as the location channel's summary. */
export const placeAbout: Record<PlaceKey, { fi: string; sv: string; en: string }> = {
  parishCentre: {
    fi: 'Seurakuntakeskuksessa toimivat seurakunnan diakonia-, perhe- ja nuorisotyö.',
    sv: 'I församlingshemmet finns församlingens diakoni-, familje- och ungdomsarbete.',
    en: "The parish centre houses the parish's diaconal, family and youth work.",
  },
  church: { fi: 'Kirkko on avoinna jumalanpalvelusten ja tilaisuuksien aikana.', sv: 'Kyrkan är öppen under gudstjänster och evenemang.', en: 'The church is open during services and events.' },
  library: { fi: 'Kirjasto on kaikille avoin ja maksuton olohuone.', sv: 'Biblioteket är ett öppet och avgiftsfritt vardagsrum för alla.', en: 'The library is an open and free living room for everyone.' },
  residentsLounge: { fi: 'Asukastupa on kaikille avoin kohtaamispaikka.', sv: 'Invånarstugan är en öppen mötesplats för alla.', en: "The residents' lounge is a meeting place open to everyone." },
  serviceCentre: { fi: 'Palvelukeskus on ikäihmisten kohtaamispaikka, jossa on lounasravintola ja monipuolista toimintaa.', sv: 'Servicecentralen är en mötesplats för äldre med lunchrestaurang och verksamhet.', en: 'The service centre is a meeting place for older people with a lunch restaurant and activities.' },
  socialOffice: { fi: 'Sosiaalitoimistossa asioidaan pääosin ajanvarauksella.', sv: 'På socialbyrån sköts ärenden främst med tidsbokning.', en: 'Visits to the social welfare office are mainly by appointment.' },
  healthStation: { fi: 'Terveysasemalla on lääkärin ja hoitajan vastaanotot sekä laboratorio.', sv: 'På hälsostationen finns läkar- och skötarmottagningar samt laboratorium.', en: "The health centre has doctors' and nurses' appointments and a laboratory." },
  familyCentre: { fi: 'Perhekeskus kokoaa yhteen lapsiperheiden palvelut.', sv: 'Familjecentret samlar tjänsterna för barnfamiljer.', en: 'The family centre brings together services for families with children.' },
  youthCentre: { fi: 'Nuorisotalo on nuorten vapaa-ajanviettopaikka.', sv: 'Ungdomsgården är en fritidsplats för unga.', en: 'The youth centre is a place for young people to spend their free time.' },
  townHall: { fi: 'Asiointipisteestä saat neuvontaa kunnan palveluista.', sv: 'Vid servicepunkten får du rådgivning om kommunens tjänster.', en: 'The service point gives advice on municipal services.' },
  associationHouse: { fi: 'Järjestötalossa kokoontuvat paikalliset yhdistykset.', sv: 'I föreningshuset träffas de lokala föreningarna.', en: 'Local associations meet at the community organisations house.' },
  associationOffice: { fi: 'Yhdistyksen toimitiloissa on kohtaamispaikka ja ryhmätoimintaa.', sv: 'I föreningens lokaler finns en mötesplats och gruppverksamhet.', en: "The association's premises host a meeting place and group activities." },
  swimmingHall: { fi: 'Uimahallissa on altaat, saunat ja kuntosali.', sv: 'I simhallen finns bassänger, bastur och gym.', en: 'The swimming hall has pools, saunas and a gym.' },
  sportsHall: { fi: 'Liikuntahallissa on palloiluhalli, kuntosali ja ryhmäliikuntatila.', sv: 'Idrottshallen har bollhall, gym och sal för gruppmotion.', en: 'The sports hall has a ball games hall, a gym and a group exercise room.' },
  employmentOffice: { fi: 'Työllisyyspalvelujen palvelupisteessä asioidaan ajanvarauksella.', sv: 'Vid sysselsättningstjänsternas servicepunkt sköts ärenden med tidsbokning.', en: 'Visits to the employment services office are by appointment.' },
  clubhouse: { fi: 'Klubitalo on mielenterveyskuntoutujien yhteisö.', sv: 'Klubbhuset är en gemenskap för personer i rehabilitering inom mentalvården.', en: 'The clubhouse is a community for people recovering from mental illness.' },
  dayCentre: { fi: 'Päiväkeskuksessa on ohjattua toimintaa ja ruokailu.', sv: 'Dagcentret har ledd verksamhet och måltider.', en: 'The day centre offers guided activities and meals.' },
  adultEducationCentre: { fi: 'Kansalaisopisto järjestää kursseja kaikenikäisille.', sv: 'Medborgarinstitutet ordnar kurser för alla åldrar.', en: 'The adult education centre runs courses for all ages.' },
  kelaOffice: { fi: 'Kelan palvelupisteessä voit hoitaa Kela-asioita ajanvarauksella tai ilman.', sv: 'På FPA:s serviceställe kan du sköta dina FPA-ärenden med eller utan tidsbokning.', en: 'At the Kela service point you can handle Kela matters with or without an appointment.' },
  legalAidOffice: { fi: 'Oikeusaputoimiston toimipaikassa asioidaan ajanvarauksella.', sv: 'Vid rättshjälpsbyråns verksamhetsställe sköts ärenden med tidsbokning.', en: 'Visits to the legal aid office are by appointment.' },
  museum: { fi: 'Museossa on pysyvä näyttely ja vaihtuvia näyttelyitä.', sv: 'Museet har en permanent utställning och tillfälliga utställningar.', en: 'The museum has a permanent exhibition and changing exhibitions.' },
};
