/**
 * The thirteenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the thirteenth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching
 * on them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the
 * client's municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(315, 13);

export const matchHeldOut13Cases: MatchCase[] = [
  m({
    needs:
      'tuli vesilasku 870 euroo vaikka meitä asuu vaan kaks tyyppiä rivarissa. onks meiät laskutettu väärin vai vuotaako jossain? ei oo varaa maksaa tota kerralla',
    municipality: '680',
    judgments: {
      'water-utility': 3,
      'debt-advice': 2,
      'consumer-advice': 1,
      'supplementary-social-assistance': 1,
    },
  }),
  m({
    needs:
      'oon yksinhuoltaja ja sain vihdoin vakkarityön Forssan suunnalta, kolmivuorotyötä. bussilla sinne ei pääse yövuoroihin niin tarviin auton, mut pankki ei anna lainaa ku mulla on maksuhäiriömerkintä vanhoista pikavipeistä. mistä vois saada lainaa tai muuta apua?',
    municipality: '761',
    judgments: {
      'social-credit': 3,
      'debt-advice': 2,
      'debt-helpline': 1,
      'guarantee-loan': 1,
      'supplementary-social-assistance': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 22-vuotias afganistanilainen mies, joka tuli Suomeen kolme vuotta sitten. Hän puhuu jo arkisuomea, mutta koulunkäynti jäi kotimaassa kesken eikä hänellä ole peruskoulun päättötodistusta. Hän haluaisi ammattikouluun opiskelemaan automekaanikoksi.',
    municipality: '853',
    language: 'fa',
    judgments: {
      'adult-basic-education': 3,
      ohjaamo: 2,
      'finnish-courses': 1,
      'immigrant-advice': 1,
      'employment-services': 1,
      'outreach-youth-work': 1,
    },
  }),
  m({
    needs:
      'Asiakas on thaimaalainen nainen, joka on asunut Salossa kaksi vuotta. Hänellä ei ole verkkopankkitunnuksia eikä hän osaa käyttää tietokonetta, joten Kelan hakemukset ja ajanvaraukset netissä eivät onnistu. Suomea hän puhuu vähän. Hän tarvitsisi apua asiointiin ja tietoa siitä, mihin tukiin hänellä on oikeus.',
    municipality: '734',
    language: 'th',
    judgments: {
      'digital-support': 3,
      'immigrant-advice': 3,
      'social-guidance': 2,
      interpreting: 1,
      library: 1,
      'finnish-courses': 1,
    },
  }),
  m({
    needs:
      'mieheni on 81 ja muistisairaus on edenny niin ettei se enää osaa olla yksin, mut ei myöskään keksi itelleen mitään tekemistä. istuu vaan ja seuraa mua huoneesta toiseen, en pääse edes kauppaan rauhassa. olis ihanaa jos sillä olis pari kertaa viikossa jotain omaa ohjelmaa muiden seurassa',
    municipality: '895',
    ageGroup: 'older',
    judgments: {
      'elderly-day-activities': 3,
      'respite-care': 2,
      'carer-allowance': 2,
      'memory-guidance': 2,
      'senior-advice': 1,
      'carer-peer-group': 1,
    },
  }),
  m({
    needs:
      'käytin nuorena aineita suoneen ja nyt kymmenen vuoden päästä rupes mietityttää onko mulla hepatiitti. mistä saa testattua ilman et tarvii selitellä kenellekään?',
    municipality: '202',
    judgments: {
      'health-counselling-point': 3,
      'health-centre': 2,
      'health-point': 2,
      'a-clinic': 1,
    },
  }),
  m({
    needs:
      'viilsin leipäveitsellä syvän haavan peukaloon ja vuotaa vieläki, sunnuntai-ilta. pitääkö lähtee tikattavaks ja minne',
    municipality: '445',
    judgments: {
      'medical-helpline': 3,
      'health-centre': 2,
    },
  }),
  m({
    needs:
      'Asiakkaan kerrostaloasunnossa syttyi viime yönä tulipalo. Perhe (kaksi aikuista ja 7-vuotias) pääsi ulos, mutta asunto on asumiskelvoton ja vaatteet ja tavarat menivät. Vakuutusyhtiöön on jo soitettu. Perhe on nyt yhden yön tuttavien luona, mutta tarvitsee majoituksen ja välttämättömät vaatteet. Lapsi näkee painajaisia eikä suostu nukkumaan yksin.',
    municipality: '503',
    judgments: {
      'emergency-accommodation': 3,
      'emergency-social-services': 3,
      'crisis-centre': 2,
      'basic-social-assistance': 2,
      'supplementary-social-assistance': 1,
      'diaconal-reception': 1,
      'family-counselling-clinic': 1,
    },
  }),
  m({
    needs:
      'maksoin torissa 350e sohvasta etukäteen ja myyjä katos, numero ei vastaa ja ilmoitus on poistettu. saako noita rahoja mitenkään takas, kannattaako tehä rikosilmoitus',
    municipality: '019',
    judgments: {
      'crime-report': 3,
      'victim-support': 2,
      'consumer-advice': 1,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      'meiltä meni vauva raskausviikolla 19. sairaalassa hoidettiin hyvin, mut nyt kotona kukaan ei oikein kysy mitään, mies palas jo töihin ja mä en pysty lopettaa ajattelemasta sitä. onks jotain paikkaa missä vois puhua, tai muita joille on käyny samoin',
    municipality: '680',
    judgments: {
      'crisis-centre': 3,
      'grief-group': 2,
      'maternity-clinic': 2,
      'adult-mental-health': 1,
      'church-chat': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'Mummu on 90 ja asuu yksin Kustavissa. Fyysisesti se pärjää ihan ok, mut se soittaa mulle Helsinkiin monta kertaa päivässä ku sillä on niin tylsää ja yksinäistä, eikä se enää lähde mihinkään. Voisko sille järjestää jotain?',
    municipality: '304',
    judgments: {
      'silver-line': 3,
      'senior-advice': 2,
      befriending: 2,
      'elderly-day-activities': 2,
      'pensioners-clubs': 1,
      'outdoor-friend': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 4-vuotias poika saa päivittäin raivokohtauksia: hän lyö ja puree pikkusiskoaan ja heittelee tavaroita. Päiväkodissa hän pärjää hyvin. Vanhemmat ovat kokeilleet kaikkea mitä keksivät ja ovat aivan lopussa.',
    municipality: '529',
    ageGroup: 'children',
    judgments: {
      'family-counselling-clinic': 3,
      'child-health-clinic': 2,
      'parents-helpline': 2,
      'family-home-help': 1,
      'family-cafe': 1,
    },
  }),
  m({
    needs:
      'poika on 18 ja jäi yhteishaussa ilman opiskelupaikkaa. nyt se on ollu kolme kuukautta kotona, valvoo öisin ja nukkuu päivät. itse se ei ota mihinkään yhteyttä. kuka vois auttaa sitä eteenpäin?',
    municipality: '734',
    ageGroup: 'youth',
    judgments: {
      'outreach-youth-work': 3,
      ohjaamo: 3,
      'youth-workshop': 2,
      'employment-services': 1,
      'youth-mental-health': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    needs:
      'Asiakas on kolmen lapsen yksinhuoltaja ja saa toimeentulotukea. Lapset ovat 8, 11 ja 14 ja haluaisivat harrastaa, vanhin pelaisi jalkapalloa, mutta seuramaksuihin ja varusteisiin ei ole rahaa. Mistä saisi tukea harrastuksiin tai löytäisi maksuttomia harrastuksia?',
    municipality: '202',
    judgments: {
      'supplementary-social-assistance': 3,
      'diaconal-reception': 2,
      'youth-centre': 2,
      'diaconal-economic-advice': 1,
      'afternoon-club': 1,
      library: 1,
    },
  }),
  m({
    needs:
      'mies sai kahden vuoden tuomion ja lähti vankilaan viime viikolla. jäin kahden lapsen kanssa yksin ja vuokra on mitoitettu sen palkan mukaan, en tiiä miten maksan. lapsille en oo osannu sanoa mitä isälle tapahtu',
    municipality: '577',
    judgments: {
      'housing-allowance': 3,
      'basic-social-assistance': 3,
      'social-guidance': 2,
      'parents-helpline': 2,
      'family-counselling-clinic': 2,
      'crisis-centre': 1,
      'support-person': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vi ska gifta oss nästa sommar och vill ha en kyrklig vigsel i Åbo. Hur bokar man kyrkan och vilka papper behöver vi? Vi funderar också på att skriva ett äktenskapsförord eftersom jag äger ett hus sedan tidigare.',
    municipality: '853',
    language: 'sv',
    judgments: {
      wedding: 3,
      'legal-aid': 2,
      'free-legal-advice': 2,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min son är 19 och åkte fast för snatteri i en butik här i S:t Karins. Nu har polisen kallat honom till förhör. Behöver han en advokat och vad kostar det? Han hoppade av gymnasiet i fjol, har varken jobb eller studieplats och jag är orolig för vilket sällskap han har hamnat i.',
    municipality: '202',
    language: 'sv',
    judgments: {
      'legal-aid': 3,
      'free-legal-advice': 2,
      ohjaamo: 2,
      'outreach-youth-work': 2,
      'parents-helpline': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vi är två pensionärer i ett egnahemshus i Nådendal. Elräkningen för december och januari blev nästan 900 euro och vi har inte råd att betala den på en gång. Finns det någon hjälp att få?',
    municipality: '529',
    ageGroup: 'older',
    judgments: {
      'basic-social-assistance': 3,
      'debt-advice': 2,
      'supplementary-social-assistance': 2,
      'social-guidance': 1,
      'diaconal-reception': 1,
      'senior-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vi är på semester i Åbo från Vasa och min mamma (79) har glömt sina blodtrycksmediciner hemma. Kan hon få ut medicinen här utan att gå till läkare?',
    municipality: '853',
    language: 'sv',
    judgments: {
      pharmacy: 3,
      'medical-helpline': 2,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är mormor till två barn, 3 och 6 år, på Kimitoön. Föräldrarna dricker mycket och när jag hälsade på i helgen var båda fulla mitt på dagen och barnen hade inte fått mat. Jag vill inte förstöra relationen till min dotter, men jag är rädd för barnens skull. Vem kan jag prata med?',
    municipality: '322',
    language: 'sv',
    judgments: {
      'emergency-social-services': 3,
      'social-guidance': 2,
      'parents-helpline': 2,
      'relatives-substance-group': 2,
      'a-clinic': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I got an 80 euro parking fine outside the health centre in Turku. I have rheumatoid arthritis and can barely walk from the far end of the street, so I parked in the disabled spot, but I don't have any card. Can I appeal the fine, and is there a permit that would let me use those spots legally?",
    municipality: '853',
    mobility: 'limited',
    judgments: {
      'parking-enforcement': 3,
      'parking-permit-disabled': 3,
      'health-centre': 1,
      'disability-services': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'We are a Nigerian family in Lieto. For two months someone in our building has been leaving notes on our door calling us monkeys and telling us to go home, and yesterday our car tyres were slashed. My children are scared to go out to play. What can we do?',
    municipality: '423',
    language: 'en',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'housing-advice': 1,
      'crisis-centre': 1,
      'immigrant-advice': 1,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm a stay-at-home dad from Brazil, my wife works in Salo. Both kids are in school now and I finally have my days free. I'd like to learn Finnish properly, not just with apps, and maybe take some cooking or woodwork classes to meet people.",
    municipality: '734',
    judgments: {
      'finnish-courses': 3,
      'adult-education-centre': 3,
      'language-cafe': 2,
      'immigrant-advice': 1,
      'employment-services': 1,
      library: 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'we just moved to Turku from Spain with two kids (6 and 9). at home we went hiking every weekend. where can we go walking in nature around here, and is there an indoor pool for the winter?',
    municipality: '853',
    language: 'en',
    judgments: {
      'nature-trails': 3,
      'swimming-hall': 2,
      'walking-group': 1,
      'aqua-aerobics': 1,
      museums: 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm a school nurse. A 17-year-old girl told me today that her parents plan to send her abroad this summer to marry a cousin, and that her older brother threatens her if she talks to boys. She is afraid to go home tonight. Who do I contact?",
    municipality: '481',
    ageGroup: 'youth',
    judgments: {
      'emergency-social-services': 3,
      shelter: 3,
      nollalinja: 2,
      'school-social-worker': 2,
      'victim-support': 1,
      'crime-report': 1,
    },
  }),
];
