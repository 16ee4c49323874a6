/** Templates: family and parenting, relationships and separation. */
import type { ServiceTemplate } from './types.ts';

export const familyTemplates: ServiceTemplate[] = [
  {
    key: 'family/family-cafe',
    theme: 'family-and-parenting',
    sector: 'association',
    kinds: ['childWelfare'],
    group: true,
    weight: 3,
    names: [
      { fi: 'Perhekahvila', sv: 'Familjecafé', en: 'Family café' },
      { fi: 'Vauvakahvila', sv: 'Babycafé', en: 'Baby café' },
      { fi: 'Isä–lapsi-kerho', sv: 'Pappa–barn-klubb' },
    ],
    summary: {
      fi: 'Avoin kohtaamispaikka vauva- ja lapsiperheille. Tule leikkimään, juomaan kahvia ja tapaamaan muita vanhempia.',
      sv: 'En öppen mötesplats för barnfamiljer. Kom och lek, drick kaffe och träffa andra föräldrar.',
      en: 'An open meeting place for families with babies and young children. Come to play, have coffee and meet other parents.',
    },
    description: {
      fi: 'Perhekahvila on avoinna {paikassa} {päivä} {aika}. Kahvilassa lapset leikkivät ja aikuiset saavat vertaistukea toisiltaan. Vapaaehtoiset vanhemmat järjestävät välillä teemakertoja, kuten vauvahierontaa, laululeikkejä ja vierailijoita.\nKahvilaan voi tulla ilman ilmoittautumista. Kahvi ja välipala maksavat 1 euron.',
      sv: 'Familjecaféet är öppet {på_plats} {dag} {tid}. Barnen leker och de vuxna får kamratstöd av varandra. Ingen anmälan behövs.',
      en: 'The family café is open {at_place} {day} {time}. Children play and adults get peer support from each other. No registration needed.',
    },
    channels: [
      { kind: 'location', place: 'parishCentre', p: 0.4 },
      { kind: 'location', place: 'familyCentre', p: 0.4 },
      { kind: 'location', place: 'associationOffice', p: 0.2 },
    ],
  },
  {
    key: 'family/parish-family-club',
    theme: 'family-and-parenting',
    sector: 'parish',
    group: true,
    weight: 2,
    names: [
      { fi: 'Perhekerho', sv: 'Familjeklubben', en: 'Family club' },
      { fi: 'Muskari ja perhekerho', sv: 'Musiklek och familjeklubb' },
    ],
    summary: {
      fi: 'Seurakunnan perhekerhossa lapset ja aikuiset laulavat, leikkivät ja askartelevat yhdessä.',
      sv: 'I församlingens familjeklubb sjunger, leker och pysslar barn och vuxna tillsammans.',
      en: 'In the parish family club children and adults sing, play and do crafts together.',
    },
    description: {
      fi: 'Perhekerho kokoontuu {paikassa} {päivä} {aika}. Kerhoon ovat tervetulleita kaikenikäiset lapset yhdessä vanhemman, isovanhemman tai hoitajan kanssa.\nKerhossa on vapaata leikkiä, laulu- ja lorutuokio, hartaushetki ja kahvit. Kerho on maksuton.',
      sv: 'Familjeklubben träffas {på_plats} {dag} {tid}. Barn i alla åldrar är välkomna tillsammans med en vuxen. Klubben är avgiftsfri.',
    },
    channels: [{ kind: 'location', place: 'parishCentre' }],
  },
  {
    key: 'family/home-help',
    theme: 'family-and-parenting',
    sector: 'county',
    unit: 'families',
    weight: 2,
    names: [
      {
        fi: 'Lapsiperheiden kotipalvelu',
        sv: 'Hemservice för barnfamiljer',
        en: 'Home help for families with children',
      },
    ],
    summary: {
      fi: 'Käytännön apua kotiin, kun perheen voimavarat eivät riitä esimerkiksi uupumuksen, sairauden tai vauvan syntymän vuoksi.',
      sv: 'Praktisk hjälp hemma när familjens krafter inte räcker till.',
      en: "Practical help at home when a family's own resources are not enough, for example due to exhaustion, illness or a new baby.",
    },
    description: {
      fi: 'Kotipalvelun työntekijä auttaa lastenhoidossa ja arjen askareissa, kuten ruoanlaitossa ja siivouksessa, ja tukee vanhempia arjen rytmittämisessä. Palvelu on lyhytaikaista ja tavoitteellista.\nVoit hakea palvelua soittamalla perhepalvelujen neuvontaan tai sähköisellä hakemuksella. Tarve arvioidaan yhdessä perheen kanssa.',
      sv: 'Hemservicen hjälper med barnskötsel och hushållssysslor och stöder föräldrarna i vardagen. Tjänsten är kortvarig och målinriktad.',
      en: 'A home help worker helps with childcare and chores such as cooking and cleaning, and supports parents in structuring daily life.',
    },
    charge: 'Chargeable',
    chargeInfo: {
      fi: 'Palvelusta peritään asiakasmaksu tulojen mukaan. Ennaltaehkäisevä kotipalvelu voi olla maksutonta.',
    },
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Perhepalvelujen neuvonta',
          sv: 'Familjetjänsternas rådgivning',
          en: 'Family services advice',
        },
      },
      {
        kind: 'echannel',
        p: 0.5,
        name: {
          fi: 'Lapsiperheiden kotipalvelun hakemus',
          sv: 'Ansökan om hemservice för barnfamiljer',
        },
      },
    ],
  },
  {
    key: 'family/family-counselling',
    theme: 'family-and-parenting',
    sector: 'county',
    unit: 'families',
    names: [
      {
        fi: 'Kasvatus- ja perheneuvonta',
        sv: 'Uppfostrings- och familjerådgivning',
        en: 'Family counselling clinic',
      },
      { fi: 'Perheneuvola', sv: 'Familjerådgivningen' },
    ],
    summary: {
      fi: 'Tukea lapsen kasvuun ja kehitykseen sekä perheen vuorovaikutukseen liittyvissä huolissa.',
      sv: 'Stöd vid oro för barnets uppväxt och utveckling och för samspelet i familjen.',
      en: "Support with concerns about a child's growth and development and family relationships.",
    },
    description: {
      fi: 'Perheneuvolan psykologit ja sosiaalityöntekijät auttavat, kun olet huolissasi lapsesi tunne-elämästä, käyttäytymisestä tai kehityksestä tai kun perheen arjessa on ristiriitoja.\nPerheneuvolaan voi ottaa yhteyttä ilman lähetettä. Palvelu on maksutonta ja luottamuksellista.',
      sv: 'Familjerådgivningens psykologer och socialarbetare hjälper när du är orolig för ditt barns känsloliv, beteende eller utveckling. Ingen remiss behövs.',
    },
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Perheneuvolan ajanvaraus', sv: 'Familjerådgivningens tidsbokning' },
      },
      { kind: 'location', place: 'familyCentre', p: 0.7 },
    ],
  },
  {
    key: 'family/parent-line',
    theme: 'family-and-parenting',
    sector: 'national',
    provider: 'mll',
    nationwide: true,
    names: [{ fi: 'Vanhempainpuhelin', sv: 'Föräldratelefonen', en: 'Parents helpline' }],
    summary: {
      fi: 'Maksuton ja nimetön puhelin ja chat vanhemmille, isovanhemmille ja muille lapsen arjessa mukana oleville.',
      sv: 'Avgiftsfri och anonym telefon för föräldrar och andra vuxna i barnets vardag.',
      en: 'A free and anonymous phone and chat for parents, grandparents and other adults in a child’s life.',
    },
    description: {
      fi: 'Vanhempainpuhelimessa voit puhua vanhemmuuden iloista ja huolista koulutetun vapaaehtoisen kanssa. Aiheena voi olla esimerkiksi lapsen uhmaikä, murrosikä, eroperheen arki tai oma jaksaminen.\nPuhelu on maksuton, eikä soittajan numeroa näy.',
      sv: 'I Föräldratelefonen kan du prata om föräldraskapets glädjeämnen och bekymmer med en utbildad frivillig.',
    },
    channels: [
      { kind: 'phone', line: 'parentLine' },
      { kind: 'echannel', p: 0.5, name: { fi: 'Vanhempainnetti', sv: 'Föräldranätet' } },
    ],
  },
  {
    key: 'family/mother-child-home',
    theme: 'family-and-parenting',
    sector: 'association',
    kinds: ['shelter'],
    names: [
      { fi: 'Ensikoti', sv: 'Mödrahem', en: 'Mother and child home' },
      { fi: 'Vauvaperheiden avopalvelut', sv: 'Öppenvård för babyfamiljer' },
    ],
    summary: {
      fi: 'Ensikoti tukee vauvaperheitä, joiden arki on kuormittunut, ja auttaa vanhempia hoitamaan vauvaa turvallisesti.',
      sv: 'Mödrahemmet stöder babyfamiljer vars vardag är belastad.',
      en: 'The mother and child home supports families with babies whose everyday life is under strain.',
    },
    description: {
      fi: 'Ensikodissa perhe voi asua ja saada ympärivuorokautista tukea vauvan hoitoon ja vanhemmuuteen. Avopalveluissa työntekijä tapaa perhettä kotona tai toimistolla.\nEnsikotiin ohjaudutaan yleensä lastensuojelun kautta, mutta avopalveluihin voi ottaa yhteyttä itse jo raskausaikana.',
    },
    industrialClasses: ['87902'],
    channels: [{ kind: 'phone', name: { fi: 'Ensikodin puhelin', sv: 'Mödrahemmets telefon' } }],
  },
  {
    key: 'family/open-playgroup',
    theme: 'family-and-parenting',
    sector: 'municipality',
    unit: 'education',
    group: true,
    names: [
      { fi: 'Avoin päiväkoti', sv: 'Öppet daghem', en: 'Open playgroup' },
      { fi: 'Leikkipuistotoiminta', sv: 'Lekparksverksamhet' },
    ],
    summary: {
      fi: 'Maksutonta leikki- ja kerhotoimintaa kotona oleville lapsille yhdessä aikuisen kanssa.',
      sv: 'Avgiftsfri lek- och klubbverksamhet för barn som är hemma, tillsammans med en vuxen.',
      en: 'Free play and club activities for children cared for at home, together with an adult.',
    },
    description: {
      fi: 'Avoin päiväkoti on avoinna {päivä} {aika}. Varhaiskasvatuksen opettaja ohjaa leikkejä, lauluja ja askartelua. Lapsi on paikalla aina yhdessä oman aikuisen kanssa.\nToiminta on maksutonta eikä vaadi ilmoittautumista.',
      sv: 'Det öppna daghemmet är öppet {dag} {tid}. Barnet deltar alltid tillsammans med en egen vuxen.',
    },
    serviceClasses: ['P3.4', 'P3.6'],
    channels: [{ kind: 'location', place: 'familyCentre' }],
  },
  {
    key: 'relationships/family-counselling-centre',
    theme: 'relationships-and-breakup',
    sector: 'parish',
    weight: 2,
    names: [
      {
        fi: 'Perheasiain neuvottelukeskus',
        sv: 'Familjerådgivningscentralen',
        en: 'Church family counselling centre',
      },
      {
        fi: 'Kirkon perheneuvonta',
        sv: 'Kyrkans familjerådgivning',
        en: 'Church family counselling',
      },
    ],
    summary: {
      fi: 'Keskusteluapua parisuhteen ja perheen kriiseihin, erotilanteisiin ja vuorovaikutuksen ongelmiin.',
      sv: 'Samtalshjälp vid kriser i parförhållandet och familjen samt vid skilsmässa.',
      en: 'Counselling for relationship and family crises, separations and communication problems.',
    },
    description: {
      fi: 'Perheneuvojat ovat sosiaali- ja terveysalan ammattilaisia, joilla on perheterapeutin koulutus. Neuvottelukeskukseen voit tulla yksin, puolisosi kanssa tai koko perheenä.\nKäynnit ovat maksuttomia ja luottamuksellisia, eikä palvelu edellytä kirkkoon kuulumista. Aika varataan puhelimitse.',
      sv: 'Familjerådgivarna är yrkespersoner med familjeterapeututbildning. Du kan komma ensam, med din partner eller med hela familjen. Besöken är avgiftsfria och konfidentiella.',
      en: 'Family counsellors are professionals trained in family therapy. You can come alone, with your partner or as a family. Sessions are free and confidential.',
    },
    lifeEvents: ['KE7'],
    channels: [
      {
        kind: 'phone',
        name: {
          fi: 'Perheneuvonnan ajanvaraus',
          sv: 'Familjerådgivningens tidsbokning',
          en: 'Family counselling appointments',
        },
      },
      { kind: 'location', place: 'parishCentre', p: 0.5 },
    ],
  },
  {
    key: 'relationships/mediation',
    theme: 'relationships-and-breakup',
    sector: 'county',
    unit: 'families',
    names: [
      { fi: 'Perheasioiden sovittelu', sv: 'Medling i familjeärenden', en: 'Family mediation' },
      {
        fi: 'Lastenvalvojan palvelut',
        sv: 'Barnatillsyningsmannens tjänster',
        en: 'Child welfare supervisor services',
      },
    ],
    summary: {
      fi: 'Apua eron jälkeisiin sopimuksiin: lapsen huolto, asuminen, tapaamiset ja elatusapu.',
      sv: 'Hjälp med avtal efter skilsmässan: vårdnad, boende, umgänge och underhållsbidrag.',
      en: "Help with post-separation agreements on custody, the child's residence, visits and maintenance.",
    },
    description: {
      fi: 'Lastenvalvoja vahvistaa vanhempien sopimukset lapsen huollosta, asumisesta, tapaamisoikeudesta ja elatusavusta. Jos sopiminen on vaikeaa, perheasioiden sovittelija auttaa vanhempia löytämään ratkaisun lapsen edun mukaisesti.\nPalvelut ovat maksuttomia. Aika varataan puhelimitse tai verkossa.',
      sv: 'Barnatillsyningsmannen fastställer föräldrarnas avtal om vårdnad, boende, umgänge och underhåll. Medlaren hjälper när det är svårt att komma överens.',
    },
    serviceClasses: ['P3.5', 'P3.9'],
    lifeEvents: ['KE7'],
    channels: [
      {
        kind: 'phone',
        name: { fi: 'Lastenvalvojien puhelinaika', sv: 'Barnatillsyningsmännens telefontid' },
      },
      {
        kind: 'echannel',
        p: 0.5,
        name: {
          fi: 'Lastenvalvojan ajanvaraus verkossa',
          sv: 'Tidsbokning till barnatillsyningsmannen',
        },
      },
    ],
  },
  {
    key: 'relationships/divorce-group',
    theme: 'relationships-and-breakup',
    sector: 'association',
    kinds: ['childWelfare', 'settlement', 'shelter'],
    group: true,
    names: [
      { fi: 'Eroryhmä', sv: 'Skilsmässogrupp', en: 'Divorce support group' },
      { fi: 'Erosta eteenpäin -ryhmä', sv: 'Gruppen Vidare efter skilsmässan' },
    ],
    summary: {
      fi: 'Vertaisryhmä eron kokeneille. Ryhmässä käsitellään eron herättämiä tunteita ja uuden arjen rakentamista.',
      sv: 'Kamratgrupp för den som gått igenom en skilsmässa.',
    },
    description: {
      fi: 'Ryhmä kokoontuu {paikassa} kahdeksan kertaa {päivä} {aika}. Ryhmä on tarkoitettu sinulle, jonka ero on ajankohtainen tai tapahtunut viimeisen parin vuoden aikana.\nRyhmää ohjaavat koulutetut vertaisohjaajat. Ilmoittautuminen puhelimitse tai sähköpostilla.',
      sv: 'Gruppen träffas {på_plats} åtta gånger {dag} {tid}.',
    },
    lifeEvents: ['KE7'],
    channels: [{ kind: 'location', place: 'associationOffice' }],
  },
];
