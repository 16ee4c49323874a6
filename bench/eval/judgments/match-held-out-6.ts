/**
 * The sixth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, before the sixth round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(140, 6);

export const matchHeldOut6Cases: MatchCase[] = [
  m({
    needs:
      'tilasin netistä juoksumaton osamaksulla, se hajos parissa viikossa eikä kauppa vastaa viesteihin. nyt perintätoimisto karhuaa loppuja eriä ja uhkaa maksuhäiriömerkinnällä',
    municipality: '423',
    judgments: {
      'consumer-advice': 3,
      'debt-advice': 2,
      'debt-helpline': 2,
      'legal-aid': 1,
      'free-legal-advice': 1,
      'enforcement-info': 1,
    },
  }),
  m({
    needs:
      'faija on 84 eikä päästä kotihoitoa sisään, vaikka kämppä on ihan kaaoksessa, jääkaapissa homeista ruokaa ja postit avaamatta pöydällä. me asutaan Oulussa niin ei pystytä käymään usein',
    municipality: '529',
    ageGroup: 'older',
    judgments: {
      'senior-advice': 3,
      'social-guidance': 2,
      'home-care': 2,
      'memory-guidance': 1,
      'memory-nurse': 1,
      'public-guardianship': 1,
    },
  }),
  m({
    needs:
      'äidin omaishoidon tuki evättiin, kun hoidon tarve ei kuulemma oo tarpeeks suuri. hoidan häntä joka päivä ja yölläkin, miten tähän päätökseen haetaan muutosta?',
    municipality: '577',
    judgments: {
      'social-ombudsman': 3,
      'carer-allowance': 3,
      'legal-aid': 2,
      'free-legal-advice': 1,
      'social-guidance': 1,
      'respite-care': 1,
      'senior-advice': 1,
    },
  }),
  m({
    needs:
      'oon syöny rauhottavia melkein vuoden ja nyt lääkäri ei enää uusi reseptiä, niitä on saanu kaverilta. pelottaa lopettaa kerralla kun viimeks tuli kouristuksia',
    municipality: '202',
    judgments: {
      'a-clinic': 3,
      detox: 3,
      'medical-helpline': 2,
      'health-centre': 2,
      'adult-mental-health': 1,
      'health-counselling-point': 1,
    },
  }),
  m({
    needs: 'mistä täällä kaarinassa saa ruokakassin, kuulin et joku jakaa niitä keskiviikkosin',
    municipality: '202',
    judgments: {
      'food-aid': 3,
      'food-bank': 3,
      'diaconal-economic-advice': 1,
      'diaconal-reception': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    needs:
      'Asiakas on venäjänkielinen ja asunut Suomessa yli 20 vuotta, mutta suomen lukeminen on edelleen vaikeaa. Kelan ja verottajan kirjeet jäävät ymmärtämättä ja eräpäivät menevät ohi.',
    municipality: '680',
    language: 'ru',
    judgments: {
      'immigrant-advice': 3,
      'finnish-courses': 2,
      'support-person': 2,
      interpreting: 1,
      'social-guidance': 1,
      'debt-advice': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      "Asiakas on 68-vuotias mies, jonka vaimo kuoli pari vuotta sitten. Päivät venyvät pitkiksi, mutta eläkeläiskerhot ovat hänen mukaansa 'mummojen juttuja'. Hän kaipaisi miesten porukkaa ja jotain tekemistä käsillä, esimerkiksi puutöitä.",
    municipality: '853',
    ageGroup: 'older',
    judgments: {
      'men-meeting-place': 3,
      'adult-education-centre': 2,
      'service-centre': 1,
      'pensioners-clubs': 1,
      'residents-lounge': 1,
      befriending: 1,
      'grief-group': 1,
    },
  }),
  m({
    needs:
      '16-vuotias poika on alkanu lyödä mua kun en anna sille rahaa, eilen se potki oven rikki. en uskalla kertoo kellekään, sen isä ei oo kuvioissa',
    municipality: '529',
    judgments: {
      nollalinja: 3,
      'family-counselling-clinic': 3,
      'emergency-social-services': 2,
      'youth-mental-health': 2,
      'parents-helpline': 2,
      shelter: 1,
      'victim-support': 1,
      'violence-intervention': 1,
    },
  }),
  m({
    needs:
      'erottiin keväällä ja jäin kahden lapsen kanssa asuntoon, jonka vuokraa en yksin pysty maksamaan. pitäis löytää halvempi kämppä täältä Salosta ja selvittää saanko jotain tukea',
    municipality: '734',
    judgments: {
      'rental-housing': 3,
      'housing-allowance': 3,
      'housing-advice': 2,
      'basic-social-assistance': 1,
      'child-maintenance': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    needs: 'mistä saa ilmasen kausirokotteen kun täytin just 65',
    municipality: '853',
    judgments: {
      'flu-vaccination': 3,
      'health-centre': 2,
      'health-point': 1,
      pharmacy: 1,
    },
  }),
  m({
    needs:
      'veli teki itsarin kuukausi sitten. äiti syyttää siitä itteään eikä puhu kenellekään, mä en tiiä miten sitä vois auttaa, ja ite en oo nukkunu kunnolla sen jälkeen',
    municipality: '430',
    judgments: {
      'crisis-centre': 3,
      'grief-group': 3,
      'crisis-helpline': 2,
      'diaconal-reception': 2,
      'church-chat': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'Asiakkaalla on nivelreuma, eikä hän pysty enää raskaaseen varastotyöhön. Hän haluaisi kevyempää työtä vaikka osa-aikaisena, mutta hakemuksiin ei ole tullut vastauksia.',
    themes: ['work-and-activity'],
    municipality: '761',
    judgments: {
      'employment-services': 3,
      'pay-subsidy': 2,
      'labour-market-subsidy': 1,
      'adult-social-work': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      'lukio jäi kesken kaks vuotta sitten ja siitä asti oon ollu kaupan kassalla osa-aikasena. haluisin opiskella jonkun ammatin mut en tiiä mistä alottaa ja tuntuu et oon jo liian vanha, oon 23',
    municipality: '734',
    ageGroup: 'youth',
    judgments: {
      ohjaamo: 3,
      'outreach-youth-work': 2,
      'employment-services': 2,
      'youth-workshop': 1,
    },
  }),
  m({
    needs:
      'vaimo loukkas selkänsä kolarissa ja kotiutuu kuntoutuksesta kuukauden päästä pyörätuolissa. kylpyhuone ja ulko-ovi pitäis muuttaa esteettömäks ja autoon tarvitaan invapysäköintilupa, mistä näitä haetaan',
    municipality: '503',
    mobility: 'limited',
    judgments: {
      'disability-services': 3,
      'renovation-grant': 3,
      'parking-permit-disabled': 3,
      'assistive-devices': 2,
      'transport-service': 1,
      'personal-assistance': 1,
      'carer-allowance': 1,
      'home-care': 1,
    },
  }),
  m({
    needs:
      'epäilen et mulla on ADHD. en oo ikinä saanu mitään valmiiks, laskut unohtuu ja nyt on tullu jo perintäkirjeitä. mistä aikuinen pääsee tutkimuksiin?',
    municipality: '895',
    judgments: {
      'adult-mental-health': 3,
      'health-centre': 3,
      'debt-advice': 2,
      'debt-helpline': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'pappa blev lurad i telefon av någon som låtsades vara från banken, 6000 euro är borta från kontot och han skäms så mycket att han knappt vill prata om det',
    municipality: '853',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'crisis-centre': 1,
      'senior-advice': 1,
      'digital-support': 1,
      'diaconal-reception': 1,
      'consumer-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'min man är helt utbränd och har varit sjukskriven sedan mars. vi har tre små barn och en gård, jag orkar inte sköta allt ensam längre',
    municipality: '322',
    language: 'sv',
    judgments: {
      'family-home-help': 3,
      'adult-mental-health': 2,
      'social-guidance': 2,
      'crisis-helpline': 1,
      'church-chat': 1,
      'parents-helpline': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'jag är 19 och dricker varje helg tills jag däckar. kompisarna säger att alla gör så men jag minns inte hur jag kommit hem och det skrämmer mig',
    municipality: '202',
    ageGroup: 'youth',
    judgments: {
      'a-clinic': 3,
      'youth-mental-health': 2,
      'sekasin-chat': 2,
      'health-centre': 1,
      'a-guild': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'efter hyran och elen har jag 280 euro kvar av pensionen i månaden, och nu behöver jag nya glasögon och mediciner. jag vet inte vart jag ska vända mig',
    municipality: '445',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'basic-social-assistance': 3,
      'supplementary-social-assistance': 2,
      'diaconal-reception': 2,
      'diaconal-economic-advice': 2,
      'senior-advice': 2,
      'social-guidance': 2,
      'housing-allowance': 1,
      'debt-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'jag har flyttat från Sverige till Åbo med min finska sambo. hur blir jag skriven här och hur hittar jag jobb när jag inte kan finska?',
    municipality: '853',
    language: 'sv',
    judgments: {
      'immigrant-advice': 3,
      'employment-services': 3,
      'finnish-courses': 2,
      'language-cafe': 1,
      'residence-permit': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I had an operation in May, the wound got infected and nobody at the follow-up took it seriously. I've now been on sick leave for two months. Can I complain somewhere or get compensation?",
    municipality: '853',
    judgments: {
      'patient-ombudsman': 3,
      'legal-aid': 2,
      'free-legal-advice': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "moved to Salo in January for a job at the factory, my wife and kids are still in India. evenings are long and dark and apart from work I haven't had a real conversation in weeks",
    themes: ['loneliness'],
    municipality: '734',
    language: 'en',
    judgments: {
      befriending: 3,
      'residents-lounge': 2,
      'parish-open-house': 2,
      'language-cafe': 2,
      'immigrant-advice': 1,
      'adult-education-centre': 1,
      library: 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I have pneumonia and can barely get out of bed. My husband works offshore for another three weeks and I'm alone with a 1-year-old and a 4-year-old",
    municipality: '202',
    ageGroup: 'children',
    judgments: {
      'family-home-help': 3,
      'medical-helpline': 2,
      'health-centre': 2,
      'early-education': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm worried about the old man next door. He lives alone, I haven't seen him for days, his post is piling up and last time we talked he seemed confused about what day it was",
    municipality: '680',
    judgments: {
      'senior-advice': 3,
      'social-guidance': 3,
      'emergency-social-services': 2,
      'medical-helpline': 1,
      'memory-nurse': 1,
      'memory-guidance': 1,
      'home-care': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm 34 and was diagnosed with MS last year. I used to run a lot and want to keep active, but I need a group that understands fatigue and balance problems, not a regular gym class",
    themes: ['exercise-and-wellbeing'],
    municipality: '853',
    judgments: {
      'adapted-exercise': 3,
      'exercise-counselling': 3,
      'aqua-aerobics': 2,
      'swimming-hall': 1,
      'walking-group': 1,
    },
  }),
];
