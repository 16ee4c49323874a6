/**
 * The fourteenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the fourteenth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching on
 * them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the client's
 * municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(340, 14);

export const matchHeldOut14Cases: MatchCase[] = [
  m({
    needs:
      'mulla on yhteensä yksitoista pientä lainaa ja osamaksua, kaikki on maksettu ajallaan mut lyhennyksiin menee joka kuukausi melkein 900e. oon vakituisena lähihoitajana. pankki ei suostunu yhdistämään niitä, mitä muuta vois tehdä?',
    municipality: '577',
    judgments: {
      'guarantee-loan': 3,
      'debt-advice': 3,
      'debt-helpline': 2,
      'social-credit': 2,
      'debt-adjustment': 1,
    },
  }),
  m({
    needs:
      'Asiakas on kolmen lapsen yksinhuoltaja. Pesukone hajosi ja pyykit pestään nyt käsin, eikä uuteen ole rahaa. Ruokaakin on jäljellä vain muutamaksi päiväksi ennen lapsilisien maksupäivää.',
    municipality: '895',
    judgments: {
      'supplementary-social-assistance': 3,
      'food-aid': 3,
      'diaconal-reception': 2,
      'basic-social-assistance': 2,
      'social-credit': 1,
      'adult-social-work': 1,
    },
  }),
  m({
    needs:
      'meidän omakotitalo paloi viime yönä. kaikki selvis mut taloon ei voi palata, nyt ollaan naapurilla. vakuutusyhtiöön on soitettu. lapset (5 ja 8) ei saa nukuttua ja itekin oon ihan sekasin, mitä nyt pitäis tehä',
    municipality: '561',
    judgments: {
      'emergency-accommodation': 3,
      'crisis-centre': 3,
      'emergency-social-services': 2,
      'supplementary-social-assistance': 2,
      'crisis-helpline': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    needs:
      'Ollaan mieheni kanssa 78 ja 81 ja asutaan omakotitalossa Salon laidalla. Lumityöt ja pihahommat ei enää onnistu ja portaat on miehelle jo vaikeat. Haluttais muuttaa vuokralle keskustaan kerrostaloon jossa on hissi, mistä tässä lähtis liikkeelle?',
    municipality: '734',
    ageGroup: 'older',
    judgments: {
      'rental-housing': 3,
      'housing-advice': 2,
      'senior-advice': 2,
      'housing-allowance': 1,
      'service-transport': 1,
    },
  }),
  m({
    needs:
      'Asiakkaalla on etenevä MS-tauti ja kävely on viime kuukausina heikentynyt selvästi. Kotona tarvittaisiin rollaattori ja suihkutuoli, ja kylpyhuoneen korkea kynnys pitäisi saada pois. Puoliso on päivät töissä.',
    municipality: '202',
    mobility: 'limited',
    judgments: {
      'assistive-devices': 3,
      'disability-services': 3,
      'renovation-grant': 2,
      'personal-assistance': 1,
      'adapted-exercise': 1,
      'carer-allowance': 1,
    },
  }),
  m({
    needs:
      'oon ollu kampaajana 22 vuotta ja nyt selkä ja olkapäät ei enää kestä, lääkäri sano että alanvaihto ois järkevää. mut mitä 47-vuotias enää voi opiskella ja mistä rahat elämiseen sillä aikaa?',
    municipality: '680',
    judgments: {
      'employment-services': 3,
      'health-centre': 2,
      'labour-market-subsidy': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      '8-vuotiaalla tytöllä on joka arkiaamu vatsa kipeä ja se itkee ettei halua kouluun. viikonloppuna kaikki on ihan hyvin. opettajan mukaan koulussa ei oo tapahtunu mitään erikoista',
    municipality: '529',
    ageGroup: 'children',
    judgments: {
      'school-social-worker': 3,
      'family-counselling-clinic': 3,
      'parents-helpline': 2,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'oon 15 ja haluisin tienata kesällä omaa rahaa. mistä saa töitä ku ei oo mitään kokemusta?',
    municipality: '734',
    ageGroup: 'youth',
    judgments: {
      'summer-jobs-youth': 3,
      ohjaamo: 2,
      'youth-centre': 1,
      'youth-workshop': 1,
      'employment-services': 1,
    },
  }),
  m({
    needs:
      'Äiti on 88 ja asuu yksin rivitalossa Loimaalla. Lääkkeet on menny viime aikoina sekaisin dosetissa, ja suihkussa käynti jää väliin kun se pelkää kaatuvansa. Käyn itse kerran viikossa mut asun Tampereella.',
    municipality: '430',
    judgments: {
      'home-care': 3,
      'senior-advice': 2,
      'safety-phone': 2,
      'assistive-devices': 1,
      'memory-nurse': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 27-vuotias poika ei ole käynyt kotoa ulkona juuri lainkaan puoleen vuoteen. Opinnot jäivät kesken ja kaupassa käy äiti. Pojan mukaan ihmisten seurassa sydän alkaa hakata ja hiki tulee. Hän voisi ehkä jutella jonkun kanssa, jos ei heti tarvitse lähteä vastaanotolle.',
    municipality: '680',
    judgments: {
      'adult-mental-health': 3,
      'outreach-youth-work': 3,
      clubhouse: 2,
      'sekasin-chat': 2,
      'health-centre': 1,
      'mental-peer-support': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'lopetin tupakoinnin tammikuussa ja nyt pitäis alkaa liikkua, mut en oo urheillu kouluajan jälkeen ja polvet narisee. 51v mies. yksin ei vaan tuu lähdettyä',
    municipality: '423',
    judgments: {
      'exercise-counselling': 3,
      'walking-group': 3,
      'swimming-hall': 1,
      'aqua-aerobics': 1,
    },
  }),
  m({
    needs:
      'entinen työkaveri kirjottelee somessa musta valheita että oisin varastanu työpaikalta, ja laitto mun kuvan ja kotiosoitteen näkyville. kylillä jo katotaan pitkään. voiko tälle tehä jotain?',
    municipality: '761',
    judgments: {
      'crime-report': 3,
      'legal-aid': 2,
      'victim-support': 2,
      'free-legal-advice': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'kaaduin pyörällä ja molemmat ranteet on kipsissä kuus viikkoa. asun yksin enkä saa ees maitopurkkia auki. kuka vois käydä kaupassa ja auttaa suihkussa?',
    municipality: '853',
    judgments: {
      'home-care': 3,
      'shopping-help': 3,
      befriending: 1,
      'household-employer': 1,
      'community-meal': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 6-vuotiaalla on todettu leukemia, ja hoidot Turussa kestävät ainakin puoli vuotta. Äiti on lapsen kanssa sairaalassa, isä yrittää käydä töissä ja hoitaa kotona kahta nuorempaa. Perhe on äärirajoilla, ja rahaa kuluu myös matkoihin.',
    municipality: '918',
    judgments: {
      'family-home-help': 3,
      'carer-allowance': 2,
      'parents-helpline': 2,
      'crisis-centre': 1,
      'supplementary-social-assistance': 1,
      'adult-social-work': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 71-vuotias ja sai lapsiltaan älypuhelimen. Hän haluaisi oppia soittamaan videopuheluita Australiassa asuville lapsenlapsille ja lukemaan paikallislehteä puhelimesta, mutta ei tiedä mistä aloittaa.',
    municipality: '734',
    judgments: {
      'digital-support': 3,
      'adult-education-centre': 2,
      library: 2,
      'senior-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min bror omkom i en arbetsolycka på en byggarbetsplats för tre veckor sedan. Jag sover knappt och har inte orkat gå tillbaka till jobbet. Finns det någon jag kan prata med på svenska?',
    municipality: '202',
    language: 'sv',
    judgments: {
      'crisis-centre': 3,
      'grief-group': 3,
      'adult-mental-health': 2,
      'crisis-helpline': 2,
      'health-centre': 2,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Pappa är 83 och bor ensam i Dalsbruk. Han har gått vilse två gånger när han varit ute med hunden och glömmer att äta. Mamma dog i fjol, och vi barn bor i Helsingfors och Åbo.',
    municipality: '322',
    language: 'sv',
    judgments: {
      'memory-nurse': 3,
      'memory-guidance': 3,
      'senior-advice': 3,
      'safety-phone': 2,
      'home-care': 2,
      'memory-cafe': 1,
      'round-the-clock-housing': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'hittade en fästing på benet för en vecka sen och nu har det kommit en stor röd ring runt stället. måste jag till läkare?',
    municipality: '445',
    judgments: {
      'health-centre': 3,
      'medical-helpline': 2,
      pharmacy: 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'min pojkvän (18) blev arg i lördags, knuffade mig mot väggen och tog min telefon. nu säger han förlåt hela tiden. jag är 16 och vågar inte berätta för mina föräldrar',
    municipality: '853',
    ageGroup: 'youth',
    judgments: {
      nollalinja: 3,
      'sekasin-chat': 2,
      'school-social-worker': 2,
      'victim-support': 2,
      'youth-mental-health': 1,
      'crime-report': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Efter en ryggoperation i våras fick jag oxykodon. Nu tar jag mer än läkaren skrivit ut och har börjat köpa tabletter av en bekant. Jag vill sluta men blir sjuk av abstinensen.',
    municipality: '529',
    language: 'sv',
    judgments: {
      'a-clinic': 3,
      detox: 2,
      'health-centre': 2,
      'health-counselling-point': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm 82, British, and have lived in Kustavi with my Finnish wife for twenty years. She died in the spring and I don't speak much Finnish. The winters are getting hard for me on my own. What kind of help is there for someone like me, and who do I even ask?",
    municipality: '304',
    language: 'en',
    ageGroup: 'older',
    judgments: {
      'senior-advice': 3,
      'home-care': 2,
      'safety-phone': 2,
      interpreting: 2,
      'silver-line': 1,
      befriending: 1,
      'grief-group': 1,
      'round-the-clock-housing': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm from Estonia and started at the car factory in Uusikaupunki last month. My wife and our two kids arrive in August. What do we have to register to live here legally, and can we use the public health care?",
    municipality: '895',
    language: 'en',
    judgments: {
      'immigrant-advice': 3,
      'residence-permit': 2,
      'health-centre': 2,
      interpreting: 1,
      'finnish-courses': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I came from Nepal to pick berries on a farm near Pöytyä. The owner keeps our passports, we work 14 hours a day and he says we still owe him for the flights. I'm scared to go to the police.",
    municipality: '636',
    language: 'en',
    judgments: {
      'victim-support': 3,
      'crime-report': 2,
      'legal-aid': 2,
      'residence-permit': 1,
      'immigrant-advice': 1,
      interpreting: 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "we moved to Kaarina in March for my husband's job. I'm home all day with our 8-month-old, I don't know a single person here and I'm starting to feel really low. is there anywhere I can go with the baby to meet other parents?",
    municipality: '202',
    judgments: {
      'family-cafe': 3,
      'parents-helpline': 2,
      'child-health-clinic': 2,
      library: 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "My daughter lives in Turku and I want to move there from Leeds to be near the grandchildren. I'm 67 and retired. Since Brexit, what do I need to be allowed to stay, and will I be able to see a doctor there for my heart medication?",
    municipality: '853',
    ageGroup: 'older',
    judgments: {
      'residence-permit': 3,
      'immigrant-advice': 2,
      'health-centre': 2,
      'senior-advice': 1,
      'finnish-courses': 1,
    },
  }),
];
