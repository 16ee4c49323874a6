/**
 * The ninth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, during the eighth round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(215, 9);

export const matchHeldOut9Cases: MatchCase[] = [
  m({
    needs:
      'jääkaappi on ihan tyhjä ja palkka tulee vasta ens viikon perjantaina. kaks lasta kotona. pikavippiä en enää uskalla ottaa ku vanhatki on vielä maksamatta. mistä sais ruokaa nyt heti?',
    municipality: '430',
    judgments: {
      'food-aid': 3,
      'food-bank': 2,
      'diaconal-reception': 2,
      'diaconal-economic-advice': 2,
      'basic-social-assistance': 2,
      'debt-advice': 1,
      'debt-helpline': 1,
    },
  }),
  m({
    needs:
      'oon 19 ja aloitan syksyllä kokkikoulun. kotona ei voi enää asua, isäpuolen kaa ei toimi yhtään. miten saa ekan oman kämpän ku ei oo säästöjä eikä mitään vuokrahistoriaa?',
    municipality: '680',
    ageGroup: 'youth',
    judgments: {
      'youth-housing': 3,
      ohjaamo: 2,
      'housing-allowance': 2,
      'housing-advice': 2,
      'rental-housing': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    needs:
      'Isä on 83 ja asuu yksin. Syksyn aikana laskuja on jäänyt maksamatta, kerran sähköt oli jo katkaisemassa ja postit on pinossa avaamatta. Muistia ei ole tutkittu. Me lapset haluttaisiin hoitaa hänen raha-asiat, mutta miten se tehdään niin että se on laillista?',
    municipality: '503',
    ageGroup: 'older',
    judgments: {
      'public-guardianship': 3,
      'memory-guidance': 2,
      'memory-nurse': 2,
      'senior-advice': 2,
      'legal-aid': 2,
      'home-care': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 68-vuotias yksin asuva nainen, jonka näkö on heikentynyt nopeasti silmänpohjan ikärappeuman takia. Hän ei pysty enää lukemaan kirjeitään eikä käyttämään verkkopankkia, ja autolla ajaminen jäi kesällä. Kauppaan ja lääkäriin pääsy on nyt hankalaa. Lukeminen oli hänen suurin ilonsa ja sitä hän kaipaa eniten.',
    municipality: '734',
    mobility: 'limited',
    judgments: {
      'disability-services': 3,
      'transport-service': 2,
      'digital-support': 2,
      library: 2,
      ebooks: 2,
      'senior-advice': 1,
      'shopping-help': 1,
      'assistive-devices': 1,
    },
  }),
  m({
    needs:
      'mulle tulee paniikkikohtauksia koulubussissa, sydän hakkaa ja tuntuu et kuolen. nyt en oo uskaltanu mennä kouluun melkein kahteen viikkoon ja äiti luulee et mä vaan lintsaan. oon 16',
    municipality: '481',
    ageGroup: 'youth',
    judgments: {
      'youth-mental-health': 3,
      'school-social-worker': 2,
      'sekasin-chat': 2,
      'health-centre': 1,
      'family-counselling-clinic': 1,
    },
  }),
  m({
    needs:
      'Poika on 18 ja polttaa kannabista lähes päivittäin. Hän käy töissä, mutta kaikki rahat menee siihen ja kotona riidellään joka ilta. Itse hän sanoo ettei siinä ole mitään ongelmaa. Mistä me vanhemmat saadaan apua ja miten hänet saisi edes juttelemaan jonkun kanssa?',
    municipality: '529',
    judgments: {
      'a-clinic': 3,
      'relatives-substance-group': 3,
      'youth-mental-health': 2,
      'parents-helpline': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 80-vuotias nainen. Aikuinen lapsenlapsi muutti hänen luokseen puoli vuotta sitten, käyttää hänen pankkikorttiaan ja huutaa hänelle, jos hän yrittää kieltää. Asiakas pelkää, mutta ei halua viedä asiaa poliisille, koska kyse on omasta pojanpojasta. Mitä vaihtoehtoja hänellä on?',
    municipality: '636',
    ageGroup: 'older',
    judgments: {
      nollalinja: 3,
      'senior-advice': 2,
      'victim-support': 2,
      'social-guidance': 2,
      'crime-report': 1,
      'public-guardianship': 1,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      'ex ei hyväksy et erottiin. se odottaa mua töiden jälkeen parkkiksella, laittaa kymmeniä viestejä päivässä ja eilen soitti mun äidille. en uskalla enää käydä kaupassa yksin. saako tähän jonkun lähestymiskiellon?',
    municipality: '400',
    judgments: {
      'victim-support': 3,
      'crime-report': 2,
      nollalinja: 2,
      'legal-aid': 1,
      'crisis-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakas on tullut Ukrainasta runsas vuosi sitten ja hänellä on tilapäinen suojelu. Hän on koulutukseltaan kirjanpitäjä ja haluaisi päästä töihin, mutta suomen kieli on vasta alkeissa. Asiakkaalla on kaksi kouluikäistä lasta.',
    municipality: '734',
    language: 'uk',
    judgments: {
      'employment-services': 3,
      'finnish-courses': 3,
      'immigrant-advice': 2,
      'language-cafe': 2,
      'adult-education-centre': 1,
      'residence-permit': 1,
    },
  }),
  m({
    needs:
      'vuokranantaja pitää koko 1200e vakuuden vaikka muutin pois ja kämppä oli siisti, väittää et lattia on pilalla. mistä saa apua ilman et pitää maksaa juristille?',
    municipality: '853',
    judgments: {
      'free-legal-advice': 3,
      'legal-aid': 2,
      'consumer-advice': 2,
      'housing-advice': 2,
    },
  }),
  m({
    needs:
      'oon 14 ja äiti on ollu masentunu koko syksyn, makaa vaan sängyssä. mä vien pikkusiskon (5v) tarhaan, käyn kaupassa ja teen ruuat. isä ei asu meillä. en haluu et meidät viedään pois mut en mä enää jaksa',
    municipality: '738',
    ageGroup: 'youth',
    judgments: {
      'family-home-help': 3,
      'school-social-worker': 2,
      'sekasin-chat': 2,
      'social-guidance': 2,
      'adult-mental-health': 1,
      'youth-mental-health': 1,
      'emergency-social-services': 1,
    },
  }),
  m({
    needs:
      '3-vuotiaalla ollu kuumetta jo neljä päivää ja nyt se itkee korvaa. kello on yhdeksän illalla, pitääkö lähteä päivystykseen vai voiko ootella aamuun?',
    municipality: '202',
    judgments: {
      'medical-helpline': 3,
      'health-centre': 2,
      pharmacy: 1,
      'child-health-clinic': 1,
    },
  }),
  m({
    needs:
      'lääkäri sano et painoa pitäis pudottaa ja liikkua enemmän. en vaan kehtaa mennä salille muiden eteen ku painan 130 kiloa, olis kiva jos joku auttais alkuun',
    municipality: '423',
    judgments: {
      'exercise-counselling': 3,
      'nutrition-advice': 2,
      'adapted-exercise': 1,
      'aqua-aerobics': 1,
      'walking-group': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 56-vuotias mies, joka irtisanottiin tehtaalta 25 työvuoden jälkeen. Hän ei ole koskaan hakenut töitä verkossa eikä tiedä, kannattaako tässä iässä enää kouluttautua. Ansiosidonnainen päiväraha loppuu keväällä ja asuntolainaa on vielä jäljellä.',
    municipality: '761',
    judgments: {
      'employment-services': 3,
      'labour-market-subsidy': 2,
      'debt-advice': 1,
      'digital-support': 1,
      'adult-education-centre': 1,
      'unemployed-association': 1,
      'housing-allowance': 1,
    },
  }),
  m({
    needs:
      'mun paras kaveri teki itsemurhan viime viikolla. en saa nukuttua, näen sen koko ajan mielessä ja syytän itteäni etten huomannu mitään. oon 23',
    municipality: '577',
    judgments: {
      'crisis-centre': 3,
      'crisis-helpline': 2,
      'adult-mental-health': 2,
      'sekasin-chat': 2,
      'grief-group': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min fru flyttade till ett boende i höstas när hon inte längre kände igen mig. Nu sitter jag ensam i huset om kvällarna och pratar inte med någon på flera dagar. Jag är 81.',
    municipality: '322',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'silver-line': 3,
      befriending: 2,
      'senior-advice': 2,
      'church-chat': 2,
      'diaconal-reception': 1,
      'pensioners-clubs': 1,
      'memory-guidance': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'pensionen räcker inte längre till både hyran och mina mediciner, i slutet av månaden måste jag välja vad jag köper ut på apoteket',
    municipality: '445',
    ageGroup: 'older',
    judgments: {
      'basic-social-assistance': 3,
      'supplementary-social-assistance': 2,
      'diaconal-reception': 2,
      'senior-advice': 2,
      'housing-allowance': 1,
      'debt-advice': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Mitt ex flyttade med barnen till sin nya sambo och nu får jag träffa dem bara när hon har lust. Vi har inget skriftligt avtal. Hur får jag ett ordentligt umgänge ordnat utan att det blir rättegång?',
    municipality: '202',
    judgments: {
      'family-mediation': 3,
      'child-maintenance': 3,
      'legal-aid': 1,
      'men-meeting-place': 1,
      'church-family-counselling': 1,
      'divorce-group': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min man dog plötsligt i mars, han var bara 54. Jag klarar mig på jobbet men hemma är det tomt och tyst. Finns det något på svenska där man kan träffa andra i samma situation?',
    municipality: '853',
    language: 'sv',
    judgments: {
      'grief-group': 3,
      'young-widows': 3,
      'diaconal-reception': 2,
      'crisis-centre': 1,
      'church-chat': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vår son går i trean och fick nyss diagnosen ADHD. Skolan ringer nästan varje dag om att han har slagits eller sprungit ut från lektionen, och hemma är kvällarna ett enda kaos. Vi vet inte hur vi ska orka.',
    municipality: '680',
    ageGroup: 'children',
    judgments: {
      'family-counselling-clinic': 3,
      'school-social-worker': 2,
      'parents-helpline': 2,
      'family-home-help': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'I am an international master’s student. My part-time job at a restaurant ended and I have 40 euros left until my parents can send money in three weeks. Where can I get food?',
    municipality: '853',
    judgments: {
      'food-bank': 3,
      'food-aid': 3,
      'community-meal': 2,
      'diaconal-economic-advice': 2,
      'diaconal-reception': 1,
      'basic-social-assistance': 1,
      'employment-services': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My husband got a job at the shipyard, so we moved here from India in August. I am a civil engineer with ten years of experience, but I cannot find anything without Finnish. Where do I start?',
    municipality: '680',
    language: 'en',
    judgments: {
      'employment-services': 3,
      'finnish-courses': 2,
      'immigrant-advice': 2,
      'language-cafe': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'just found out my 15 year old daughter has been cutting her arms. she won’t talk to me about it. we only moved to Finland last year and I don’t know how anything works here',
    municipality: '895',
    ageGroup: 'youth',
    judgments: {
      'youth-mental-health': 3,
      'school-social-worker': 2,
      'parents-helpline': 2,
      'sekasin-chat': 2,
      'family-counselling-clinic': 1,
      'medical-helpline': 1,
      'immigrant-advice': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'I am 79 and came home from heart surgery yesterday. I am not allowed to carry shopping or vacuum for six weeks, and my daughter lives in England. Can someone come and help me?',
    municipality: '529',
    language: 'en',
    ageGroup: 'older',
    mobility: 'limited',
    judgments: {
      'home-care': 3,
      'shopping-help': 3,
      'senior-advice': 2,
      'safety-phone': 1,
      'household-employer': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My PhD funding ends in June and my residence permit runs out in August. I would like to stay in Finland and look for a job. What are my options?',
    municipality: '853',
    judgments: {
      'residence-permit': 3,
      'immigrant-advice': 3,
      'employment-services': 2,
      'labour-market-subsidy': 1,
      'legal-aid': 1,
    },
  }),
];
