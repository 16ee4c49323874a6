/**
 * Fixed organisations (the wellbeing services county, state agencies, national associations,
 * regional bodies) and the kinds of local associations and companies the planner multiplies.
 * Local names use `{g}` (Finnish genitive of the municipality or district) and `{k}` (its
 * Swedish name).
 */
import type { Texts } from '../templates/types.ts';

export type OrgType = 'Region' | 'Municipality' | 'Organization' | 'State' | 'Company' | 'RegionalOrganization';

export interface FixedOrg {
  key: string;
  type: OrgType;
  names: Texts;
  /** Short names (AlternativeName), shown instead where `preferAlternative`. */
  alternative?: Texts;
  preferAlternative?: boolean;
  domain: string;
  /** Home municipality for the visiting address. */
  home: string;
  nationwide: boolean;
  /** Sub-organisations: unit key -> names. */
  units?: Record<string, Texts>;
  summary: Texts;
  /** Northern Sámi name, for the few organisations that publish one. */
  se?: string;
}

const vsHome = '853';

export const fixedOrgs: FixedOrg[] = [
  {
    key: 'varha', type: 'Region', domain: 'varha.fi', home: vsHome, nationwide: false,
    names: { fi: 'Varsinais-Suomen hyvinvointialue', sv: 'Egentliga Finlands välfärdsområde', en: 'Wellbeing services county of Southwest Finland' },
    alternative: { fi: 'Varha', sv: 'Varha', en: 'Varha' },
    units: {
      families: { fi: 'Varsinais-Suomen hyvinvointialue, lasten, nuorten ja perheiden palvelut', sv: 'Egentliga Finlands välfärdsområde, tjänster för barn, unga och familjer', en: 'Southwest Finland wellbeing services county, services for children, young people and families' },
      adults: { fi: 'Varsinais-Suomen hyvinvointialue, aikuisten sosiaalipalvelut', sv: 'Egentliga Finlands välfärdsområde, socialtjänster för vuxna', en: 'Southwest Finland wellbeing services county, social services for adults' },
      elderly: { fi: 'Varsinais-Suomen hyvinvointialue, ikäihmisten palvelut', sv: 'Egentliga Finlands välfärdsområde, tjänster för äldre', en: 'Southwest Finland wellbeing services county, services for older people' },
      mental: { fi: 'Varsinais-Suomen hyvinvointialue, mielenterveys- ja päihdepalvelut', sv: 'Egentliga Finlands välfärdsområde, mentalvårds- och missbrukartjänster', en: 'Southwest Finland wellbeing services county, mental health and substance abuse services' },
      disability: { fi: 'Varsinais-Suomen hyvinvointialue, vammaispalvelut', sv: 'Egentliga Finlands välfärdsområde, handikappservice', en: 'Southwest Finland wellbeing services county, disability services' },
      health: { fi: 'Varsinais-Suomen hyvinvointialue, terveysasemapalvelut', sv: 'Egentliga Finlands välfärdsområde, hälsostationstjänster', en: 'Southwest Finland wellbeing services county, health centre services' },
    },
    summary: { fi: 'Varsinais-Suomen hyvinvointialue järjestää sosiaali- ja terveyspalvelut sekä pelastustoimen alueen 27 kunnassa.', sv: 'Egentliga Finlands välfärdsområde ordnar social- och hälsovårdstjänster samt räddningsväsendet i landskapets 27 kommuner.', en: 'The wellbeing services county of Southwest Finland organises social, health and rescue services in the 27 municipalities of the region.' },
  },
  {
    key: 'kela', type: 'State', domain: 'kela.fi', home: vsHome, nationwide: true, se: 'Álbmotealáhatlágádus',
    names: { fi: 'Kansaneläkelaitos', sv: 'Folkpensionsanstalten', en: 'The Social Insurance Institution of Finland' },
    alternative: { fi: 'Kela', sv: 'FPA', en: 'Kela' }, preferAlternative: true,
    summary: { fi: 'Kela hoitaa Suomessa asuvien perusturvaa elämän eri tilanteissa.', sv: 'FPA sköter den sociala tryggheten för personer bosatta i Finland i livets olika skeden.', en: 'Kela provides basic social security for residents of Finland in different life situations.' },
  },
  {
    key: 'oikeusapu', type: 'State', domain: 'oikeus.fi', home: vsHome, nationwide: false,
    names: { fi: 'Lounais-Suomen oikeusapu- ja edunvalvontapiiri', sv: 'Sydvästra Finlands rättshjälps- och intressebevakningsdistrikt', en: 'Legal Aid and Public Guardianship District of Southwest Finland' },
    units: {
      legalAid: { fi: 'Lounais-Suomen oikeusaputoimisto', sv: 'Sydvästra Finlands rättshjälpsbyrå', en: 'Legal Aid Office of Southwest Finland' },
      guardianship: { fi: 'Lounais-Suomen edunvalvontatoimisto', sv: 'Sydvästra Finlands intressebevakningsbyrå', en: 'Public Guardianship Office of Southwest Finland' },
    },
    summary: { fi: 'Oikeusaputoimistot antavat oikeusapua, talous- ja velkaneuvontaa sekä yleistä edunvalvontaa.', sv: 'Rättshjälpsbyråerna ger rättshjälp, ekonomi- och skuldrådgivning samt allmän intressebevakning.', en: 'The legal aid offices provide legal aid, financial and debt advice and public guardianship.' },
  },
  {
    key: 'kkv', type: 'State', domain: 'kkv.fi', home: '091', nationwide: true,
    names: { fi: 'Kilpailu- ja kuluttajavirasto', sv: 'Konkurrens- och konsumentverket', en: 'Finnish Competition and Consumer Authority' },
    alternative: { fi: 'KKV', sv: 'KKV', en: 'FCCA' },
    summary: { fi: 'Kilpailu- ja kuluttajavirasto valvoo kilpailua ja kuluttajien oikeuksia ja neuvoo kuluttajia.', sv: 'Konkurrens- och konsumentverket övervakar konkurrensen och konsumenternas rättigheter och ger råd till konsumenter.' },
  },
  {
    key: 'ulosotto', type: 'State', domain: 'ulosottolaitos.fi', home: vsHome, nationwide: true,
    names: { fi: 'Ulosottolaitos', sv: 'Utsökningsverket', en: 'National Enforcement Authority Finland' },
    summary: { fi: 'Ulosottolaitos perii maksamattomia saatavia ja neuvoo ulosottoon liittyvissä asioissa.', sv: 'Utsökningsverket driver in obetalda fordringar och ger råd i utsökningsärenden.' },
  },
  {
    key: 'poliisi', type: 'State', domain: 'poliisi.fi', home: vsHome, nationwide: false,
    names: { fi: 'Lounais-Suomen poliisilaitos', sv: 'Polisinrättningen i Sydvästra Finland', en: 'Police of Southwest Finland' },
    summary: { fi: 'Lounais-Suomen poliisilaitos vastaa poliisipalveluista Varsinais-Suomessa ja Satakunnassa.', sv: 'Polisinrättningen i Sydvästra Finland ansvarar för polistjänsterna i Egentliga Finland och Satakunta.' },
  },
  {
    key: 'migri', type: 'State', domain: 'migri.fi', home: '091', nationwide: true,
    names: { fi: 'Maahanmuuttovirasto', sv: 'Migrationsverket', en: 'Finnish Immigration Service' },
    alternative: { fi: 'Migri', sv: 'Migri', en: 'Migri' },
    summary: { fi: 'Maahanmuuttovirasto käsittelee oleskelulupa-, turvapaikka- ja kansalaisuusasiat.', sv: 'Migrationsverket behandlar ärenden som gäller uppehållstillstånd, asyl och medborgarskap.', en: 'The Finnish Immigration Service handles residence permits, asylum and citizenship.' },
  },
  {
    key: 'tem', type: 'State', domain: 'tem.fi', home: '091', nationwide: true,
    names: { fi: 'Työ- ja elinkeinoministeriö', sv: 'Arbets- och näringsministeriet', en: 'Ministry of Economic Affairs and Employment' },
    summary: { fi: 'Työ- ja elinkeinoministeriö vastaa työ- ja elinkeinopolitiikasta ja valtakunnallisista työllisyyspalvelujen verkkopalveluista.', sv: 'Arbets- och näringsministeriet ansvarar för arbets- och näringspolitiken.' },
  },
  {
    key: 'takuusaatio', type: 'Organization', domain: 'takuusaatio.fi', home: '091', nationwide: true,
    names: { fi: 'Takuusäätiö sr', sv: 'Garantistiftelsen sr', en: 'Guarantee Foundation' },
    alternative: { fi: 'Takuusäätiö', sv: 'Garantistiftelsen', en: 'Guarantee Foundation' }, preferAlternative: true,
    summary: { fi: 'Takuusäätiö auttaa ylivelkaantuneita ja ehkäisee velkaongelmia neuvonnalla ja takauksilla.', sv: 'Garantistiftelsen hjälper överskuldsatta och förebygger skuldproblem med rådgivning och borgen.', en: 'The Guarantee Foundation helps over-indebted people with advice and guarantees.' },
  },
  {
    key: 'mieli', type: 'Organization', domain: 'mieli.fi', home: '091', nationwide: true,
    names: { fi: 'MIELI Suomen Mielenterveys ry', sv: 'MIELI Psykisk Hälsa Finland rf', en: 'MIELI Mental Health Finland' },
    alternative: { fi: 'MIELI ry', sv: 'MIELI rf', en: 'MIELI' }, preferAlternative: true,
    summary: { fi: 'MIELI ry edistää mielenterveyttä ja tarjoaa kriisiapua puhelimessa, chatissa ja kriisikeskuksissa.', sv: 'MIELI rf främjar psykisk hälsa och erbjuder krishjälp per telefon, i chatt och på kriscenter.', en: 'MIELI promotes mental health and offers crisis help by phone, chat and in crisis centres.' },
  },
  {
    key: 'ensijaturva', type: 'Organization', domain: 'ensijaturvakotienliitto.fi', home: '091', nationwide: true,
    names: { fi: 'Ensi- ja turvakotien liitto ry', sv: 'Förbundet för mödra- och skyddshem rf', en: 'The Federation of Mother and Child Homes and Shelters' },
    summary: { fi: 'Ensi- ja turvakotien liitto auttaa vauvaperheitä ja väkivaltaa kokeneita ja tekevää.', sv: 'Förbundet för mödra- och skyddshem hjälper babyfamiljer och personer som upplevt eller utövat våld.' },
  },
  {
    key: 'riku', type: 'Organization', domain: 'riku.fi', home: '091', nationwide: true,
    names: { fi: 'Rikosuhripäivystys', sv: 'Brottsofferjouren', en: 'Victim Support Finland' },
    alternative: { fi: 'RIKU', sv: 'RIKU', en: 'RIKU' },
    summary: { fi: 'Rikosuhripäivystys auttaa rikoksen uhreja, heidän läheisiään ja todistajia.', sv: 'Brottsofferjouren hjälper brottsoffer, deras närstående och vittnen.', en: 'Victim Support Finland helps victims of crime, their families and witnesses.' },
  },
  {
    key: 'mll', type: 'Organization', domain: 'mll.fi', home: '091', nationwide: true,
    names: { fi: 'Mannerheimin Lastensuojeluliitto ry', sv: 'Mannerheims Barnskyddsförbund rf', en: 'Mannerheim League for Child Welfare' },
    alternative: { fi: 'MLL', sv: 'MLL', en: 'MLL' },
    summary: { fi: 'Mannerheimin Lastensuojeluliitto edistää lasten, nuorten ja lapsiperheiden hyvinvointia.', sv: 'Mannerheims Barnskyddsförbund främjar välbefinnandet hos barn, unga och barnfamiljer.', en: 'MLL promotes the wellbeing of children, young people and families with children.' },
  },
  {
    key: 'kirkkohallitus', type: 'Organization', domain: 'evl.fi', home: '091', nationwide: true,
    names: { fi: 'Kirkkohallitus', sv: 'Kyrkostyrelsen', en: 'National Church Council' },
    summary: { fi: 'Kirkkohallitus hoitaa Suomen evankelis-luterilaisen kirkon yhteisiä tehtäviä, kuten kirkon keskusteluapua.', sv: 'Kyrkostyrelsen sköter gemensamma uppgifter inom Evangelisk-lutherska kyrkan i Finland.' },
  },
  {
    key: 'aklinikka', type: 'Organization', domain: 'peluuri.fi', home: '091', nationwide: true,
    names: { fi: 'A-klinikkasäätiö sr', sv: 'A-klinikstiftelsen sr', en: 'A-Clinic Foundation' },
    summary: { fi: 'A-klinikkasäätiö kehittää päihde- ja riippuvuustyötä ja ylläpitää Peluuri-palvelua.', sv: 'A-klinikstiftelsen utvecklar missbruks- och beroendearbete och upprätthåller Peluuri.' },
  },
  {
    key: 'omaishoitajaliitto', type: 'Organization', domain: 'omaishoitajat.fi', home: '091', nationwide: true,
    names: { fi: 'Omaishoitajaliitto ry', sv: 'Närståendevårdarförbundet rf', en: 'Carers Finland' },
    summary: { fi: 'Omaishoitajaliitto tukee omaishoitajia ja heidän läheisiään koko Suomessa.', sv: 'Närståendevårdarförbundet stöder närståendevårdare och deras anhöriga i hela Finland.', en: 'Carers Finland supports family carers and their loved ones across Finland.' },
  },
  {
    key: 'muistiliitto', type: 'Organization', domain: 'muistiliitto.fi', home: '091', nationwide: true,
    names: { fi: 'Muistiliitto ry', sv: 'Minnesförbundet rf', en: 'The Alzheimer Society of Finland' },
    summary: { fi: 'Muistiliitto tukee muistisairaita ja heidän läheisiään ja edistää aivoterveyttä.', sv: 'Minnesförbundet stöder personer med minnessjukdom och deras anhöriga.', en: 'The Alzheimer Society of Finland supports people with memory disorders and their families.' },
  },
  {
    key: 'karkulla', type: 'RegionalOrganization', domain: 'karkulla.fi', home: '445', nationwide: false,
    names: { fi: 'Kårkullan kuntayhtymä', sv: 'Kårkulla samkommun', en: 'Kårkulla Joint Municipal Authority' },
    summary: { fi: 'Kårkulla tuottaa ruotsinkielisiä erityishuoltopalveluja kehitysvammaisille.', sv: 'Kårkulla samkommun producerar svenskspråkig specialomsorg för personer med intellektuell funktionsnedsättning.', en: 'Kårkulla provides special care services in Swedish for people with intellectual disabilities.' },
  },
  {
    key: 'vsliitto', type: 'RegionalOrganization', domain: 'varsinais-suomi.fi', home: vsHome, nationwide: false,
    names: { fi: 'Varsinais-Suomen liitto', sv: 'Egentliga Finlands förbund', en: 'Regional Council of Southwest Finland' },
    summary: { fi: 'Varsinais-Suomen liitto on maakunnan kuntien kuntayhtymä, joka vastaa aluekehittämisestä ja maakuntakaavoituksesta.', sv: 'Egentliga Finlands förbund är landskapets samkommun för regionutveckling och landskapsplanering.' },
  },
];

