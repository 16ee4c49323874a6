/**
 * The fifth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, before the fifth round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(115, 5);

export const matchHeldOut5Cases: MatchCase[] = [
  m({
    needs:
      'sähkölasku tuli yli 600 euroa ja kolme lasta kotona, jääkaappi on tyhjä ja palkkaan on vielä kaks viikkoa',
    themes: ['social-assistance', 'food-aid'],
    municipality: '430',
    judgments: {
      'supplementary-social-assistance': 3,
      'basic-social-assistance': 3,
      'food-aid': 3,
      'diaconal-reception': 2,
      'debt-advice': 2,
      'social-guidance': 1,
      'debt-helpline': 1,
      'social-credit': 1,
    },
  }),
  m({
    needs:
      'asiakas on 45-vuotias, jäänyt työkyvyttömyyseläkkeelle selkävamman takia ja asuu yksin. Päivät kuluvat television ääressä, hän kaipaisi jotain paikkaa minne mennä ja ihmisiä joiden kanssa jutella',
    municipality: '734',
    judgments: {
      'residents-lounge': 3,
      'parish-open-house': 3,
      befriending: 2,
      'community-meal': 2,
      'diaconal-reception': 1,
      'adult-education-centre': 1,
      library: 1,
      'adapted-exercise': 1,
    },
  }),
  m({
    needs:
      'veli on alkanut puhua et naapurit kuuntelee sen asuntoa ja se kuulee ääniä seinien takaa. se lopetti lääkkeet kuukausi sitten eikä suostu lähtemään lääkäriin',
    municipality: '680',
    judgments: {
      'adult-mental-health': 3,
      'medical-helpline': 2,
      'emergency-social-services': 1,
      'crisis-helpline': 1,
      'social-guidance': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'näin eilen kun pyöräilijä jäi rekan alle risteyksessä, yritin auttaa mut se kuoli siihen. en saa unta enkä pysty ajamaan sen paikan ohi',
    municipality: '019',
    judgments: {
      'crisis-centre': 3,
      'crisis-helpline': 2,
      'church-chat': 1,
      'victim-support': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'isä on 58 ja taas juonut viikon putkeen, ei syö mitään ja kädet tärisee. mistä se pääsis katkolle?',
    municipality: '761',
    judgments: {
      detox: 3,
      'a-clinic': 3,
      'medical-helpline': 2,
      'adult-social-work': 1,
      'emergency-social-services': 1,
      'relatives-substance-group': 1,
    },
  }),
  m({
    needs:
      'asiakkaan 72-vuotias äiti syöttää koko eläkkeensä kaupan pelikoneisiin, vuokrat on rästissä ja hän lainaa rahaa lapsenlapsilta',
    municipality: '895',
    ageGroup: 'older',
    judgments: {
      'gambling-helpline': 3,
      'debt-advice': 2,
      'supplementary-social-assistance': 2,
      'housing-advice': 2,
      'senior-advice': 1,
      'public-guardianship': 1,
      'diaconal-reception': 1,
      'debt-helpline': 1,
    },
  }),
  m({
    needs:
      'vauva syntyi kuolleena toukokuussa. mies palas jo töihin mut mä en pääse aamulla sängystä ylös ja kaikki muistuttaa siitä',
    municipality: '202',
    judgments: {
      'grief-group': 3,
      'crisis-centre': 3,
      'adult-mental-health': 2,
      'diaconal-reception': 1,
      'church-chat': 1,
      'church-family-counselling': 1,
      'maternity-clinic': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'äiti soittaa mulle kymmenen kertaa päivässä eikä muista soittaneensa, ja dosetissa on lääkkeet ihan sekaisin',
    municipality: '734',
    ageGroup: 'older',
    judgments: {
      'memory-nurse': 3,
      'home-care': 3,
      'memory-guidance': 2,
      'senior-advice': 2,
      'memory-cafe': 1,
      'safety-phone': 1,
    },
  }),
  m({
    needs:
      'Asiakas on Syyriassa valmistunut lääkäri ja asunut Suomessa vuoden. Hän haluaisi töihin omalle alalleen, mutta suomen kieli on vasta alkeissa eikä hän tiedä, miten tutkinnon saa tunnustettua.',
    municipality: '202',
    language: 'ar',
    judgments: {
      'finnish-courses': 3,
      'employment-services': 3,
      'immigrant-advice': 3,
      'adult-education-centre': 1,
      'language-cafe': 1,
      'pay-subsidy': 1,
    },
  }),
  m({
    needs:
      'meidän 14-vuotias tyttö on alkanut hengailla paljon vanhempien poikien kanssa, tulee viikonloppuisin kotiin humalassa eikä kerro missä on ollut',
    municipality: '529',
    ageGroup: 'youth',
    judgments: {
      'family-counselling-clinic': 3,
      'parents-helpline': 2,
      'school-social-worker': 2,
      'youth-mental-health': 1,
      'emergency-social-services': 1,
      'a-clinic': 1,
      'sekasin-chat': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 62-vuotias, irtisanottiin tehtaalta 35 vuoden jälkeen. Ei ole koskaan hakenut töitä netissä eikä tiedä, mitä tukia hänelle kuuluu.',
    municipality: '680',
    judgments: {
      'employment-services': 3,
      'labour-market-subsidy': 2,
      'unemployed-association': 2,
      'digital-support': 2,
      'social-guidance': 1,
      library: 1,
      'pay-subsidy': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      'sain haasteen käräjille pahoinpitelystä, oli kännissä tappelu baarin edessä. ei oo varaa asianajajaan ja pelottaa et lähteekö työpaikka',
    municipality: '853',
    judgments: {
      'legal-aid': 3,
      'free-legal-advice': 2,
      'a-clinic': 1,
      'violence-intervention': 1,
    },
  }),
  m({
    needs:
      'äiti on 88, liikkuu rollaattorilla ja on kaatunut yöllä jo kahdesti. Itse hän haluaisi muuttaa palvelutaloon, mistä sinne haetaan?',
    themes: ['older-people'],
    municipality: '636',
    ageGroup: 'older',
    mobility: 'limited',
    judgments: {
      'round-the-clock-housing': 3,
      'senior-advice': 3,
      'safety-phone': 2,
      'home-care': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      'rintasyövän hoidot loppu keväällä ja kunto on ihan pohjalla. haluisin alkaa liikkua taas, mut en tiiä mikä on turvallista ja missä ois ryhmiä joissa ei tarvii olla mikään urheilija',
    municipality: '853',
    judgments: {
      'exercise-counselling': 3,
      'adapted-exercise': 3,
      'aqua-aerobics': 2,
      'walking-group': 2,
      'swimming-hall': 1,
      'adult-education-centre': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'verenpainelääkkeet loppuu huomenna eikä terveysasemalle pääse puhelimella läpi reseptin uusimista varten',
    municipality: '853',
    judgments: {
      'health-centre': 3,
      pharmacy: 2,
      'medical-helpline': 2,
      'health-point': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'min syster berättade att hennes sambo tog stryptag på henne i lördags. hon vill inte göra polisanmälan men jag är rädd för henne',
    municipality: '445',
    language: 'sv',
    judgments: {
      nollalinja: 3,
      shelter: 3,
      'victim-support': 2,
      'crime-report': 2,
      'medical-helpline': 1,
      'crisis-centre': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'min man drunknade i somras när han var ute och fiskade. jag har tre barn hemma och klarar inte av vardagen, pengarna räcker inte heller',
    municipality: '322',
    language: 'sv',
    judgments: {
      'crisis-centre': 3,
      'young-widows': 3,
      'family-home-help': 3,
      'basic-social-assistance': 2,
      'grief-group': 2,
      'crisis-helpline': 1,
      'church-chat': 1,
      'school-social-worker': 1,
      'debt-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'min fru är från Thailand och ska flytta hit till mig, hur söker hon uppehållstillstånd och var kan hon sedan lära sig språket?',
    municipality: '853',
    judgments: {
      'residence-permit': 3,
      'immigrant-advice': 3,
      'finnish-courses': 2,
      'language-cafe': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'jag tar hand om min vuxna dotter som har svår epilepsi och utvecklingsstörning. har inte haft en enda ledig dag på två år och börjar bli helt slut',
    municipality: '529',
    language: 'sv',
    judgments: {
      'respite-care': 3,
      'carer-allowance': 3,
      'disability-services': 2,
      'carer-recreation': 2,
      'personal-assistance': 2,
      'carer-peer-group': 2,
      'adult-mental-health': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'jag har förlorat större delen av synen och klarar inte längre av att handla själv eller läsa posten och räkningarna',
    municipality: '202',
    mobility: 'limited',
    judgments: {
      'disability-services': 3,
      'shopping-help': 3,
      'support-person': 2,
      'transport-service': 2,
      'personal-assistance': 2,
      'service-transport': 1,
      'assistive-devices': 1,
      'digital-support': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm 21 and I think I have an eating disorder, I make myself throw up after meals and hide it from my flatmates",
    municipality: '853',
    judgments: {
      'youth-mental-health': 3,
      'adult-mental-health': 3,
      'health-centre': 2,
      'sekasin-chat': 2,
      'nutrition-advice': 1,
      'mental-peer-support': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "my partner lost all our savings on sports betting and crypto and now we're two months behind on rent",
    themes: ['gambling', 'debt-and-money'],
    municipality: '202',
    judgments: {
      'gambling-helpline': 3,
      'housing-advice': 3,
      'debt-advice': 2,
      'supplementary-social-assistance': 2,
      'church-family-counselling': 2,
      'debt-helpline': 1,
      'gambling-peer-group': 1,
      'relatives-substance-group': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "single dad here, I start a new job in two weeks and need a daycare place for my 4-year-old fast. Also his mum hasn't paid any child support since spring",
    municipality: '734',
    judgments: {
      'early-education': 3,
      'maintenance-allowance': 3,
      'child-maintenance': 2,
      'family-home-help': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "turning 18 next month and have to move out of the children's home, I need a cheap place to live and someone to help me manage on my own",
    municipality: '680',
    ageGroup: 'youth',
    judgments: {
      'youth-housing': 3,
      'supported-housing': 3,
      ohjaamo: 2,
      'housing-advice': 2,
      'housing-allowance': 2,
      'basic-social-assistance': 1,
      'rental-housing': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'my employer has not paid my wages for two months and says my work permit will be cancelled if I complain',
    municipality: '853',
    language: 'en',
    judgments: {
      'legal-aid': 3,
      'immigrant-advice': 3,
      'free-legal-advice': 2,
      'residence-permit': 2,
      'victim-support': 1,
      'crime-report': 1,
      'basic-social-assistance': 1,
      'employment-services': 1,
    },
  }),
];
