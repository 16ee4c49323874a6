/**
 * The twentieth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the twentieth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching
 * on them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the
 * client's municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(490, 20);

export const matchHeldOut20Cases: MatchCase[] = [
  m({
    needs:
      'firma jossa oon ollu hitsaajana meni konkurssiin viime viikolla eikä elo- ja syyskuun palkkoja oo maksettu. vuokra ja lapsen päiväkotimaksu erääntyy ja tilillä on pari kymppiä. mistä noi palkat nyt saa ja millä eletään siihen asti?',
    municipality: '895',
    judgments: {
      'basic-social-assistance': 3,
      'legal-aid': 2,
      'social-guidance': 2,
      'employment-services': 2,
      'housing-allowance': 1,
      'labour-market-subsidy': 1,
      'debt-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakkaat ovat 74- ja 77-vuotias pariskunta, jotka maksoivat kesällä remonttifirmalle 8 000 euroa ennakkoa kylpyhuoneremontista. Työt jäivät purkuvaiheeseen, firman puhelin ei vastaa ja yritys on poistettu kaupparekisteristä. Kylpyhuone on nyt käyttökelvoton, ja pariskunta käy peseytymässä naapurissa. He kysyvät, saako rahoja takaisin ja mistä apua kylpyhuoneen korjaamiseen.',
    municipality: '577',
    ageGroup: 'older',
    judgments: {
      'consumer-advice': 3,
      'crime-report': 3,
      'legal-aid': 2,
      'renovation-grant': 2,
      'senior-advice': 1,
      'victim-support': 1,
    },
  }),
  m({
    needs:
      'meiän vuokrakämpässä on lutikoita, lapsilla on punasia pisteitä joka aamu. vuokranantaja väittää et me ollaan tuotu ne ja laskuttaa myrkytyksen meiltä, 600 e. ollaan toimeentulotuella. pitääkö meidän oikeesti maksaa ja saako siihen jostain apua',
    municipality: '734',
    judgments: {
      'housing-advice': 3,
      'supplementary-social-assistance': 2,
      'legal-aid': 2,
      'consumer-advice': 1,
      'adult-social-work': 1,
    },
  }),
  m({
    needs:
      'Oon 34 ja ollu puolitoista vuotta työttömänä, päivät menee sohvalla. Haluisin tehdä jotain järkevää, vaikka vapaaehtoshommia tai käydä jossain porukassa säännöllisesti, mut pelkään et työmarkkinatuki lähtee jos teen jotain ilmaseks.',
    municipality: '423',
    judgments: {
      'employment-services': 3,
      'unemployed-association': 3,
      'labour-market-subsidy': 2,
      'rehabilitative-work': 2,
      befriending: 1,
    },
  }),
  m({
    needs:
      'Päiväkodista soitettiin taas, että 2-vuotias poikamme on purrut toista lasta, jo neljännen kerran tässä kuussa. Kotona hän puree lähinnä meitä, kun ei saa tahtoaan läpi. Onko tämä normaalia uhmaa vai pitäisikö meidän hakea jostain apua?',
    municipality: '202',
    ageGroup: 'children',
    judgments: {
      'child-health-clinic': 3,
      'family-counselling-clinic': 2,
      'early-education': 2,
      'parents-helpline': 2,
      'family-cafe': 1,
    },
  }),
  m({
    needs:
      'Asiakas on irakilainen kolmen lapsen äiti. Koulu lähettää kaikki viestit Wilmaan, mutta hän ei osaa käyttää sitä eikä ymmärrä suomenkielisiä viestejä, joten poissaoloilmoitukset ja vanhempainillat ovat menneet ohi. Nyt opettaja pyytää häntä palaveriin vanhimman lapsen koulunkäynnistä. Asiakas puhuu arabiaa ja vähän englantia.',
    municipality: '529',
    language: 'ar',
    judgments: {
      'digital-support': 3,
      interpreting: 3,
      'school-social-worker': 2,
      'immigrant-advice': 2,
      'finnish-courses': 2,
      library: 1,
    },
  }),
  m({
    needs:
      'Asiakas on 28-vuotias nainen, jolla on todettu keskivaikea masennus ja joka on ollut terapiajonossa neljä kuukautta. Viime viikkoina vointi on huonontunut: hän ei jaksa käydä suihkussa ja on jäänyt pois töistä. Itsetuhoisia ajatuksia hän kertoo, ettei ole, mutta kysyy, mistä saisi apua odotusaikana.',
    municipality: '400',
    judgments: {
      'adult-mental-health': 3,
      'crisis-centre': 2,
      'crisis-helpline': 2,
      'health-centre': 2,
      'church-chat': 1,
      'mental-peer-support': 1,
    },
  }),
  m({
    needs:
      'oon 51 ja vaihdevuodet on ihan hirveet, herään yöllä hikisenä monta kertaa, päivällä itkettää ja töissä ei pysty keskittyy. painoa on tullu 8 kiloa ja pitäis varmaan syödä ja liikkua jotenki toisin. työterveys ei kuulemma hoida tällasta, voiko hormonihoitoja saada terveyskeskuksesta?',
    municipality: '680',
    judgments: {
      'health-centre': 3,
      'nutrition-advice': 2,
      'exercise-counselling': 2,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'Mulla todettiin keväällä Alzheimer. Koira on mulle tosi tärkee ja tykkään kävellä sen kanssa metsässä, mut pari kertaa oon eksyny enkä oo löytäny kotiin, ja tytär puhuu jo koiran pois viemisestä. Olisko jotain kaveria joka vois tulla lenkeille mukaan, ja muita samassa tilanteessa olevia?',
    municipality: '853',
    judgments: {
      'outdoor-friend': 3,
      'memory-guidance': 2,
      'memory-cafe': 2,
      'memory-nurse': 1,
      'safety-phone': 1,
      'walking-group': 1,
      befriending: 1,
    },
  }),
  m({
    needs:
      '14v poika jäi koulussa kiinni nuuskasta ja rehtorin mukaan se on myös myyny niitä muille. repusta löyty kymmenen rasiaa enkä tiiä mistä se on saanu rahat. miten tähän pitäis reagoida ja kenen kanssa tästä vois jutella',
    municipality: '503',
    ageGroup: 'youth',
    judgments: {
      'school-social-worker': 3,
      'parents-helpline': 2,
      'youth-mental-health': 1,
      'family-counselling-clinic': 1,
      'a-clinic': 1,
    },
  }),
  m({
    needs:
      'Mies (37) vetää viikonloppuisin kokaiinia työkavereiden kanssa. Se väittää et hallitsee sen, mut maanantait se on ihan rikki ja yhteiseltä tililtä on hävinny syksyn aikana yli 2000 e. En haluu erota mut en jaksa tätä enää yksin. Missä vois puhua tästä ja saisko sen jotenki hoitoon?',
    municipality: '202',
    judgments: {
      'relatives-substance-group': 3,
      'a-clinic': 3,
      'church-family-counselling': 2,
      'church-chat': 1,
      'debt-advice': 1,
    },
  }),
  m({
    needs:
      'Poikani (15) isä teki itsemurhan kolme viikkoa sitten. Poika on palannut kouluun, mutta ei puhu asiasta kenenkään kanssa, pelaa öisin ja lopetti jalkapallon. Olemme olleet eronneina vuosia, mutta isä oli hänelle tärkeä. En tiedä, miten tukisin häntä, kun olen itsekin ihan sekaisin.',
    municipality: '761',
    ageGroup: 'youth',
    judgments: {
      'youth-mental-health': 3,
      'crisis-centre': 3,
      'school-social-worker': 2,
      'grief-group': 2,
      'crisis-helpline': 1,
      'sekasin-chat': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    needs:
      'Asiakkaat ovat 82- ja 79-vuotias pariskunta, joka asuu omakotitalossa kylällä 15 kilometrin päässä Salon keskustasta. Miehellä on rollaattori, eikä vaimo enää aja autoa, joten kauppaan ja lääkäriin pääseminen on hankalaa. He haluaisivat myydä talon ja muuttaa keskustaan vuokra-asuntoon, jossa on hissi, mutta eivät tiedä, mistä aloittaa.',
    municipality: '734',
    ageGroup: 'older',
    mobility: 'limited',
    judgments: {
      'rental-housing': 3,
      'housing-advice': 2,
      'senior-advice': 2,
      'service-transport': 2,
      'housing-allowance': 1,
      'shopping-help': 1,
    },
  }),
  m({
    needs:
      'Äiti (84) pistää itse insuliininsa ja mittaa sokerit, mut viime aikoina se on unohtanu pistoksia ja kerran sokerit oli niin alhaalla et naapuri löysi sen sekavana. Mä muutan töiden perässä Tampereelle ensi kuussa enkä pysty enää käymään joka päivä. Miten sille saadaan joku käymään kotona?',
    municipality: '430',
    ageGroup: 'older',
    judgments: {
      'home-care': 3,
      'senior-advice': 2,
      'safety-phone': 2,
      'memory-nurse': 1,
      'memory-guidance': 1,
    },
  }),
  m({
    needs:
      'Asiakas on somalialainen nainen, joka kertoo, että hän ja kuusi ystävää (30–50-vuotiaita) haluaisivat alkaa liikkua. Kukaan heistä ei osaa uida, ja he haluaisivat oppia, mutta vain vuoroilla, joilla ei ole miehiä paikalla. Osalla on selkä- ja polvikipuja, ja suomea he puhuvat vähän.',
    municipality: '853',
    language: 'so',
    judgments: {
      'swimming-hall': 3,
      'exercise-counselling': 2,
      'aqua-aerobics': 1,
      'immigrant-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min dotter (41) har inte velat ha kontakt med mig på två år. Jag vet inte riktigt varför, hon svarar inte när jag ringer och har bett sin bror att inte berätta något om henne. Jag är 68 och bor ensam här i Pargas. Jag tänker på det hela tiden och sover dåligt. Finns det någon jag kan prata med om det här, på svenska?',
    municipality: '445',
    language: 'sv',
    judgments: {
      'church-chat': 2,
      'diaconal-reception': 2,
      'adult-mental-health': 2,
      'church-family-counselling': 2,
      'crisis-helpline': 1,
      'parish-open-house': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är ensam med tre barn på Kimitoön och bilen gick sönder i går, verkstaden säger att reparationen kostar 1 400 euro. Utan bil kommer jag inte till jobbet i Dalsbruk och barnen inte till dagis, bussen går två gånger om dagen. Jag har inga sparpengar. Kan man få hjälp med en sådan kostnad?',
    municipality: '322',
    judgments: {
      'supplementary-social-assistance': 3,
      'social-credit': 3,
      'social-guidance': 2,
      'basic-social-assistance': 1,
      'debt-advice': 1,
      'guarantee-loan': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min fru och jag väntar vårt första barn i mars. Hon bär barnet, som kommer från en donator via en klinik, och vi är gifta. Hur blir jag juridiskt förälder till barnet, och vart ska vi vända oss? Vi vill också båda vara med på besöken under graviditeten.',
    municipality: '680',
    judgments: {
      'child-maintenance': 3,
      'maternity-clinic': 3,
      'legal-aid': 1,
      'family-cafe': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 63 och fick diagnosen hjärtsvikt efter en sjukhusvistelse i oktober. Läkaren sa att jag måste minska på saltet, gå ner i vikt och börja röra på mig, men jag vet inte hur mycket jag vågar anstränga mig. Det var alltid min fru som lagade maten och hon dog i fjol, så jag kan knappt laga mat själv.',
    municipality: '529',
    language: 'sv',
    judgments: {
      'nutrition-advice': 3,
      'senior-exercise': 2,
      'exercise-counselling': 2,
      'health-centre': 2,
      'adult-education-centre': 1,
      'community-meal': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vi flyttade till Sagu i somras från Vasa och vår son (7) började skolan här. Han vågar inte längre sova ensam, vaknar på nätterna och har börjat kissa i sängen igen, fast han varit torr i flera år. Pappa jobbar i Norge och är hemma varannan vecka. Är det här något att oroa sig för, och vem kan vi prata med?',
    municipality: '738',
    ageGroup: 'children',
    judgments: {
      'family-counselling-clinic': 3,
      'school-social-worker': 2,
      'parents-helpline': 2,
      'health-centre': 2,
      'child-health-clinic': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'I came from Kenya two years ago on a family permit because my husband is Finnish. He controls all the money, locks me out when he is angry and last week he pushed me against the wall. He says if I leave him I will be deported. I work part-time at a care home. Is that true, and where can I go?',
    municipality: '680',
    language: 'en',
    judgments: {
      shelter: 3,
      nollalinja: 3,
      'residence-permit': 2,
      'legal-aid': 2,
      'immigrant-advice': 2,
      'victim-support': 2,
      'crime-report': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm 9 weeks pregnant with our first baby. We moved to Kaarina from India in August for my husband's job, and I have a residence permit as his family member. Where do I register for pregnancy check-ups, does it cost anything, and can I have someone who speaks Hindi or English at the appointments?",
    municipality: '202',
    language: 'en',
    judgments: {
      'maternity-clinic': 3,
      interpreting: 2,
      'health-centre': 1,
      'immigrant-advice': 1,
      'family-cafe': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "We moved to Masku from Texas in the summer for my wife's job. Our daughter is 15 and goes to a Finnish school in a preparatory class. She cries every morning, says nobody talks to her and wants to go back to the US. Her grades were excellent before. Who at the school or elsewhere could help her settle in?",
    municipality: '481',
    ageGroup: 'youth',
    judgments: {
      'school-social-worker': 3,
      'youth-mental-health': 2,
      'youth-centre': 1,
      'sekasin-chat': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "My bag was stolen on the bus last night with my passport, wallet and residence permit card inside. I'm from Vietnam and study nursing. I need to travel home in three weeks for my grandmother's funeral. What do I do first, and how fast can I get a new permit card?",
    municipality: '704',
    judgments: {
      'crime-report': 3,
      'residence-permit': 3,
      'immigrant-advice': 1,
      'victim-support': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I've moved back to Turku after 22 years in Australia to be close to my mother, who has dementia. I'm staying with her for now but her flat is tiny. I have no income yet and I'm not even sure I'm covered by Kela again. Where do I start with housing, money and finding work?",
    municipality: '853',
    judgments: {
      'employment-services': 3,
      'social-guidance': 2,
      'basic-social-assistance': 2,
      'housing-allowance': 2,
      'rental-housing': 2,
      'housing-advice': 2,
      'immigrant-advice': 1,
      'memory-guidance': 1,
    },
  }),
];