/** A local association kind: Finnish name patterns, Swedish ones for Swedish-speaking areas. */
export interface AssociationKind {
  key: string;
  fi: string[];
  sv?: string[];
  /** Relative frequency when the planner creates local associations. */
  weight: number;
  /** Only in municipalities with at least this population (avoids a shelter in Kustavi). */
  minPopulation?: number;
}

export const associationKinds: AssociationKind[] = [
  { key: 'pensioners', weight: 5, fi: ['{g} Eläkeläiset ry', 'Eläkeliiton {g} yhdistys ry', '{g} Eläkkeensaajat ry', '{g} Seniorit ry'], sv: ['{k} Pensionärer r.f.', 'Pensionärsföreningen i {k} r.f.'] },
  { key: 'carers', weight: 3, fi: ['{g} seudun Omaishoitajat ry', '{g} Omaishoitajat ry'], sv: ['Närståendevårdarna i {k} r.f.'] },
  { key: 'memory', weight: 2, fi: ['{g} seudun Muistiyhdistys ry', '{g} Muistiyhdistys ry'], sv: ['Minnesföreningen i {k} r.f.'] },
  { key: 'mentalHealth', weight: 3, fi: ['{g} Mielenterveysyhdistys ry', '{g} seudun Mielenterveysseura ry'], sv: ['Föreningen för psykisk hälsa i {k} r.f.'] },
  { key: 'childWelfare', weight: 3, fi: ['Mannerheimin Lastensuojeluliiton {g} yhdistys ry'], sv: ['Mannerheims Barnskyddsförbunds lokalförening i {k} r.f.'] },
  { key: 'redCross', weight: 3, fi: ['Suomen Punaisen Ristin {g} osasto'], sv: ['Finlands Röda Kors, avdelningen i {k}'] },
  { key: 'marthas', weight: 2, fi: ['{g} Martat ry', '{g} Marttayhdistys ry'], sv: ['{k} Marthaförening r.f.'] },
  { key: 'unemployed', weight: 2, fi: ['{g} Työttömät ry', '{g} seudun Työttömät ry'], sv: ['De arbetslösa i {k} r.f.'] },
  { key: 'soberClub', weight: 2, fi: ['{g} A-kilta ry'], sv: ['A-gillet i {k} r.f.'], minPopulation: 8000 },
  { key: 'disabled', weight: 3, fi: ['{g} Invalidit ry', '{g} seudun Invalidit ry', '{g} Kehitysvammaisten Tuki ry', '{g} seudun Näkövammaiset ry'], sv: ['Handikappföreningen i {k} r.f.', 'Föreningen Steg för Steg i {k} r.f.'] },
  { key: 'multicultural', weight: 2, fi: ['{g} Monikulttuurinen yhdistys ry', '{g} Kansainvälinen kohtaamispaikka ry'], sv: ['Mångkulturella föreningen i {k} r.f.'], minPopulation: 9000 },
  { key: 'settlement', weight: 1, fi: ['{g} Setlementti ry'], sv: ['Settlementet i {k} r.f.'], minPopulation: 20000 },
  { key: 'shelter', weight: 1, fi: ['{g} Ensi- ja turvakoti ry'], minPopulation: 30000 },
  { key: 'youth', weight: 2, fi: ['{g} Nuorisoseura ry', '{g} Nuorisoyhdistys ry'], sv: ['Ungdomsföreningen i {k} r.f.'] },
  { key: 'sports', weight: 3, fi: ['{g} Liikunta ry', '{g} Urheilijat ry', '{g} Kunto ry', '{g} Voimistelijat ry'], sv: ['{k} Idrottsförening r.f.', 'Gymnastikföreningen i {k} r.f.'] },
  { key: 'heritage', weight: 2, fi: ['{g} Kotiseutuyhdistys ry', '{g} kyläyhdistys ry'], sv: ['Hembygdsföreningen i {k} r.f.'] },
  { key: 'elderlySupport', weight: 2, fi: ['{g} Vanhustentuki ry', '{g} Palvelutalosäätiö sr'], sv: ['Stiftelsen för äldreboende i {k} sr'] },
  { key: 'patients', weight: 2, fi: ['{g} Diabetesyhdistys ry', '{g} Sydänyhdistys ry', '{g} Reumayhdistys ry'], sv: ['Hjärtföreningen i {k} r.f.'] },
  { key: 'foodBank', weight: 1, fi: ['{g} Ruokapankki ry', '{g} seudun Ruoka-apu ry'], minPopulation: 7000 },
  { key: 'folkhalsan', weight: 1, fi: [], sv: ['Folkhälsan i {k} r.f.'] },
];

