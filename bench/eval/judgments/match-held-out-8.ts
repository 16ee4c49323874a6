/**
 * The eighth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, during the eighth round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(190, 8);

export const matchHeldOut8Cases: MatchCase[] = [
  m({
    needs:
      'kela hylkäs mun toimeentulotukihakemuksen kun tilillä oli kuulemma liikaa rahaa, mut ne rahat oli vuokraa varten. nyt jääkaappi on tyhjä ja vuokra pitäis maksaa perjantaina. voiko päätöksestä valittaa ja mistä saan ruokaa sillä välin?',
    municipality: '430',
    judgments: {
      'basic-social-assistance': 3,
      'food-aid': 3,
      'supplementary-social-assistance': 2,
      'social-guidance': 2,
      'diaconal-reception': 2,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 84-vuotias, asuu yksin rivitalossa ja on kaatunut kotona kahdesti tämän kuun aikana. Viimeksi hän makasi lattialla useita tunteja ennen kuin naapuri löysi hänet. Tytär on huolissaan, mutta asiakas ei itse halua muuttaa pois kotoa.',
    municipality: '529',
    ageGroup: 'older',
    mobility: 'limited',
    judgments: {
      'safety-phone': 3,
      'home-care': 2,
      'senior-advice': 2,
      'senior-exercise': 2,
      'assistive-devices': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'Meidän 10-vuotiasta poikaa kiusataan välitunneilla ja koulumatkalla, vaatteita on revitty ja puhelin heitetty ojaan. Aamuisin sillä on vatsa kipeä eikä se haluis lähteä kouluun. Opettajalle on puhuttu mut mikään ei oo muuttunut.',
    municipality: '423',
    ageGroup: 'children',
    judgments: {
      'school-social-worker': 3,
      'parents-helpline': 2,
      'family-counselling-clinic': 2,
      'crime-report': 1,
    },
  }),
  m({
    needs:
      'lopetin amiksen syksyllä kun ei kiinnostanu yhtään. nyt oon vaan kotona ja pelaan yöt, äiti sanoo et mun pitäis tehä jotain. en tiiä mikä musta tulee mut ois kiva saada joku duuni',
    municipality: '853',
    ageGroup: 'youth',
    judgments: {
      'outreach-youth-work': 3,
      ohjaamo: 3,
      'youth-workshop': 2,
      'employment-services': 1,
      'summer-jobs-youth': 1,
      'youth-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakkaalla todettiin juuri tyypin 2 diabetes. Hän on 52-vuotias, painoa on kertynyt vuosien mittaan eikä hän ole liikkunut säännöllisesti nuoruuden jälkeen. Hän haluaisi muuttaa ruokailutottumuksiaan ja kuulla, miten muut samassa tilanteessa ovat pärjänneet.',
    municipality: '202',
    judgments: {
      'diabetes-peer': 3,
      'nutrition-advice': 3,
      'exercise-counselling': 2,
      'health-centre': 2,
      'aqua-aerobics': 1,
      'adapted-exercise': 1,
    },
  }),
  m({
    needs:
      'viisaudenhammas särkee ja poski on turvonnu, rahat on ihan loppu enkä tiiä pystynkö maksaa hammaslääkäriä',
    municipality: '680',
    judgments: {
      'dental-care': 3,
      'medical-helpline': 2,
      'supplementary-social-assistance': 2,
      'basic-social-assistance': 2,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'Oon tönässy vaimoa pari kertaa riidan aikana ja viime viikolla se lähti lasten kanssa äitinsä luo. En haluu olla sellanen isä jota lapset pelkää. Mistä mä saan apua että oppisin hillitsemään itteni?',
    municipality: '680',
    judgments: {
      'violence-intervention': 3,
      'men-meeting-place': 2,
      'family-counselling-clinic': 1,
      'church-family-counselling': 1,
      'adult-mental-health': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 46-vuotias mies, joka on ollut työttömänä kolme vuotta. Päivärytmi on kadonnut, hän nukkuu iltapäivään eikä juuri käy kotoa. Hän toivoisi säännöllistä tekemistä ja seuraa, mutta tavalliseen työhön hän ei vielä koe jaksavansa.',
    municipality: '895',
    judgments: {
      'rehabilitative-work': 3,
      'adult-social-work': 2,
      'unemployed-association': 2,
      'employment-services': 1,
      'adult-mental-health': 1,
      'diaconal-reception': 1,
    },
  }),
  m({
    needs:
      'Asiakas vapautuu vankilasta ensi viikolla eikä hänellä ole asuntoa, koska vuokrasopimus purettiin tuomion aikana. Hän on käyttänyt aiemmin huumeita mutta on ollut puoli vuotta käyttämättä ja haluaa pysyä kuivilla. Rahaa hänellä on vapautuessa vain muutama kymppi.',
    municipality: '734',
    judgments: {
      'emergency-accommodation': 3,
      'adult-social-work': 3,
      'supported-housing': 2,
      'a-clinic': 2,
      'basic-social-assistance': 2,
      'rental-housing': 1,
      'night-shelter': 1,
    },
  }),
  m({
    needs:
      'Poikamme kuoli moottoripyöräonnettomuudessa kolme viikkoa sitten, hän oli 23. Mieheni on jo palannut töihin, mutta minä en saa nukuttua enkä syötyä enkä pysty ajattelemaan mitään muuta. Tuntuu että olen ainoa joka ei pääse eteenpäin.',
    municipality: '400',
    judgments: {
      'crisis-centre': 3,
      'grief-group': 3,
      'crisis-helpline': 2,
      'adult-mental-health': 2,
      'church-chat': 1,
      'health-centre': 1,
      'diaconal-reception': 1,
    },
  }),
  m({
    needs:
      'exä ei oo maksanu elareita puoleen vuoteen, sanoo ettei sillä oo rahaa. miten mä saan lapsille ne rahat?',
    municipality: '761',
    judgments: {
      'maintenance-allowance': 3,
      'child-maintenance': 2,
      'enforcement-info': 1,
      'legal-aid': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    needs:
      'Äiti kuoli keväällä ja veljen kanssa ollaan ihan riidoissa perinnöstä. Se asuu edelleen äidin talossa eikä suostu ees sopimaan perunkirjoitusta. Mulla ei oo varaa mihinkään kalliiseen asianajajaan.',
    municipality: '853',
    judgments: {
      'legal-aid': 3,
      'free-legal-advice': 3,
      'grief-group': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 38-vuotias syyrialainen nainen, joka ei ole koskaan käynyt koulua eikä osaa lukea millään kielellä. Hänen kolme lastaan käyvät koulua, ja hän haluaisi oppia lukemaan ja kirjoittamaan, jotta voisi auttaa heitä läksyissä ja hoitaa asioitaan itse.',
    municipality: '680',
    language: 'ar',
    judgments: {
      'adult-basic-education': 3,
      'finnish-courses': 2,
      'immigrant-advice': 2,
      'language-cafe': 1,
      library: 1,
      interpreting: 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 79-vuotias äiti antoi puhelimessa pankkitunnuksensa soittajalle, joka esittäytyi pankin turvallisuusosastolta, ja tililtä vietiin 6 000 euroa. Äiti on häpeissään eikä uskalla enää vastata puhelimeen. Asiakas on muutenkin huomannut, että äidin muisti on heikentynyt ja laskuja on jäänyt maksamatta.',
    municipality: '503',
    ageGroup: 'older',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'memory-nurse': 2,
      'memory-guidance': 2,
      'public-guardianship': 1,
      'senior-advice': 1,
    },
  }),
  m({
    needs:
      'vauva on 3kk ja itkee joka ilta tuntikausia, mies on reissuhommissa maanantaista perjantaihin. en oo nukkunu kunnolla kuukausiin ja välillä pelottaa omat ajatukset kun oon sen kaa yksin',
    municipality: '577',
    judgments: {
      'family-home-help': 3,
      'child-health-clinic': 3,
      'parents-helpline': 2,
      'crisis-helpline': 2,
      'adult-mental-health': 2,
      'family-cafe': 1,
      'medical-helpline': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min fru dog i fjol höstas och sedan dess sitter jag mest hemma framför tv:n. Barnen bor i Helsingfors och tycker att jag borde träffa folk, men jag vet inte vart man går. Jag är 77 och kör inte bil längre.',
    municipality: '445',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'parish-open-house': 3,
      'diaconal-reception': 2,
      'silver-line': 2,
      'grief-group': 2,
      'pensioners-clubs': 2,
      befriending: 1,
      'senior-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vår son är sex år och har en utvecklingsstörning. Han sover dåligt och behöver hjälp med allt, och vi föräldrar är helt slut. Vi skulle behöva någon som tar hand om honom ibland så att vi får vila.',
    municipality: '322',
    language: 'sv',
    judgments: {
      'disability-services': 3,
      'respite-care': 2,
      'carer-allowance': 2,
      'family-home-help': 2,
      'disabled-family-peer': 2,
      'personal-assistance': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'jag dricker varje kväll och på helgerna börjar jag redan på förmiddagen. frun säger att hon tar barnen och flyttar om jag inte slutar. jag vill sluta men när jag försöker skakar händerna och jag kan inte sova',
    municipality: '680',
    language: 'sv',
    judgments: {
      'a-clinic': 3,
      detox: 3,
      'a-guild': 2,
      'health-centre': 2,
      'medical-helpline': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 81 och banken har stängt kontoret här. Nu ska allt skötas på nätet eller med mobilen och jag förstår mig inte på bankkoderna. Barnbarnen har inte tid att hjälpa mig hela tiden.',
    municipality: '853',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'digital-support': 3,
      'service-centre': 2,
      library: 1,
      'adult-education-centre': 1,
      'senior-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min man sitter i rullstol sedan stroken i våras. Han kommer inte in i badrummet med stolen och tröskeln till balkongen är för hög. Kan vi få hjälp att bygga om? Han kan inte heller längre ta bussen till fysioterapin.',
    municipality: '529',
    language: 'sv',
    mobility: 'limited',
    judgments: {
      'renovation-grant': 3,
      'disability-services': 3,
      'transport-service': 2,
      'assistive-devices': 2,
      'parking-permit-disabled': 1,
      'carer-allowance': 1,
      'home-care': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I work in a restaurant kitchen. My employer hasn't paid my salary for two months and now says my contract isn't valid. My residence permit depends on this job and I'm scared to complain. Who can help me?",
    municipality: '202',
    language: 'en',
    judgments: {
      'immigrant-advice': 3,
      'legal-aid': 2,
      'residence-permit': 2,
      'free-legal-advice': 2,
      'basic-social-assistance': 1,
      'employment-services': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "Two guys beat me up outside a bar on Saturday night for no reason. Broken nose, spent the night in the ER. Now I don't want to leave my flat and I keep going over it in my head. Should I do something with the police?",
    municipality: '202',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'crisis-centre': 2,
      'adult-mental-health': 1,
      'crisis-helpline': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "We moved to Turku two weeks ago for my husband's postdoc. Our daughter is three and I'd like to find a day-care place for her so I can start looking for work, and maybe meet other parents in the meantime.",
    municipality: '853',
    language: 'en',
    judgments: {
      'early-education': 3,
      'family-cafe': 2,
      'immigrant-advice': 2,
      'employment-services': 1,
      'finnish-courses': 1,
      'child-health-clinic': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm three months behind on rent since my hours at work were cut. Yesterday the landlord sent a letter saying they'll go to court to have me evicted. I live alone and have no family who could lend me money.",
    municipality: '734',
    judgments: {
      'housing-advice': 3,
      'supplementary-social-assistance': 3,
      'housing-allowance': 2,
      'basic-social-assistance': 2,
      'debt-advice': 2,
      'labour-market-subsidy': 1,
      'diaconal-economic-advice': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "my brother (32) is being discharged from the psychiatric ward after his second psychosis. he lost his job and most of his friends and I'm afraid he'll just sit alone in his flat. is there somewhere he could go during the day that isn't a hospital?",
    municipality: '734',
    judgments: {
      clubhouse: 3,
      'adult-mental-health': 2,
      'mental-peer-support': 2,
      'rehabilitative-work': 1,
      'adult-social-work': 1,
      'supported-housing': 1,
    },
  }),
];
