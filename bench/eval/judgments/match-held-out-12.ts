/**
 * The twelfth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, during the twelfth round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(290, 12);

export const matchHeldOut12Cases: MatchCase[] = [
  m({
    needs:
      'lopetin salijäsenyyden jo keväällä mut ne laskuttaa edelleen ja nyt tuli perintäfirmalta kirje, 180 € + kulut. en mä aio maksaa jostain mitä en oo käyttäny, mut pelottaa et luottotiedot menee. mitä teen?',
    municipality: '019',
    judgments: {
      'consumer-advice': 3,
      'debt-helpline': 2,
      'debt-advice': 1,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 68-vuotias eronnut mies, joka asuu yksin kerrostalossa. Hän kertoo syövänsä lähinnä leipää ja makkaraa, koska ei jaksa kokata yhdelle, ja päivät menevät television ääressä. Hän toivoisi edullista lämmintä ruokaa ja jotain porukkaa, jossa käydä.',
    municipality: '734',
    ageGroup: 'older',
    judgments: {
      'community-meal': 3,
      'pensioners-clubs': 2,
      'residents-lounge': 2,
      'parish-open-house': 2,
      'elderly-day-activities': 1,
      'food-aid': 1,
      befriending: 1,
    },
  }),
  m({
    needs:
      'oon taloyhtiön hallituksen puheenjohtaja, meillä on vanha kolmikerroksinen talo ilman hissiä ja puolet asukkaista on yli 75. hissin rakentamisesta on puhuttu vuosia mut kaikki pelkää hintaa. saako siihen jotain avustusta ja mitä lupia tarvitaan?',
    municipality: '853',
    judgments: {
      'renovation-grant': 3,
      'building-permit': 2,
      'housing-advice': 1,
      'senior-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakas saa työmarkkinatukea ja haluaisi aloittaa kaupan alan ammattitutkinnon. Hän pelkää menettävänsä tuen, jos lähtee opiskelemaan. Voiko opiskella tuen turvin, ja kenen kanssa asiasta sovitaan?',
    municipality: '577',
    judgments: {
      'employment-services': 3,
      'labour-market-subsidy': 3,
      'social-guidance': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      'meidän 13v tyttö on alkanu roikkua paljon vanhempien tyyppien kaa ja viime lauantaina tuli kotiin kännissä puolenyön jälkeen. puhelimeen ei vastaa kun on ulkona. ei tiedetä pitäiskö kieltää kaikki vai mitä, ollaan ihan neuvottomia',
    municipality: '400',
    judgments: {
      'parents-helpline': 3,
      'family-counselling-clinic': 2,
      'school-social-worker': 2,
      'youth-mental-health': 1,
      'emergency-social-services': 1,
      'a-clinic': 1,
    },
  }),
  m({
    needs:
      'Aloitan ensi kuussa vuorotyöt ja ekaluokkalainen jäis koulun jälkeen yksin kotiin neljäks tunniks. Oon yksinhuoltaja eikä täällä oo sukua, ja jo nyt ihan loppu. Mistä saa hoitoa iltapäiviin ja apua niihin iltoihin kun oon myöhäisvuorossa?',
    municipality: '202',
    judgments: {
      'afternoon-club': 3,
      'family-home-help': 2,
      'early-education': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 76-vuotias omaishoitaja, jonka miehellä on pitkälle edennyt Alzheimerin tauti. Asiakkaalle on tulossa lonkkaleikkaus kolmen viikon päästä, eikä mies pärjää kotona yksin päivääkään. Lapset asuvat ulkomailla. Miten miehen hoito järjestetään leikkauksen ja toipumisen ajaksi, ja kuka auttaa asiakasta itseään kotiutumisen jälkeen?',
    themes: ['caring-for-a-relative'],
    municipality: '430',
    ageGroup: 'older',
    judgments: {
      'respite-care': 3,
      'home-care': 2,
      'senior-advice': 2,
      'carer-allowance': 1,
      'round-the-clock-housing': 1,
      'memory-guidance': 1,
    },
  }),
  m({
    needs:
      'tulin puol vuotta sitten takas rauhanturvaamisesta Libanonista. nukun huonosti, näen painajaisia ja räjähdän vaimolle pienistä. työterveyttä ei oo kun palvelus loppu. kenelle tästä vois puhua?',
    municipality: '529',
    judgments: {
      'adult-mental-health': 3,
      'crisis-centre': 2,
      'church-family-counselling': 1,
      'crisis-helpline': 1,
      'church-chat': 1,
      'men-meeting-place': 1,
    },
  }),
  m({
    needs:
      'mä syön iltasin ihan hirveet määrät ja sit oksennan. kukaan ei tiedä. oon 19 ja tää on jatkunu jo vuoden, en haluu et äiti saa tietää',
    municipality: '738',
    ageGroup: 'youth',
    judgments: {
      'youth-mental-health': 3,
      'sekasin-chat': 2,
      'health-centre': 1,
      'adult-mental-health': 1,
      'nutrition-advice': 1,
    },
  }),
  m({
    needs:
      'jäin eläkkeelle viime keväänä ja huomaan et pullo viiniä menee nykyään joka ilta, joskus enemmänkin. mies sanoo ettei se oo mitään mut mua alkaa itteä huolettaa. en haluu mihinkään laitokseen, vaan jutella jonkun kanssa',
    municipality: '680',
    judgments: {
      'a-clinic': 3,
      'health-centre': 2,
      'a-guild': 1,
      'adult-mental-health': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'joku on ottanu mun nimissä kolme pikavippiä ja tilannu puhelimen, tajusin vasta kun perintäkirjeet tuli. lompakko vietiin kesällä bussissa. miten tästä pääsee eroon ettei tarvii maksaa?',
    municipality: '481',
    judgments: {
      'crime-report': 3,
      'consumer-advice': 2,
      'debt-helpline': 2,
      'victim-support': 1,
      'legal-aid': 1,
      'debt-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 88-vuotiaalle äidille annettiin terveyskeskuksen vuodeosastolla väärä lääke, ja hän joutui sairaalaan. Lisäksi kotihoidon käynnit ovat nyt kymmenen minuutin mittaisia, eikä äiti ehdi edes syödä. Asiakas haluaa tehdä valituksen molemmista. Miten edetä?',
    municipality: '636',
    judgments: {
      'patient-ombudsman': 3,
      'social-ombudsman': 3,
      'legal-aid': 1,
      'senior-advice': 1,
    },
  }),
  m({
    needs:
      'saatiin koko perhe ruokamyrkytys liedolaisesta pizzeriasta lauantaina, kenelle tästä ilmotetaan ja saako rahat takas?',
    municipality: '423',
    judgments: {
      'food-control': 3,
      'consumer-advice': 2,
      'medical-helpline': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'isä puhuu vaan venäjää ja sillä on ens viikolla aika terveysasemalle sydänkokeiden tulosten takia. en pääse töistä mukaan kääntämään. voiko sinne saada tulkin ja pitääkö se tilata itse?',
    municipality: '895',
    language: 'ru',
    judgments: {
      interpreting: 3,
      'health-centre': 2,
      'immigrant-advice': 1,
    },
  }),
  m({
    needs:
      'Vaimo on humalassa lyöny mua useemman kerran, viimeks heitti kahvikupilla päähän. Kukaan ei usko kun oon iso mies, ja häpeen koko juttua. Lapset on 4 ja 7. Mitä mä voin tehdä?',
    municipality: '503',
    judgments: {
      nollalinja: 3,
      'victim-support': 2,
      shelter: 2,
      'crime-report': 1,
      'emergency-social-services': 1,
      'men-meeting-place': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min mamma dog i mars. Jag skötte henne hemma i tre år och nu är dagarna tomma, jag vet inte vad jag ska göra med mig själv. Finns det någon grupp på svenska där man kan prata om sådant?',
    municipality: '853',
    language: 'sv',
    judgments: {
      'grief-group': 3,
      'church-chat': 2,
      'diaconal-reception': 2,
      'crisis-centre': 1,
      'parish-open-house': 1,
      'carer-peer-group': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min pappa (84) bor ensam på Kimitoön och fick en demensdiagnos i höstas. Jag bor i Helsingfors och kan bara komma varannan helg. Han har glömt spisen på två gånger. Vilken hjälp kan han få hemma, och vad händer om det inte längre går?',
    municipality: '322',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'senior-advice': 3,
      'home-care': 3,
      'safety-phone': 2,
      'memory-guidance': 2,
      'round-the-clock-housing': 2,
      'memory-nurse': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Apoteket mätte mitt blodtryck och det var 170/105. Jag har inte varit hos läkare på tio år. Dessutom har jag gått upp 15 kilo sedan jag slutade röka och skulle vilja ändra på matvanorna och börja röra på mig, men vet inte hur.',
    municipality: '445',
    language: 'sv',
    judgments: {
      'health-centre': 3,
      'nutrition-advice': 2,
      'exercise-counselling': 2,
      'medical-helpline': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag fick en surfplatta av barnbarnen. Kan man låna ljudböcker med den från biblioteket, och finns det någon som kan visa hur det går till?',
    municipality: '202',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      ebooks: 3,
      'digital-support': 3,
      library: 2,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min fru har svår KOL och orkar bara gå några tiotal meter. Kan hon få ett parkeringstillstånd så att jag kan stanna nära dörren, och var får man tag på en rollator?',
    municipality: '734',
    language: 'sv',
    mobility: 'limited',
    judgments: {
      'parking-permit-disabled': 3,
      'assistive-devices': 2,
      'transport-service': 1,
      'service-transport': 1,
      'disability-services': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My boyfriend is Brazilian and his student residence permit runs out in October. We were planning to get married in church here next summer anyway – could we do it sooner, and would being married let him stay? What do we have to do?',
    municipality: '853',
    language: 'en',
    judgments: {
      'residence-permit': 3,
      wedding: 3,
      'immigrant-advice': 2,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'Just moved to Naantali. I want to keep a small motorboat somewhere and go fishing in the archipelago – what do I need?',
    municipality: '529',
    judgments: {
      'boat-berths': 3,
      'fishing-permit': 3,
    },
  }),
  m({
    lang: 'en',
    needs:
      "Our son is 14 and has Down syndrome. He loves football and swimming but ordinary clubs haven't worked out for him. Are there sports groups he could join, and could someone go with him to his hobbies? We'd also like to meet other parents in the same situation.",
    municipality: '853',
    language: 'en',
    ageGroup: 'youth',
    judgments: {
      'adapted-exercise': 3,
      'disabled-family-peer': 3,
      'personal-assistance': 2,
      'disability-services': 2,
      'swimming-hall': 1,
      'youth-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I saw a man get stabbed outside a shop in August and I'm a witness at the trial next month. His friends keep hanging around my street and I'm scared to testify. Who can help me?",
    municipality: '704',
    judgments: {
      'victim-support': 3,
      'crime-report': 2,
      'crisis-centre': 1,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My mother is 82 and lives alone. My brother and I would like to hire a private helper to come every morning and pay them ourselves. What are our obligations as employers, and what could the county provide alongside?',
    municipality: '680',
    language: 'en',
    judgments: {
      'household-employer': 3,
      'home-care': 2,
      'senior-advice': 2,
      'safety-phone': 1,
      'shopping-help': 1,
    },
  }),
];