/** A local company kind. */
export interface CompanyKind {
  key: string;
  fi: string[];
  sv?: string[];
}

export const companyKinds: CompanyKind[] = [
  { key: 'homeHelp', fi: ['{g} Kotiapu Oy', '{g} Siivous- ja Kotipalvelu Oy', '{g} Hoiva ja Koti Oy'], sv: ['{k} Hemservice Ab'] },
  { key: 'taxi', fi: ['{g} Taksipalvelu Oy', '{g} Invataksi Oy'], sv: ['{k} Taxi Ab'] },
  { key: 'physio', fi: ['{g} Fysio Oy', '{g} Kuntoutuskeskus Oy', '{g} Liikuntakeskus Oy'], sv: ['{k} Fysioterapi Ab'] },
  { key: 'digital', fi: ['{g} Tietotupa Oy', '{g} Digiapu Oy'], sv: ['{k} Datahjälp Ab'] },
];

/** Summary sentence of a local association or company by kind; `{org}` and `{kunnassa}` / `{i_kommun}` are filled. */
export const kindAbout: Record<string, Texts> = {
  pensioners: { fi: '{org} on eläkeläisten yhdistys, joka järjestää kerhoja, retkiä ja liikuntaa {kunnassa}.', sv: '{org} är en pensionärsförening som ordnar klubbar, utfärder och motion {i_kommun}.' },
  carers: { fi: '{org} tukee omaishoitajia vertaisryhmillä, virkistyksellä ja neuvonnalla {kunnassa}.', sv: '{org} stöder närståendevårdare med kamratgrupper, rekreation och rådgivning {i_kommun}.' },
  memory: { fi: '{org} tukee muistisairaita ja heidän läheisiään {kunnassa}.', sv: '{org} stöder personer med minnessjukdom och deras anhöriga {i_kommun}.' },
  mentalHealth: { fi: '{org} edistää mielenterveyttä ja järjestää vertaistukea ja kohtaamispaikkatoimintaa {kunnassa}.', sv: '{org} främjar psykisk hälsa och ordnar kamratstöd {i_kommun}.' },
  childWelfare: { fi: '{org} on MLL:n paikallisyhdistys, joka järjestää perhekahviloita ja vapaaehtoistoimintaa {kunnassa}.', sv: '{org} ordnar familjecaféer och frivilligverksamhet {i_kommun}.' },
  redCross: { fi: '{org} järjestää ystävätoimintaa, ensiapukoulutusta ja ruoka-apua {kunnassa}.', sv: '{org} ordnar vänverksamhet, första hjälpen-utbildning och matbistånd {i_kommun}.' },
  marthas: { fi: '{org} on kotitalousneuvontaa ja yhdessä tekemistä järjestävä marttayhdistys.', sv: '{org} är en marthaförening som ordnar hushållsrådgivning och gemensam verksamhet.' },
  unemployed: { fi: '{org} tukee työttömiä ja ylläpitää kohtaamispaikkaa {kunnassa}.', sv: '{org} stöder arbetslösa och driver en mötesplats {i_kommun}.' },
  soberClub: { fi: '{org} on päihteetöntä elämää tukeva vertaisyhteisö {kunnassa}.', sv: '{org} är en kamratgemenskap som stöder ett drogfritt liv {i_kommun}.' },
  disabled: { fi: '{org} ajaa vammaisten ihmisten etuja ja järjestää vertais- ja liikuntatoimintaa.', sv: '{org} bevakar intressena för personer med funktionsnedsättning.' },
  multicultural: { fi: '{org} tukee maahanmuuttajien kotoutumista ja järjestää kielikahviloita {kunnassa}.', sv: '{org} stöder invandrares integration och ordnar språkcaféer {i_kommun}.' },
  settlement: { fi: '{org} on setlementtiyhdistys, joka järjestää nuoriso-, vapaaehtois- ja asumistyötä.', sv: '{org} är en settlementförening som ordnar ungdoms-, frivillig- och boendearbete.' },
  shelter: { fi: '{org} ylläpitää ensikotia ja turvakotia sekä avopalveluja vauvaperheille ja väkivaltaa kokeneille.', sv: '{org} driver mödrahem och skyddshem.' },
  youth: { fi: '{org} järjestää harrastustoimintaa lapsille ja nuorille {kunnassa}.', sv: '{org} ordnar hobbyverksamhet för barn och unga {i_kommun}.' },
  sports: { fi: '{org} on liikuntaseura, jossa on ryhmiä kaikenikäisille.', sv: '{org} är en idrottsförening med grupper för alla åldrar.' },
  heritage: { fi: '{org} vaalii paikallista kulttuuria ja järjestää tapahtumia {kunnassa}.', sv: '{org} värnar om den lokala kulturen och ordnar evenemang {i_kommun}.' },
  elderlySupport: { fi: '{org} tukee ikäihmisten kotona asumista ja ylläpitää palvelutaloa {kunnassa}.', sv: '{org} stöder äldres boende hemma {i_kommun}.' },
  patients: { fi: '{org} on potilasyhdistys, joka järjestää vertaistukea, luentoja ja liikuntaa.', sv: '{org} är en patientförening som ordnar kamratstöd, föreläsningar och motion.' },
  foodBank: { fi: '{org} kerää hävikkiruokaa ja jakaa ruoka-apua {kunnassa}.', sv: '{org} samlar in svinnmat och delar ut matbistånd {i_kommun}.' },
  folkhalsan: { fi: '{org} on ruotsinkielinen hyvinvointijärjestö.', sv: '{org} är en lokalförening inom Folkhälsan som ordnar verksamhet för alla åldrar {i_kommun}.' },
  homeHelp: { fi: '{org} on {kunnassa} toimiva kotipalveluyritys.', sv: '{org} är ett hemserviceföretag {i_kommun}.' },
  taxi: { fi: '{org} on {kunnassa} toimiva taksiyritys.', sv: '{org} är ett taxiföretag {i_kommun}.' },
  physio: { fi: '{org} on {kunnassa} toimiva fysioterapia- ja liikuntayritys.', sv: '{org} är ett fysioterapiföretag {i_kommun}.' },
  digital: { fi: '{org} tarjoaa tietotekniikan tukipalveluja kotitalouksille.', sv: '{org} erbjuder IT-stöd för hushåll.' },
};
