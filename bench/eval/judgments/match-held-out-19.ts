/**
 * The nineteenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the nineteenth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching
 * on them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the
 * client's municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(465, 19);

export const matchHeldOut19Cases: MatchCase[] = [
  m({
    needs:
      'näin facessa mainoksen jossa joku tuttu julkkis kehu sijotussivustoa. siellä oli "oma salkunhoitaja" joka soitteli joka päivä, ja ku eka sijotus tuotti niin laitoin kaikki säästöt ja otin vielä kaks kulutusluottoa, yhteensä about 11 000 e. nyt sivu ei aukee eikä kukaan vastaa. saako noita rahoja mitenkää takas ja miten mä selviän näistä lainoista',
    municipality: '561',
    judgments: {
      'crime-report': 3,
      'debt-advice': 3,
      'debt-helpline': 2,
      'victim-support': 2,
      'consumer-advice': 1,
      'guarantee-loan': 1,
      'debt-adjustment': 1,
    },
  }),
  m({
    needs:
      'oon tehny kevytyrittäjänä siivouskeikkoja pari vuotta mut syksyllä asiakkaat loppu kokonaan. tilillä 30 e ja vuokra pitäis maksaa ens viikolla. saako kevytyrittäjä työttömyyskorvausta vai pitääkö hakee sossusta?',
    municipality: '577',
    judgments: {
      'labour-market-subsidy': 3,
      'employment-services': 3,
      'basic-social-assistance': 2,
      'housing-allowance': 2,
      'social-guidance': 1,
      'business-advice': 1,
      'debt-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 46-vuotias linja-autonkuljettaja, joka sairasti koronan keväällä eikä ole toipunut: hän hengästyy portaissa, keskittyminen katkeaa kesken lauseen ja pienikin rasitus vie voimat päiviksi. Sairauspäivärahan enimmäisaika täyttyy pian, eikä hän usko pystyvänsä enää ajamaan. Mistä saisi hoitoa ja kuntoutusta, ja millä hän elää, jos töihin paluu ei onnistu?',
    municipality: '761',
    judgments: {
      'health-centre': 3,
      'employment-services': 2,
      'social-guidance': 2,
      'adult-social-work': 1,
      'adapted-exercise': 1,
      'labour-market-subsidy': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    needs:
      'meiän 15v poika kattoo iltaset jotain tiktok-äijiä jotka puhuu naisista ihan kamalasti, ja nyt se on alkanu toistaa niitä juttuja mulle ja pikkusiskolleen ja sanoo et naisten paikka on kotona. kaverit on vähentyny ja se istuu vaan huoneessa. miten tähän puututaan ilman et välit menee kokonaan poikki',
    municipality: '481',
    ageGroup: 'youth',
    judgments: {
      'family-counselling-clinic': 3,
      'parents-helpline': 2,
      'school-social-worker': 2,
      'youth-mental-health': 1,
      'youth-centre': 1,
    },
  }),
  m({
    needs:
      'naapurin irti juossu koira puri 7v tyttöä pohkeeseen meiän pihalla. pitääks lähtee lääkäriin ja voiko tästä tehä jonku ilmotuksen, se koira on hyökkäilly ennenki',
    municipality: '738',
    judgments: {
      'medical-helpline': 3,
      'crime-report': 3,
      'health-centre': 2,
      'victim-support': 1,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      'Veli (23) on alkanu pistää steroideja jotka se ostaa salikavereilta. Se on ihan eri ihminen: kiukkunen, nukkuu huonosti ja rinnassa on joku outo kyhmy, ja sen kämpillä lojuu käytettyjä neuloja. Itte se ei pidä tätä minään ongelmana eikä aio lopettaa. Saisko se jostain ees puhtaat välineet ja verikokeet, ja kenen kanssa mä voisin tästä puhua?',
    municipality: '529',
    judgments: {
      'health-counselling-point': 3,
      'a-clinic': 2,
      'health-centre': 2,
      'relatives-substance-group': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 24-vuotias lievästi kehitysvammainen nainen, joka sai kolme kuukautta sitten ensimmäisen lapsensa. Hän asuu yksin vuokrakaksiossa, eikä lapsen isä osallistu. Neuvolassa on herännyt huoli siitä, miten hän pärjää vauvan syöttämisen, unirytmin ja kodin hoidon kanssa. Asiakas haluaa ehdottomasti hoitaa lastaan itse ja toivoo, että joku kävisi auttamassa kotona.',
    municipality: '430',
    judgments: {
      'family-home-help': 3,
      'disability-services': 3,
      'child-health-clinic': 2,
      'supported-housing': 1,
      'child-maintenance': 1,
      'family-cafe': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      'Isällä (80) todettiin keväällä Alzheimerin tauti, mutta hän ajaa yhä autolla kauppaan. Eilen hän eksyi Auran suunnalle ja soitti minulle itkien tienvarresta. Lääkäri ei ole kuulemma sanonut ajokortista mitään, ja äiti on jo ihan uupunut eikä uskalla puuttua. Kenen kuuluu ottaa ajaminen puheeksi, ja miten he sen jälkeen pääsevät kauppaan ja lääkäriin täältä maalta?',
    municipality: '636',
    ageGroup: 'older',
    judgments: {
      'health-centre': 3,
      'memory-guidance': 3,
      'memory-nurse': 2,
      'senior-advice': 2,
      'transport-service': 1,
      'service-transport': 1,
      'shopping-help': 1,
      'carer-peer-group': 1,
      'carer-allowance': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan vanhemmat ovat 87 ja 89 ja ovat olleet naimisissa 64 vuotta. Isä tarvitsee nyt hoitoa ympäri vuorokauden ja on saanut paikan hoivakodista, mutta äiti on vielä hyväkuntoinen eikä hänelle myönnetä paikkaa samasta talosta. Kumpikaan ei halua asua erillään. Onko puolisoilla oikeus asua yhdessä, ja kuka tällaisesta päättää?',
    municipality: '918',
    ageGroup: 'older',
    judgments: {
      'round-the-clock-housing': 3,
      'senior-advice': 3,
      'social-ombudsman': 2,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      'Tyttö (1 v 8 kk) aloittaa päiväkodin tammikuussa. Sillä on vaikea maito- ja pähkinäallergia, adrenaliinikynä on aina mukana ja kerran jo jouduttiin ambulanssilla sairaalaan. Miten varmistan, että päiväkodissa osataan toimia ja ruoka on turvallista, ja mitä papereita sinne pitää toimittaa?',
    municipality: '734',
    ageGroup: 'children',
    judgments: {
      'early-education': 3,
      'child-health-clinic': 2,
      'nutrition-advice': 2,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'meiän 12v tuli koulusta itkien: kolme isompaa poikaa oli vieny siltä kännykän bussipysäkillä ja uhannu hakata jos se kertoo kellekään. se tietää keitä ne on. nyt se ei suostu lähtee huomenna kouluun. soitanko ekana poliisille vai koululle?',
    municipality: '538',
    ageGroup: 'children',
    judgments: {
      'crime-report': 3,
      'school-social-worker': 3,
      'victim-support': 2,
      'parents-helpline': 1,
      'family-counselling-clinic': 1,
    },
  }),
  m({
    needs:
      'oon 74 ja asun yksin. ens viikolla on paksusuolen tähystys ja saan siinä rauhottavia, joten kotimatkalle pitäis olla joku saattaja. lapset asuu ruotsissa eikä oo ketään kenet pyytää. löytyykö tähän mistään apua?',
    municipality: '853',
    ageGroup: 'older',
    judgments: {
      'support-person': 3,
      'outdoor-friend': 2,
      'senior-advice': 2,
      befriending: 1,
      'shopping-help': 1,
      'service-transport': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 61-vuotias varastotyöntekijä. Työnantaja siirsi työvuorolistat, palkkalaskelmat ja perehdytykset sovellukseen, jota käytetään puhelimella, eikä asiakas ole koskaan käyttänyt älypuhelinta muuhun kuin soittamiseen. Hän häpeää kysyä nuoremmilta työkavereilta ja pelkää menettävänsä työnsä. Missä hän voisi opetella ihan perusteista alkaen?',
    municipality: '202',
    judgments: {
      'digital-support': 3,
      'adult-education-centre': 2,
      library: 2,
    },
  }),
  m({
    needs:
      'Takana neljä hedelmöityshoitokierrosta eikä yksikään onnistunut, ja lääkäri sanoi että nyt kannattaa lopettaa. En pysty kattomaan kavereiden vauvakuvia ja itken töissä vessassa. Mies haluis jo puhua muusta ja me ollaan riidelty tästä koko syksy. Kenen kanssa tästä vois puhua?',
    municipality: '019',
    judgments: {
      'church-family-counselling': 3,
      'crisis-centre': 2,
      'adult-mental-health': 2,
      'church-chat': 2,
      'crisis-helpline': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 38-vuotias mies, joka on asunut koko ikänsä äitinsä kanssa tämän vuokra-asunnossa. Äiti muuttaa nyt palvelutaloon, ja vuokrasopimus on äidin nimissä. Asiakas on työtön eikä tiedä, voiko hän jäädä asuntoon, ja jos voi, miten hän pystyisi maksamaan vuokran yksin.',
    municipality: '680',
    judgments: {
      'housing-advice': 3,
      'housing-allowance': 2,
      'basic-social-assistance': 2,
      'rental-housing': 1,
      'employment-services': 1,
      'adult-social-work': 1,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 58, har sjukpension och typ 1-diabetes. Pensionen räcker till hyran och medicinerna, men mot slutet av varje månad tar maten slut och då blir blodsockret svårt att hålla jämnt. Var kan man få mat här i Nystad, och finns det något stöd för kostnaderna för diabeteskost?',
    municipality: '895',
    language: 'sv',
    judgments: {
      'food-aid': 3,
      'basic-social-assistance': 2,
      'supplementary-social-assistance': 2,
      'diaconal-reception': 2,
      'nutrition-advice': 1,
      'diabetes-peer': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag var på hälsostationen förra veckan och bad att få tala svenska, men läkaren sa att det inte går och förklarade allt på finska. Jag förstod inte riktigt vad provsvaren betydde eller hur jag ska ta den nya medicinen. Har jag inte rätt till vård på svenska i Åbo, och vem kan jag klaga hos?',
    municipality: '853',
    language: 'sv',
    judgments: {
      'patient-ombudsman': 3,
      'health-centre': 2,
      pharmacy: 1,
      'medical-helpline': 1,
      interpreting: 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 17 och bor i Dragsfjärd. Mina föräldrar är mycket religiösa, och när de hittade meddelanden mellan mig och min pojkvän sa pappa att jag inte längre är hans son. Nu pratar ingen med mig hemma och jag vill bara därifrån. Här ute känner alla alla, så jag vågar inte gå till någon i byn. Vem kan jag prata med?',
    municipality: '322',
    language: 'sv',
    ageGroup: 'youth',
    judgments: {
      'youth-mental-health': 3,
      'sekasin-chat': 3,
      'school-social-worker': 2,
      'crisis-helpline': 2,
      'emergency-social-services': 1,
      'church-chat': 1,
      'youth-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag flyttade från Umeå till Pargas för min sambos skull för tre år sedan. I somras tog det slut, och han har behållit alla våra gemensamma vänner. Jag har jobb, men kvällar och helger är jag helt ensam och gråter mycket. Finns det någonstans här där man kan träffa folk eller prata med någon, på svenska?',
    municipality: '445',
    language: 'sv',
    judgments: {
      'parish-open-house': 3,
      'diaconal-reception': 2,
      'divorce-group': 2,
      'church-chat': 2,
      'crisis-centre': 1,
      'crisis-helpline': 1,
      'adult-education-centre': 1,
      'residents-lounge': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 55 och har just avslutat behandlingarna för bröstcancer. Nu vill jag bygga upp konditionen igen, men jag har fått lymfödem i armen och är osäker på vad jag får göra. Finns det någon som kan hjälpa mig att komma i gång, och grupper i S:t Karins, gärna i vatten?',
    municipality: '202',
    language: 'sv',
    judgments: {
      'exercise-counselling': 3,
      'aqua-aerobics': 3,
      'adapted-exercise': 2,
      'health-centre': 2,
      'swimming-hall': 1,
      'walking-group': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm a man and my boyfriend has hit me three times since we moved to Kustavi in the spring, last time he split my lip. Afterwards he cries and says it won't happen again. I'm embarrassed to tell anyone and I'm not sure the services here are even meant for men in a gay relationship. Where could I go if I need to leave?",
    municipality: '304',
    language: 'en',
    judgments: {
      nollalinja: 3,
      shelter: 3,
      'victim-support': 2,
      'crime-report': 2,
      'crisis-centre': 1,
      'emergency-accommodation': 1,
      'health-centre': 1,
      'violence-intervention': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "My partner of eleven years died suddenly in September. We were never married. His parents arranged the funeral without asking me, and now they say the house we lived in belongs to his estate and I have to move out by spring. I'm British and my Finnish isn't good enough for legal things. How do I find out my rights, and is there anyone I can talk to about losing him?",
    municipality: '833',
    language: 'en',
    judgments: {
      'legal-aid': 3,
      'young-widows': 2,
      'crisis-centre': 2,
      'grief-group': 2,
      'church-chat': 1,
      'crisis-helpline': 1,
      'immigrant-advice': 1,
      'housing-advice': 1,
      'free-legal-advice': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm from Turkey and got my residence permit because I'm married to a Finnish woman. We are separating now. I have a permanent job in Salo and our daughter is three. Will I lose my permit when we divorce, and how do we agree on where our daughter lives and how often I see her?",
    municipality: '734',
    language: 'en',
    judgments: {
      'residence-permit': 3,
      'immigrant-advice': 3,
      'family-mediation': 2,
      'child-maintenance': 2,
      'legal-aid': 2,
      'church-family-counselling': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm a master's student from Bangladesh. My tuition fee for next year is due in June, I'm two months behind on rent and I've started skipping meals. My restaurant job wants me to work more hours than my student permit allows and I'm tempted to say yes. What help is there for someone like me?",
    municipality: '853',
    language: 'en',
    judgments: {
      'immigrant-advice': 3,
      'residence-permit': 2,
      'food-aid': 2,
      'food-bank': 2,
      'diaconal-reception': 2,
      'housing-advice': 2,
      'debt-advice': 1,
      'diaconal-economic-advice': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "Our son was born in August. Since then I, the dad, have felt numb and irritable. I can't sleep even when the baby does, and I snap at my wife over nothing. She thinks I might have postnatal depression, but isn't that only for mothers? I work full-time and my Finnish is limited.",
    municipality: '680',
    language: 'en',
    judgments: {
      'adult-mental-health': 3,
      'child-health-clinic': 2,
      'parents-helpline': 2,
      'health-centre': 2,
      'men-meeting-place': 1,
      'family-cafe': 1,
      'crisis-helpline': 1,
    },
  }),
];
