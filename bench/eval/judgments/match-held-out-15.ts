/**
 * The fifteenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the fifteenth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching
 * on them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the
 * client's municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(365, 15);

export const matchHeldOut15Cases: MatchCase[] = [
  m({
    needs:
      'täytän kohta 18 ja mun pitää muuttaa pois nuorisokodista. sossu sano et jälkihuolto jatkuu mut en tiiä yhtään miten vuokrakämppä haetaan tai mistä saa rahat vuokraan ja vakuuteen. amista käyn vielä',
    municipality: '202',
    ageGroup: 'youth',
    judgments: {
      'youth-housing': 3,
      ohjaamo: 2,
      'housing-allowance': 2,
      'basic-social-assistance': 2,
      'supported-housing': 1,
      'rental-housing': 1,
      'adult-social-work': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 41-vuotias mies, joka jätti peruskoulun kesken 15-vuotiaana eikä hänellä ole päättötodistusta. Hän on tehnyt pätkätöitä rakennuksilla, mutta haluaisi nyt hakea logistiikka-alan koulutukseen, johon todistus tarvitaan. Lukeminen sujuu hänellä hitaasti.',
    municipality: '680',
    judgments: {
      'adult-basic-education': 3,
      'employment-services': 2,
      'adult-education-centre': 1,
      'labour-market-subsidy': 1,
    },
  }),
  m({
    needs:
      'meidän 15v poika on alkanu pyöriä vanhempien poikien kanssa ja kotiin tulee uusia vaatteita ja airpodsit eikä se kerro mistä rahat on. huoneesta löyty vaaka ja pieniä minigrip-pusseja. pelottaa ottaa puheeks',
    municipality: '738',
    judgments: {
      'parents-helpline': 3,
      'school-social-worker': 2,
      'family-counselling-clinic': 2,
      'a-clinic': 1,
      'youth-mental-health': 1,
      'emergency-social-services': 1,
      'relatives-substance-group': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 24-vuotias, jolla on ADHD- ja autismidiagnoosit. Hän muutti puoli vuotta sitten ensimmäiseen omaan asuntoonsa, mutta laskut ovat jääneet maksamatta, posti avaamatta ja asunto siivoamatta, ja vuokranantaja on jo huomauttanut. Asiakas toivoisi, että joku kävisi säännöllisesti auttamassa.',
    municipality: '761',
    judgments: {
      'supported-housing': 3,
      'adult-social-work': 2,
      'disability-services': 2,
      'debt-advice': 2,
      'housing-advice': 2,
      'public-guardianship': 1,
      ohjaamo: 1,
    },
  }),
  m({
    needs:
      'googlaan oireita joka ilta ja oon ihan varma et mulla on joku syöpä tai ms-tauti. lääkäri on ottanu kokeet kolme kertaa ja kaikki on ollu ok mut en vaan usko sitä. yöunet menee ja vaimo on ihan loppu muhun',
    municipality: '895',
    judgments: {
      'adult-mental-health': 3,
      'health-centre': 2,
      'mental-peer-support': 1,
      'crisis-helpline': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'Jäin viime viikolla kiinni rattijuopumuksesta, promillet 1,4. Kortti lähti ja käräjät on edessä, ja töihin tarvitsisin auton. Myönnän että juominen on mennyt parina viime vuotena liian pitkälle ja haluaisin tehdä sille jotain jo ennen oikeudenkäyntiä.',
    municipality: '423',
    judgments: {
      'a-clinic': 3,
      'legal-aid': 2,
      'a-guild': 1,
      detox: 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      '16v poika on alkanu raivota kotona, viime viikolla se löi seinään reiän ja tönäs mua niin et kaaduin. isä ei oo kuvioissa. en uskalla enää kieltää siltä mitään, mä pelkään omaa lastani',
    municipality: '577',
    judgments: {
      'family-counselling-clinic': 3,
      'youth-mental-health': 2,
      nollalinja: 2,
      'parents-helpline': 2,
      'emergency-social-services': 1,
      'school-social-worker': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'Tyttären (8 v) vaari kuoli kuukausi sitten yllättäen. Tyttö ei puhu asiasta ollenkaan, mutta näkee painajaisia ja on alkanut pelätä, että mekin kuolemme. Miten häntä voisi auttaa?',
    municipality: '529',
    ageGroup: 'children',
    judgments: {
      'family-counselling-clinic': 3,
      'school-social-worker': 2,
      'parents-helpline': 2,
      'crisis-centre': 1,
      'grief-group': 1,
    },
  }),
  m({
    needs:
      'ollaan avoliitossa ja vauva syntyy maaliskuussa, miten isyys tunnustetaan ja saadaanko yhteishuolto ilman että mennään naimisiin?',
    municipality: '734',
    judgments: {
      'maternity-clinic': 3,
      'child-maintenance': 3,
      'legal-aid': 1,
      'family-mediation': 1,
    },
  }),
  m({
    needs:
      'Kela vaatii multa takas 2300 euroa asumistukea, kun en ollu ilmottanu et sain vakituisen työpaikan viime keväänä. en pysty maksaa sitä kerralla kun palkka menee vuokraan ja autolainaan. voiko tästä valittaa tai saada maksuaikaa?',
    municipality: '833',
    judgments: {
      'debt-advice': 3,
      'housing-allowance': 2,
      'debt-helpline': 2,
      'legal-aid': 1,
      'enforcement-info': 1,
    },
  }),
  m({
    needs:
      'Jäin keväällä eläkkeelle opettajan työstä ja päivät tuntuvat pitkiltä. Kaipaisin jotain säännöllistä: luentoja, lukupiiriä tai vaikka kuoroa, ja ihmisiä, joiden kanssa puhua muustakin kuin säästä.',
    municipality: '734',
    ageGroup: 'older',
    judgments: {
      'adult-education-centre': 3,
      'pensioners-clubs': 3,
      library: 2,
      'residents-lounge': 1,
      'culture-companion': 1,
      museums: 1,
    },
  }),
  m({
    needs:
      'Asiakas on 63-vuotias mies, jonka vaimo kuoli puolitoista vuotta sitten. Sen jälkeen hän on juonut lähes päivittäin, laskuja on jäänyt maksamatta ja osa on jo perinnässä. Hän syö huonosti eikä käy missään, ja sanoo, ettei jaksa enää selvittää paperiasioita yksin.',
    municipality: '430',
    judgments: {
      'debt-advice': 3,
      'a-clinic': 2,
      'adult-social-work': 2,
      'diaconal-reception': 2,
      'adult-mental-health': 1,
      'grief-group': 1,
      'support-person': 1,
    },
  }),
  m({
    needs:
      'Tyttären ja hänen miehensä huumeiden käytön takia 4-vuotias lapsenlapsemme on asunut meillä jo puoli vuotta. Olen 66 ja mieheni 70. Lapsi on levoton ja heräilee öisin, eikä meillä ole mitään papereita siitä, että saamme hoitaa hänen asioitaan. Rahaakaan hänen elättämiseensä emme saa mistään.',
    municipality: '853',
    judgments: {
      'legal-aid': 3,
      'child-maintenance': 2,
      'family-counselling-clinic': 2,
      'relatives-substance-group': 2,
      'parents-helpline': 2,
      'maintenance-allowance': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      '12-vuotias on ostanu mun kortilla pelien sisäisiä juttuja ja lootboxeja melkein 600 eurolla parin kuukauden aikana. saako niitä rahoja takasin? ja onks tää jo jotain peliriippuvuutta, miten siitä pitäis puhua sen kanssa',
    municipality: '503',
    judgments: {
      'consumer-advice': 3,
      'gambling-helpline': 2,
      'parents-helpline': 2,
      'family-counselling-clinic': 1,
      'school-social-worker': 1,
    },
  }),
  m({
    needs:
      'Asiakas on nuori afganistanilainen mies, joka sai juuri kielteisen turvapaikkapäätöksen. Hän on opiskellut Turussa ammattikoulussa, ja harjoittelupaikka tarjoaisi hänelle työsopimusta. Hän ei tiedä, voiko päätöksestä valittaa tai voiko hän hakea oleskelulupaa työn perusteella.',
    municipality: '853',
    judgments: {
      'legal-aid': 3,
      'residence-permit': 3,
      'immigrant-advice': 2,
      'employment-services': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min man har Alzheimers och har börjat bli arg, han har till och med knuffat mig när jag hjälper honom att klä på sig. Det är inte likt honom. Jag är 79 och orkar snart inte. Vem kan jag prata med, och kan han få vara någonstans några dagar så att jag får vila?',
    municipality: '445',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'respite-care': 3,
      'memory-guidance': 2,
      'memory-nurse': 2,
      'carer-allowance': 2,
      'senior-advice': 2,
      'carer-peer-group': 1,
      nollalinja: 1,
      'round-the-clock-housing': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vår son och hans fru har skilt sig, och sedan dess får vi inte längre träffa våra barnbarn på 5 och 8 år. Förut var de hos oss varje vecka. Har farföräldrar någon rätt att umgås med barnen, och vem kan hjälpa oss?',
    municipality: '322',
    judgments: {
      'legal-aid': 3,
      'family-mediation': 2,
      'child-maintenance': 1,
      'parents-helpline': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Hyresvärden har sagt upp mitt hyresavtal eftersom han vill sälja lägenheten. Jag har bott här i nio år och har tre månader på mig. Får han göra så, och var hittar jag en bostad som en pensionär har råd med? Jag går med rollator så det måste finnas hiss.',
    municipality: '734',
    language: 'sv',
    mobility: 'limited',
    judgments: {
      'housing-advice': 3,
      'rental-housing': 2,
      'legal-aid': 2,
      'housing-allowance': 1,
      'senior-advice': 1,
      'free-legal-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 27 och flyttade till Åbo för ett jobb i höstas. Jag känner ingen här utanför jobbet och kvällarna är långa. Finns det någon grupp där man rör på sig eller gör något tillsammans?',
    municipality: '853',
    judgments: {
      'adult-education-centre': 3,
      'exercise-counselling': 2,
      'residents-lounge': 1,
      befriending: 1,
      library: 1,
      'sekasin-chat': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 36, har två barn och nu är graviditetstestet positivt. Jag vet inte om jag orkar med ett tredje barn och min man och jag är inte överens. Vart vänder jag mig om jag funderar på abort, och kan jag prata med någon om det här?',
    municipality: '202',
    language: 'sv',
    judgments: {
      'health-centre': 3,
      'maternity-clinic': 2,
      'church-family-counselling': 2,
      'church-chat': 1,
      'adult-mental-health': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I moved to Turku with my husband, who is doing his PhD here. I don't work, I don't speak Finnish and apart from him I haven't really talked to anyone in months. Lately I cry a lot and sleep most of the day.",
    municipality: '853',
    language: 'en',
    judgments: {
      'adult-mental-health': 3,
      'finnish-courses': 2,
      'language-cafe': 2,
      'immigrant-advice': 1,
      'health-centre': 1,
      befriending: 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'a car hit me on my bike at a crossing last night and just drove off. I got part of the plate. my knee is swollen and the bike is wrecked, what should I do',
    municipality: '445',
    judgments: {
      'crime-report': 3,
      'victim-support': 2,
      'health-centre': 2,
      'medical-helpline': 1,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "The school nurse told us our 10-year-old son is clearly overweight. He isn't into team sports and spends most evenings on the sofa. We'd like to change things as a whole family, eating better and moving more, without making him feel ashamed.",
    municipality: '423',
    ageGroup: 'children',
    judgments: {
      'exercise-counselling': 3,
      'nutrition-advice': 2,
      'swimming-hall': 1,
      'health-centre': 1,
      'school-social-worker': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'We came from Sudan as refugees last year. Our son is 7 and wakes up screaming almost every night, and at school he hides under the table when there is a loud noise. We speak Arabic; my English is okay but my wife does not speak it.',
    municipality: '680',
    language: 'ar',
    judgments: {
      'family-counselling-clinic': 3,
      interpreting: 2,
      'school-social-worker': 2,
      'immigrant-advice': 2,
      'crisis-centre': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'd like to sell tacos from a food truck in Naantali next summer. I'm from Mexico and have permanent residence. What permits or notifications do I need, and who can help me with a business plan and funding?",
    municipality: '529',
    language: 'en',
    judgments: {
      'food-control': 3,
      'business-advice': 3,
      'immigrant-advice': 1,
    },
  }),
];
