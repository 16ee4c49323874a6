/**
 * The eighteenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the eighteenth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching on
 * them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the client's
 * municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(440, 18);

export const matchHeldOut18Cases: MatchCase[] = [
  m({
    needs:
      'Asiakas on 61-vuotias nainen, joka lupautui kolme vuotta sitten takaajaksi aikuisen poikansa autolainaan. Poika on lopettanut maksamisen eikä vastaa puheluihin, ja pankki vaatii nyt asiakkaalta 14 000 euroa. Asiakkaan tulot ovat pieni eläke ja osa-aikatyö, eikä hän tiedä, onko hänen pakko maksaa kaikki ja mitä tapahtuu, jos hän ei pysty.',
    municipality: '481',
    judgments: {
      'debt-advice': 3,
      'debt-helpline': 3,
      'legal-aid': 2,
      'enforcement-info': 1,
      'debt-adjustment': 1,
      'consumer-advice': 1,
    },
  }),
  m({
    needs:
      'Pojallani (19) on autismi ja lievä kehitysvamma. Vammaispalvelu vähensi hänen kuljetuspalvelumatkansa kahdeksaantoista kahdeksaan kuukaudessa, vaikka hän käy niillä työtoiminnassa ja harrastuksissa. Päätöksessä ei perusteltu mitään. Miten tästä valitetaan ja kuka voi auttaa?',
    municipality: '400',
    judgments: {
      'social-ombudsman': 3,
      'disability-services': 2,
      'legal-aid': 2,
      'transport-service': 1,
      'disabled-family-peer': 1,
    },
  }),
  m({
    needs:
      'lasit hajos eilen ja ilman niitä en nää ees puhelinta. uudet maksais optikolla yli 400 e ja oon työmarkkinatuella, tilillä 60 e. korvaako kela tai sossu laseja?',
    municipality: '734',
    judgments: {
      'basic-social-assistance': 3,
      'supplementary-social-assistance': 2,
      'social-guidance': 2,
      'diaconal-economic-advice': 2,
      'diaconal-reception': 1,
    },
  }),
  m({
    needs:
      'Työnantaja lyhensi viikkotuntini 37,5:stä 20:een, kun tilauksia on vähemmän, eikä palkka enää riitä vuokraan. Voinko saada jotain korvausta puuttuvista tunneista, vaikka olen edelleen töissä, ja kannattaako minun ilmoittautua työnhakijaksi?',
    municipality: '761',
    judgments: {
      'labour-market-subsidy': 3,
      'employment-services': 3,
      'housing-allowance': 2,
      'basic-social-assistance': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      'oon nyt isyysvapaalla 8kk tytön kanssa kun vaimo palas töihin. päivät on pitkiä ja aika yksinäisiä, leikkipuiston äidit ei oikein juttele mulle. ois kiva nähä muita vanhempia, mieluiten muitakin iskejä',
    municipality: '680',
    judgments: {
      'family-cafe': 3,
      'men-meeting-place': 2,
      'parents-helpline': 1,
      'child-health-clinic': 1,
    },
  }),
  m({
    needs:
      'Opettaja soitti, että meidän 11-vuotias on ollut koko syksyn mukana kiusaamassa luokkakaveria: jättävät hänet porukan ulkopuolelle ja laittavat ilkeitä viestejä ryhmächattiin. Kotona poika on kiltti ja väittää, että se oli vain leikkiä. En tiedä, miten tähän pitäisi suhtautua, jotta se oikeasti loppuu.',
    municipality: '577',
    ageGroup: 'children',
    judgments: {
      'school-social-worker': 3,
      'parents-helpline': 2,
      'family-counselling-clinic': 2,
    },
  }),
  m({
    needs:
      'meiän 16v tyttö on syksyn aikana laihtunu varmaan kymmenen kiloa. se syö enää salaattia, juoksee joka ilta ja suuttuu jos ruoasta sanoo mitään. kuukautisetkin on kuulemma jääny pois. mihin tässä otetaan yhteyttä?',
    municipality: '445',
    judgments: {
      'youth-mental-health': 3,
      'health-centre': 2,
      'family-counselling-clinic': 2,
      'school-social-worker': 1,
      'parents-helpline': 1,
      'nutrition-advice': 1,
      'medical-helpline': 1,
    },
  }),
  m({
    needs:
      'oon 29 enkä oo käyny kaupassa kuukauteen, tilaan ruoat kotiin. jo ajatus et joku kattoo mua bussissa saa sydämen hakkaamaan. töistä jäin pois viime keväänä. haluisin takas ihmisten ilmoille mut en pysty ees soittaa mihinkään',
    municipality: '202',
    judgments: {
      'adult-mental-health': 3,
      clubhouse: 2,
      'mental-peer-support': 2,
      'health-centre': 1,
      'church-chat': 1,
      'sekasin-chat': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 45-vuotias nainen, jolle ovat alkaneet palata muistot siitä, että setä käytti häntä seksuaalisesti hyväksi lapsena. Muistot nousivat pintaan, kun oma tytär täytti saman ikäisen. Hän ei ole kertonut kenellekään, nukkuu huonosti ja miettii, voiko asiasta vielä tehdä rikosilmoituksen.',
    municipality: '895',
    judgments: {
      'adult-mental-health': 3,
      'victim-support': 2,
      'crisis-centre': 2,
      'crime-report': 2,
      'legal-aid': 1,
      'crisis-helpline': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'näin lauantaina turun linja-autoasemalla kun nuori poika puukotettiin. soitin hätäkeskukseen ja painoin haavaa kunnes ambulanssi tuli. nyt en saa unta ja se veri tulee silmiin koko ajan, töissäkin. poliisi sano et joudun ehkä todistamaan',
    municipality: '019',
    judgments: {
      'crisis-centre': 3,
      'victim-support': 2,
      'crisis-helpline': 2,
      'adult-mental-health': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'Isä sai kesällä moottoripyöräonnettomuudessa aivovamman. Hän pääsi kotiin, mutta ei muista asioita, ei voi olla pitkään yksin ja suuttuu helposti. Äiti käy töissä, joten minä (21) olen jäänyt isän kanssa kotiin ja opiskelen etänä, jos ehdin. Mitä apua isälle voisi saada kotiin, ja saako tällaisesta hoitamisesta jotain korvausta?',
    municipality: '430',
    judgments: {
      'disability-services': 3,
      'carer-allowance': 3,
      'personal-assistance': 2,
      'respite-care': 2,
      'home-care': 1,
      'carer-peer-group': 1,
      'youth-mental-health': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 76-vuotias leskimies, jonka ainoa ystävä ja kalakaveri kuoli kuukausi sitten. Lapset asuvat ulkomailla. Hän kertoo, ettei ole puhunut kenenkään kanssa viikkoon ja että illat ovat pahimpia. Auto hänellä on ja kunto hyvä.',
    municipality: '503',
    ageGroup: 'older',
    judgments: {
      'silver-line': 3,
      'senior-advice': 2,
      'grief-group': 2,
      'pensioners-clubs': 1,
      befriending: 1,
      'church-chat': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'kondomi hajos eilen illalla, oon 16. mistä saa jälkiehkäisyn ja pitääks mun kertoo vanhemmille',
    municipality: '853',
    ageGroup: 'youth',
    judgments: {
      pharmacy: 3,
      'health-centre': 2,
      'medical-helpline': 1,
    },
  }),
  m({
    needs:
      'pankki ei suostu antaa mulle verkkopankkitunnuksia kun mulla oli velkoja ulosotossa. nyt en pääse omakelaan enkä omakantaan enkä mihinkään. miten ihmiset hoitaa asiat ilman tunnuksia?',
    municipality: '529',
    judgments: {
      'digital-support': 3,
      'social-guidance': 2,
      'consumer-advice': 1,
      'debt-advice': 1,
      library: 1,
    },
  }),
  m({
    needs:
      'istun koko päivän töissä koneella ja selkä on ihan jumissa. haluisin alkaa liikkua jossain porukassa, vaikka kävellä, täällä liedossa',
    municipality: '423',
    judgments: {
      'walking-group': 3,
      'exercise-counselling': 3,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Sedan vi separerade i våras bor vår son (6) varannan vecka hos mig och hos sin pappa. Nu gråter han och vägrar åka till pappa, och varje söndag säger han att han har ont i magen. Pappan tror att jag påverkar honom. Hur ska vi göra så att det blir bra för pojken?',
    municipality: '529',
    language: 'sv',
    ageGroup: 'children',
    judgments: {
      'family-counselling-clinic': 3,
      'family-mediation': 2,
      'parents-helpline': 2,
      'child-maintenance': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 74 och har varit gift i 50 år. Min man har alltid bestämt över allt, och när han dricker slår han mig, senast förra veckan. Barnen säger att jag ska lämna honom, men jag har aldrig bott ensam och vet inte ens vad vi har för pengar. Vart kan jag ta vägen?',
    municipality: '322',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      shelter: 3,
      nollalinja: 3,
      'victim-support': 2,
      'legal-aid': 2,
      'crisis-centre': 1,
      'senior-advice': 1,
      'adult-social-work': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Någon har tagit över mitt Facebook-konto och skickar meddelanden till mina vänner där han ber om pengar via MobilePay. Två har redan betalat. Jag kommer inte in på kontot längre. Vad ska jag göra, och ska det polisanmälas?',
    municipality: '202',
    judgments: {
      'crime-report': 3,
      'digital-support': 2,
      'victim-support': 1,
      'consumer-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vårt hus ska få stambyte i vår och lägenheten går inte att bo i på tio veckor. Jag är 81, går med rollator och bor ensam på tredje våningen. Disponenten säger att jag själv måste ordna boende under tiden. Var kan jag få hjälp att hitta något tillfälligt där jag klarar mig?',
    municipality: '680',
    language: 'sv',
    mobility: 'limited',
    judgments: {
      'senior-advice': 3,
      'housing-advice': 2,
      'home-care': 1,
      'emergency-accommodation': 1,
      'rental-housing': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min sambo och jag har bott ihop i 22 år i en lägenhet som står på honom. Vi är inte gifta och han har två vuxna barn från sitt första äktenskap. Om han dör först, måste jag flytta då? Hur gör man ett testamente så att det håller?',
    municipality: '853',
    judgments: {
      'legal-aid': 3,
      'free-legal-advice': 3,
      wedding: 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My son is 17. We came from Kharkiv a year ago under temporary protection. He finished 9th grade online in a Ukrainian school, but he speaks only a little Finnish and sits at home all day. He wants to become an electrician. Where can he start?',
    municipality: '853',
    language: 'uk',
    ageGroup: 'youth',
    judgments: {
      'immigrant-advice': 3,
      ohjaamo: 3,
      'finnish-courses': 2,
      'youth-workshop': 1,
      'outreach-youth-work': 1,
      'youth-centre': 1,
      'adult-basic-education': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm 31 and have been using heroin and street bupe for about five years. I'm tired of it. Can I get into a substitution programme here and how long is the wait? I don't want to go cold turkey again.",
    municipality: '680',
    judgments: {
      'a-clinic': 3,
      detox: 2,
      'health-counselling-point': 2,
      'adult-social-work': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My husband (66) had his lower leg amputated last spring because of diabetes. He walks with a prosthesis now but has lost all his confidence and just sits at home. He used to swim a lot. Are there exercise groups or swimming for people like him in Salo?',
    municipality: '734',
    language: 'en',
    mobility: 'limited',
    judgments: {
      'adapted-exercise': 3,
      'swimming-hall': 2,
      'senior-exercise': 2,
      'exercise-counselling': 1,
      'diabetes-peer': 1,
      'assistive-devices': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'We just moved from Germany into a detached house in Kaarina. The previous owner took the bin with him, so how do we get waste collection, and who do we tell about the water meter? We also need a day care place for our 3-year-old from January.',
    municipality: '202',
    judgments: {
      'waste-management': 3,
      'water-utility': 3,
      'early-education': 3,
      'immigrant-advice': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm 49 and have smoked for 30 years. I've had a cough for almost two months, and last week there was some blood when I coughed. I work at the car factory through a Polish subcontractor and I'm not sure I'm even allowed to use the public health centre.",
    municipality: '895',
    language: 'en',
    judgments: {
      'health-centre': 3,
      'medical-helpline': 2,
      'immigrant-advice': 1,
    },
  }),
];
