/**
 * The tenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, during the ninth round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(240, 10);

export const matchHeldOut10Cases: MatchCase[] = [
  m({
    needs:
      'ulosotto alko viemään mun palkasta ja nyt käteen jää niin vähän et vuokraan ei riitä. onks jotain rajaa paljonko ne saa ottaa? ja voiko niiden kaa sopia jotain',
    municipality: '503',
    judgments: {
      'enforcement-info': 3,
      'debt-advice': 3,
      'debt-helpline': 2,
      'debt-adjustment': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    needs:
      'vuokrakämpän kylppärissä ja makkarin nurkassa on hometta ja vuokranantaja vaan sanoo et tuulettakaa enemmän. 5v tyttö on yskiny koko talven ja nyt epäillään astmaa. saako vuokraa pidättää tai sopimuksen purkaa heti?',
    municipality: '853',
    judgments: {
      'housing-advice': 3,
      'legal-aid': 2,
      'free-legal-advice': 2,
      'rental-housing': 1,
      'consumer-advice': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 38-vuotias kolmen lapsen äiti, joka on ollut kahdeksan vuotta kotona lasten kanssa ja haluaa nyt takaisin töihin. Aiemmin hän työskenteli kaupan kassalla. Hän ei ole koskaan tehnyt työhakemusta netissä eikä tiedä, miten työnhakijaksi ilmoittaudutaan. Nuorin lapsi on 2-vuotias ja tarvitsee hoitopaikan.',
    municipality: '734',
    judgments: {
      'employment-services': 3,
      'early-education': 3,
      'digital-support': 2,
      'adult-education-centre': 1,
      library: 1,
      'labour-market-subsidy': 1,
    },
  }),
  m({
    needs:
      'oon 24 ja ollu työttömänä reilun vuoden. haluisin hakee lähihoitajaopintoihin mut pelkään et menetän työmarkkinatuen jos aloitan koulun. kuka osais neuvoo tässä',
    municipality: '423',
    ageGroup: 'youth',
    judgments: {
      ohjaamo: 3,
      'employment-services': 3,
      'labour-market-subsidy': 2,
      'outreach-youth-work': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      'meidän 3,5v puhuu vaan muutaman sanan eikä oikein leiki muiden kanssa. päiväkodissa sanottiin et asia pitäis selvittää. kenelle me ollaan yhteydessä?',
    municipality: '680',
    ageGroup: 'children',
    judgments: {
      'child-health-clinic': 3,
      'family-counselling-clinic': 2,
      'parents-helpline': 1,
      'early-education': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan äiti on 91-vuotias ja asuu yksin omakotitalossa. Kotihoito käy neljä kertaa päivässä, mutta yöt hän on yksin, soittelee pelokkaana tyttärelleen ja on kahdesti lähtenyt ulos yöpaidassa. Omaiset kysyvät, miten hänelle haetaan paikka, jossa hoitajia on paikalla myös öisin.',
    municipality: '538',
    ageGroup: 'older',
    judgments: {
      'round-the-clock-housing': 3,
      'senior-advice': 3,
      'memory-guidance': 1,
      'safety-phone': 1,
      'home-care': 1,
    },
  }),
  m({
    needs:
      'Olen 31-vuotias ja liikun sähköpyörätuolilla lihassairauden vuoksi. Sain vihdoin työpaikan Uudestakaupungista ja aloitan elokuussa. Tarvitsisin apua aamutoimissa ja työpäivän aikana, ja jotenkin pitäisi päästä töihin, kun linja-autoon en pääse.',
    municipality: '400',
    mobility: 'limited',
    judgments: {
      'personal-assistance': 3,
      'transport-service': 3,
      'disability-services': 2,
      'assistive-devices': 1,
    },
  }),
  m({
    needs:
      'mun on pakko tarkistaa hella, lukot ja ikkunat kymmeniä kertoja ennen ku pääsen lähtee ja myöhästyn töistä melkein joka aamu. tiedän et se on järjetöntä mut jos en tarkista niin ahdistaa ihan hirveesti. kehtaako tän kanssa mennä kenellekään puhumaan',
    municipality: '895',
    judgments: {
      'adult-mental-health': 3,
      'health-centre': 2,
      'mental-peer-support': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'äiti on 72 ja syö unilääkkeitä ja kipulääkkeitä paljon enemmän ku pitäis. se hakee reseptejä eri lääkäreiltä ja on päivät ihan tokkurassa, kaatuikin viime viikolla. ite se ei myönnä mitään ongelmaa. mitä mä voin tehdä?',
    municipality: '202',
    judgments: {
      'a-clinic': 3,
      'relatives-substance-group': 2,
      'health-centre': 2,
      'senior-advice': 2,
      'social-guidance': 1,
      'home-care': 1,
    },
  }),
  m({
    needs:
      'meille murtauduttiin ku oltiin viikonloppuna mökillä, vietiin korut ja läppäri. nyt en saa nukuttua ja säpsähdän joka ääneen. vakuutusyhtiö kysyy ilmoituksen numeroa, miten se tehdään? ja saako tällaisessa jostain juttuseuraa',
    municipality: '480',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'crisis-centre': 2,
      'crisis-helpline': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'isä kuoli eilen sairaalassa. oon ainoa lapsi enkä tiedä yhtään mistä aloittaa hautajaisten kanssa, eikä isällä ollu säästöjä eikä mullakaan oo rahaa maksaa niitä',
    municipality: '734',
    judgments: {
      funeral: 3,
      'basic-social-assistance': 2,
      'legal-aid': 1,
      'grief-group': 1,
      'diaconal-reception': 1,
      'diaconal-economic-advice': 1,
      'crisis-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 77-vuotias leskimies, jolla on todettu lievä muistin heikkeneminen. Hän haluaisi nyt, kun vielä pystyy, valtuuttaa poikansa hoitamaan raha-asiansa myöhemmin ja tehdä testamentin. Tulot ovat pieni eläke.',
    municipality: '636',
    ageGroup: 'older',
    judgments: {
      'legal-aid': 3,
      'public-guardianship': 2,
      'free-legal-advice': 2,
      'memory-guidance': 1,
      'senior-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 73-vuotias nainen, jolla ei ole autoa. Polvinivelrikon takia hän ei jaksa kävellä bussipysäkille. Kelan taksilla pääsee lääkäriin, mutta kauppaan, apteekkiin ja kirkolle pitäisi päästä muutenkin.',
    municipality: '561',
    ageGroup: 'older',
    mobility: 'limited',
    judgments: {
      'transport-service': 3,
      'disability-services': 2,
      'senior-advice': 2,
      'service-transport': 2,
      'shopping-help': 1,
    },
  }),
  m({
    needs:
      'oon 15 enkä oo varma oonko tyttö vai poika vai ei kumpikaan. vanhemmille en uskalla puhua eikä koulussa oo ketään. haluisin jutella jonkun kaa ilman et kukaan tietää kuka mä oon',
    municipality: '761',
    ageGroup: 'youth',
    judgments: {
      'sekasin-chat': 3,
      'youth-mental-health': 2,
      'school-social-worker': 2,
      'youth-centre': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'Asiakas on neljän lapsen isä, joka on ollut kuukauden sairauslomalla selkäleikkauksen jälkeen. Kelan päätös sairauspäivärahasta viipyy, palkanmaksu on loppunut ja ruokaa on enää pariksi päiväksi. Mistä perhe saisi ruokaa tällä viikolla ja rahaa siihen asti, että päiväraha tulee?',
    municipality: '430',
    judgments: {
      'food-aid': 3,
      'basic-social-assistance': 3,
      'diaconal-reception': 2,
      'supplementary-social-assistance': 1,
      'social-guidance': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min man slog mig igen i kväll framför barnen. Han sover nu men jag vågar inte stanna kvar. Vart kan jag ta mig med två små barn mitt i natten?',
    municipality: '445',
    judgments: {
      shelter: 3,
      nollalinja: 3,
      'emergency-social-services': 2,
      'crisis-helpline': 1,
      'crime-report': 1,
      'victim-support': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Klienten är en 74-årig man som sköter sin fru med svår MS hemma. Han har inte haft en enda ledig dag på tre år och orkar snart inte mer. Han vet inte om han har rätt till avlösning eller någon ersättning.',
    municipality: '322',
    judgments: {
      'respite-care': 3,
      'carer-allowance': 3,
      'carer-peer-group': 1,
      'carer-recreation': 1,
      'home-care': 1,
      'senior-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Mamma är 86 och bor ensam. Hon klarar sig annars bra men orkar inte längre bära hem matkassarna, och själv bor jag i Helsingfors. Finns det någon som kunde handla åt henne?',
    municipality: '202',
    ageGroup: 'older',
    judgments: {
      'shopping-help': 3,
      'service-transport': 2,
      'senior-advice': 2,
      'home-care': 1,
      befriending: 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Gick i pension i våras och dagarna känns långa. Skulle vilja träffa folk och röra på mig mer, helst på svenska.',
    municipality: '853',
    language: 'sv',
    judgments: {
      'pensioners-clubs': 3,
      'senior-exercise': 2,
      'walking-group': 2,
      'service-centre': 2,
      'parish-open-house': 1,
      'adult-education-centre': 1,
      'residents-lounge': 1,
    },
  }),
  m({
    lang: 'sv',
    needs: 'influensavaccin för 68-åring med astma, var?',
    municipality: '895',
    judgments: {
      'flu-vaccination': 3,
      'health-centre': 2,
      pharmacy: 1,
      'medical-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "My mum (78) keeps repeating herself and forgot my son's name at Christmas. She lives alone. How do we get her memory checked, and is there somewhere we as a family can get advice?",
    municipality: '680',
    judgments: {
      'memory-nurse': 3,
      'memory-guidance': 2,
      'senior-advice': 2,
      'health-centre': 2,
      'memory-cafe': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'I got asylum last year and now work at a sawmill. How can I bring my wife and three children from Somalia here, and what papers do they need?',
    municipality: '734',
    judgments: {
      'residence-permit': 3,
      'immigrant-advice': 3,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm four months pregnant and my student visa ran out in the spring. I'm scared to go to a normal clinic because I have no Kela card. Where can I get checked without papers?",
    municipality: '853',
    judgments: {
      'health-point': 3,
      'maternity-clinic': 2,
      'immigrant-advice': 2,
      'legal-aid': 1,
      'residence-permit': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "My elderly neighbour hasn't left her flat for weeks, there's a smell from the door and when I knocked she seemed confused and didn't know what day it was. She has no family nearby. Who should I tell?",
    municipality: '529',
    ageGroup: 'older',
    judgments: {
      'senior-advice': 3,
      'social-guidance': 3,
      'emergency-social-services': 1,
      'home-care': 1,
      'memory-nurse': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm Irish and separated from my Finnish partner last year. Our kids (5 and 8) live with me. I've been offered a job back home in Cork and want to take them with me, but their dad refuses. How can we sort this out without going to court?",
    municipality: '704',
    judgments: {
      'family-mediation': 3,
      'child-maintenance': 2,
      'legal-aid': 2,
      'family-counselling-clinic': 1,
      'church-family-counselling': 1,
    },
  }),
];
