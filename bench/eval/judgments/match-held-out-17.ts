/**
 * The seventeenth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the seventeenth round of work on
 * matching; judged from what the person means against the fixed corpus without running matching on
 * them, and never tuned against. Same rules as `match.ts`: copies of a concept outside the client's
 * municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(415, 17);

export const matchHeldOut17Cases: MatchCase[] = [
  m({
    needs:
      'Asiakas on 31-vuotias eritrealainen mies, joka sai juuri myönteisen turvapaikkapäätöksen ja oleskeluluvan. Hänen on muutettava vastaanottokeskuksesta pois kuukauden sisällä, mutta hänellä ei ole asuntoa, tuloja eikä pankkitiliä. Hän puhuu tigrinjaa ja vähän englantia ja haluaa mahdollisimman pian suomen kurssille ja töihin.',
    municipality: '853',
    judgments: {
      'immigrant-advice': 3,
      'rental-housing': 3,
      'housing-advice': 2,
      'basic-social-assistance': 2,
      'housing-allowance': 2,
      'finnish-courses': 2,
      'employment-services': 2,
      'labour-market-subsidy': 1,
      interpreting: 1,
    },
  }),
  m({
    needs:
      'Asiakas on 42-vuotias yksinhuoltaja, jolla todettiin rintasyöpä, ja solunsalpaajahoidot alkavat ensi viikolla. Lapset ovat 7- ja 11-vuotiaat, eikä sukulaisia asu lähellä. Hän pelkää, ettei jaksa hoitojen aikana laittaa ruokaa, siivota eikä kuljettaa nuorempaa harrastuksiin. Häntä mietityttää myös, miten asiasta kerrotaan lapsille.',
    municipality: '202',
    judgments: {
      'family-home-help': 3,
      'family-counselling-clinic': 2,
      'parents-helpline': 1,
      'support-person': 1,
      'shopping-help': 1,
      'diaconal-reception': 1,
    },
  }),
  m({
    needs:
      'voiks aikuisena vielä päästä adhd-tutkimuksiin? pojalla todettiin keväällä ja tunnistin ihan kaikki oireet itestäni, oon 38',
    municipality: '734',
    judgments: {
      'adult-mental-health': 3,
      'health-centre': 3,
      'mental-peer-support': 1,
    },
  }),
  m({
    needs:
      'asutaan miehen ja kahen lapsen (vauva ja 3v) kanssa 32 neliön yksiössä, pinnasängylle ei oo ees paikkaa. yksityiset isommat kämpät on ihan liian kalliita ja mies on työtön. mistä sais kohtuuhintasen kolmion ja auttaako kela vuokrassa',
    municipality: '734',
    judgments: {
      'rental-housing': 3,
      'housing-allowance': 3,
      'housing-advice': 2,
      'basic-social-assistance': 1,
    },
  }),
  m({
    needs:
      'huudan mun lapsille (5 ja 8) melkein joka päivä ja eilen tukistin vanhempaa niin kovaa et se itki pitkään. jälkeenpäin hävettää ihan sairaasti. oon ite kasvanu kodissa jossa lyötiin enkä haluu et meillä menee samalla tavalla. kenelle tästä uskaltaa puhua ettei heti viedä lapsia',
    municipality: '680',
    judgments: {
      'family-counselling-clinic': 3,
      'violence-intervention': 3,
      'parents-helpline': 2,
      'family-home-help': 1,
      'adult-mental-health': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    needs:
      'Joka vuosi sama juttu: marraskuussa alkaa väsyttää, nukun yksitoista tuntia ja oon silti ihan poikki, syön pelkkää makeeta enkä jaksa nähdä ketään. Keväällä helpottaa. Nyt on lokakuu ja jo pelottaa etukäteen. Onko tähän muuta apua kuin kirkasvalolamppu?',
    municipality: '895',
    judgments: {
      'adult-mental-health': 3,
      'health-centre': 2,
      'exercise-counselling': 1,
      'mental-peer-support': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'Olen kuuro ja käytän viittomakieltä. Polvi on ollut kipeä jo kuukauden ja pitäisi päästä lääkäriin, mutta terveysasemalle pitää soittaa ajanvaraukseen enkä pysty soittamaan. Miten saan ajan ilman puhelinta ja tulkin mukaan vastaanotolle?',
    municipality: '445',
    judgments: {
      'health-centre': 3,
      interpreting: 3,
      'disability-services': 1,
    },
  }),
  m({
    needs:
      'intti loppu viikko sitten enkä oo keksiny mitä tekis. lukion kävin mut yhteishaussa en hakenu mihinkään ku tiesin et meen armeijaan. nyt asun porukoilla ja faija käskee hakee töitä tai kouluun. mistä kannattais alottaa',
    municipality: '423',
    ageGroup: 'youth',
    judgments: {
      ohjaamo: 3,
      'employment-services': 3,
      'labour-market-subsidy': 2,
      'youth-workshop': 1,
      'outreach-youth-work': 1,
    },
  }),
  m({
    needs:
      'tyttö (14) haluis kesällä kavereiden kanssa rippileirille mut leirimaksu on 280 e eikä mulla oo siihen varaa. oon yksin kolmen lapsen kanssa työmarkkinatuella. saako tähän jostain apua',
    municipality: '430',
    judgments: {
      'diaconal-economic-advice': 3,
      'diaconal-reception': 3,
      'supplementary-social-assistance': 2,
      'basic-social-assistance': 1,
      'food-aid': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 33-vuotias nainen, jonka molemmat vanhemmat joivat hänen lapsuudessaan runsaasti. Nyt hän huomaa tarkkailevansa jatkuvasti kumppaninsa mielialoja, ei pysty luottamaan tähän ja ahdistuu, jos kumppani ottaa yhdenkin oluen. Hän haluaisi ymmärtää, mistä tämä johtuu, ja puhua jonkun aiheen tuntevan kanssa.',
    municipality: '761',
    judgments: {
      'adult-mental-health': 3,
      'a-clinic': 2,
      'relatives-substance-group': 2,
      'church-family-counselling': 1,
      'mental-peer-support': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'kaveri laitto äsken snäpin et se ei jaksa enää ja et kaikilla ois parempi ilman sitä. nyt se ei vastaa mulle. oon 15 enkä tiiä pitäiskö kertoo jollekin aikuiselle vai soittaa jonnekin',
    municipality: '636',
    ageGroup: 'youth',
    judgments: {
      'crisis-helpline': 3,
      'emergency-social-services': 2,
      'sekasin-chat': 2,
      'youth-mental-health': 2,
      'medical-helpline': 1,
      'school-social-worker': 1,
    },
  }),
  m({
    needs:
      'Asiakas on kaupan kassalla töissä, ja viime lauantaina naamioitunut mies uhkasi häntä veitsellä ja vei kassan rahat. Poliisi tutkii asiaa. Asiakas ei ole sen jälkeen nukkunut kunnolla, säpsähtää jokaista oven avausta ja pelkää palata töihin maanantaina.',
    municipality: '400',
    judgments: {
      'crisis-centre': 3,
      'victim-support': 3,
      'adult-mental-health': 2,
      'health-centre': 1,
      'crisis-helpline': 1,
      'crime-report': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'ostin autoliikkeestä käytetyn farmarin 7400 eurolla ja kolmen viikon päästä vaihteisto hajos. liike sanoo et käytetyssä autossa saa olla vikoja eikä ne korvaa mitään. korjaus maksais 2500 e, autoa tarviin töihin ja osamaksu juoksee silti',
    municipality: '480',
    judgments: {
      'consumer-advice': 3,
      'legal-aid': 2,
      'free-legal-advice': 1,
      'debt-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 86-vuotiaan isän kuulo on heikentynyt niin, ettei hän kuule puhelinta eikä ovikelloa. Kuulolaitteet hänellä on, mutta ne ovat laatikossa, koska hän ei osaa vaihtaa paristoja eikä saa laitteita korvaan. Eläkeläisten kahvilla hän on lakannut käymästä, kun ei saa puheesta selvää, ja istuu nyt päivät yksin.',
    municipality: '529',
    ageGroup: 'older',
    judgments: {
      'assistive-devices': 3,
      'health-centre': 2,
      'senior-advice': 2,
      'home-care': 1,
      befriending: 1,
      'pensioners-clubs': 1,
    },
  }),
  m({
    needs:
      'eksä sano riidan keskellä et poika (4v) ei välttämättä oo mun. isyys on tunnustettu ja maksan elatusta. haluun tietää totuuden: voiko dna-testin vaatia ja mitä sit tapahtuu elatukselle ja tapaamisille? poika on mulle silti tosi rakas',
    municipality: '918',
    judgments: {
      'legal-aid': 3,
      'child-maintenance': 2,
      'free-legal-advice': 1,
      'family-mediation': 1,
      'men-meeting-place': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är i vecka 20 med mitt första barn och har mått bra hittills. Före graviditeten sprang jag, men nu känns det inte rätt. Finns det någon motion i simbassäng eller andra grupper som passar gravida här i S:t Karins, och vem kan jag fråga vad som är säkert?',
    municipality: '202',
    judgments: {
      'aqua-aerobics': 3,
      'maternity-clinic': 2,
      'exercise-counselling': 2,
      'swimming-hall': 2,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 72 och fick förra veckan beskedet att jag har en lindrig minnessjukdom. Jag bor ensam och klarar mig bra än så länge. Jag vill hålla både huvudet och kroppen i gång så länge det går och träffa andra i samma situation, gärna på svenska. Vart vänder jag mig?',
    municipality: '853',
    ageGroup: 'older',
    judgments: {
      'memory-guidance': 3,
      'memory-cafe': 3,
      'memory-nurse': 2,
      'senior-exercise': 2,
      'service-centre': 1,
      'senior-advice': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Vår dotter är två år och har inte sovit en hel natt sedan hon föddes, hon vaknar fem–sex gånger varje natt. Min man jobbar i skift och jag är hemma med henne och vår fyraåring. Jag är så trött att jag nästan somnade vid ratten förra veckan. Vi behöver hjälp, både med sömnen och med vardagen.',
    municipality: '322',
    judgments: {
      'family-home-help': 3,
      'child-health-clinic': 3,
      'parents-helpline': 2,
      'family-counselling-clinic': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 16. Pappa dricker varje helg och blir elak, han skriker på mamma och slår i dörrar. Mamma säger att det inte är så farligt, men jag vill inte vara hemma på fredagarna längre. Vem kan jag prata med utan att det blir en stor grej?',
    municipality: '445',
    ageGroup: 'youth',
    judgments: {
      'school-social-worker': 3,
      'sekasin-chat': 2,
      'youth-mental-health': 2,
      'relatives-substance-group': 1,
      nollalinja: 1,
      'emergency-social-services': 1,
      'youth-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag opererades för prostatacancer i våras. Medicinskt ser allt bra ut, men erektionen har inte kommit tillbaka och jag läcker fortfarande lite urin. Min fru och jag har slutat röra varandra och pratar knappt om det. Jag är 64. Finns det hjälp för sådant här, både för kroppen och för oss som par?',
    municipality: '680',
    judgments: {
      'health-centre': 3,
      'church-family-counselling': 2,
      'adult-mental-health': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "My mother died in Tehran two weeks ago and I couldn't travel to the funeral. I have lived in Finland for four years and all my family is back home. I go to work and I function, but in the evenings I just sit and cry, and there is nobody here to grieve with.",
    municipality: '853',
    judgments: {
      'grief-group': 3,
      'crisis-centre': 2,
      'adult-mental-health': 1,
      'church-chat': 1,
      'crisis-helpline': 1,
      'parish-open-house': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'We moved to Kaarina from the Philippines in June with our children aged 2 and 6. Their vaccinations there followed a different schedule and I only have a paper card. Where do we take them to check what is missing, and does the 6-year-old need anything before preschool starts?',
    municipality: '202',
    language: 'en',
    judgments: {
      'child-health-clinic': 3,
      'health-centre': 2,
      'immigrant-advice': 1,
      'early-education': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I have to renew my residence permit online and upload scans of my employment contract, payslips and passport. I don't have a printer or scanner at home, and the Enter Finland site keeps rejecting my files. Is there anywhere in Naantali that can help me with this?",
    municipality: '529',
    judgments: {
      'digital-support': 3,
      'residence-permit': 2,
      library: 2,
      'immigrant-advice': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I'm a retired nurse from Wales and moved to Salo last year with my Finnish husband. I have time on my hands and would love to do some volunteering, for example keeping lonely older people company. My Finnish is still basic. Who takes on volunteers like me?",
    municipality: '734',
    judgments: {
      befriending: 3,
      'shopping-help': 2,
      'outdoor-friend': 2,
      'language-cafe': 1,
      'pensioners-clubs': 1,
      'parish-open-house': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'I moved to Raisio from Canada a month ago for work. I have type 1 diabetes and my insulin and sensor supplies run out in about three weeks. I have a Finnish personal identity code but no Kela card yet. How do I get a doctor here to prescribe them, and is there a diabetes group that meets in English?',
    municipality: '680',
    judgments: {
      'health-centre': 3,
      'diabetes-peer': 2,
      pharmacy: 1,
      'medical-helpline': 1,
      'immigrant-advice': 1,
    },
  }),
];
