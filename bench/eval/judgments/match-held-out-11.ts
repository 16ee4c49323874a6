/**
 * The eleventh held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written
 * blind, by someone who never saw matching results, during the eleventh round of work on matching;
 * judged from what the person means against the fixed corpus without running matching on them,
 * and never tuned against. Same rules as `match.ts`: copies of a concept outside the client's
 * municipality (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(265, 11);

export const matchHeldOut11Cases: MatchCase[] = [
  m({
    needs:
      'Asiakas on 48-vuotias entinen yrittäjä, jonka rakennusalan yritys meni keväällä konkurssiin. Hän on taannut yrityksen lainat henkilökohtaisesti, ja nyt perintätoimistoilta tulee kirjeitä noin 90 000 euron veloista. Hän on ilmoittautunut työttömäksi, mutta päätöstä päivärahasta ei ole vielä tullut, eikä hän tiedä, kannattaako hakea velkajärjestelyä.',
    municipality: '430',
    judgments: {
      'debt-advice': 3,
      'debt-adjustment': 3,
      'business-debt-advice': 2,
      'labour-market-subsidy': 2,
      'debt-helpline': 1,
      'enforcement-info': 1,
      'guarantee-loan': 1,
      'employment-services': 1,
    },
  }),
  m({
    needs:
      'mies lomautettiin kolmeks kuukaudeks eikä kassan rahoja oo vielä tullu. kolme lasta, ruoka loppu jo ja pojalta puuttuu talvikengät. mistä saa ruokaa nopeesti ja voiko jostain saada apua kenkiin?',
    municipality: '680',
    judgments: {
      'food-aid': 3,
      'diaconal-economic-advice': 3,
      'basic-social-assistance': 2,
      'diaconal-reception': 2,
      'food-bank': 2,
      'supplementary-social-assistance': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      'yläkerran naapurilla on bileet melkein joka yö, musiikki pauhaa ja ne huutaa toisilleen. en oo nukkunu kunnolla kuukauteen. isännöitsijälle oon valittanu kaks kertaa eikä mitään tapahdu. saanko mä maksaa vähemmän vuokraa tai purkaa sopimuksen heti?',
    municipality: '202',
    judgments: {
      'housing-advice': 3,
      'legal-aid': 2,
      'free-legal-advice': 2,
      'consumer-advice': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 34-vuotias muuttomies, jonka selkä leikattiin viime syksynä. Lääkärin mukaan raskaisiin töihin ei ole paluuta, ja sairauspäivärahan enimmäisaika täyttyy kuukauden päästä. Hän haluaisi kouluttautua uuteen ammattiin, mutta ei tiedä, mihin hakeutua ja millä hän elää opiskelun ajan.',
    municipality: '577',
    judgments: {
      'employment-services': 3,
      'labour-market-subsidy': 2,
      'adult-social-work': 1,
      'adult-education-centre': 1,
      'health-centre': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    needs:
      'muutin miehen kanssa yhteen puol vuotta sitten ja sen teinit (13 ja 15) asuu meillä joka toinen viikko. ne ei puhu mulle mitään ja mies on aina niiden puolella, riidellään tästä koko ajan. miten tällasesta uusperheestä oikeesti selvitään?',
    municipality: '529',
    judgments: {
      'church-family-counselling': 3,
      'family-counselling-clinic': 3,
      'parents-helpline': 2,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'yks jätkä jonka kaa juttelin snäpissä uhkaa laittaa mun kuvat koko koululle jos en maksa sille 200e. oon 15 enkä uskalla kertoo äitille. mitä mä teen',
    municipality: '400',
    ageGroup: 'youth',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'sekasin-chat': 2,
      'school-social-worker': 2,
      'youth-mental-health': 1,
      'crisis-helpline': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 27-vuotias mies, jolla on autismikirjon diagnoosi. Hän valmistui datanomiksi kolme vuotta sitten, mutta ei ole koskaan ollut töissä: työhaastattelut jännittävät niin paljon, että hän lopetti hakemisen. Hän haluaisi kokeilla työntekoa rauhallisessa paikassa ja tarvitsisi alkuun jonkun tueksi.',
    municipality: '734',
    judgments: {
      'employment-services': 3,
      'youth-workshop': 2,
      ohjaamo: 2,
      'outreach-youth-work': 2,
      'pay-subsidy': 1,
      'rehabilitative-work': 1,
      'disability-services': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan kaksio on vuosien mittaan täyttynyt tavarasta niin, että keittiöön ja kylpyhuoneeseen on vaikea päästä. Isännöitsijä kävi tarkastuksessa ja antoi kuukauden aikaa siivota, muuten vuokrasopimus puretaan. Asiakas häpeää tilannetta eikä pysty itse aloittamaan raivaamista.',
    municipality: '895',
    judgments: {
      'adult-social-work': 3,
      'adult-mental-health': 2,
      'housing-advice': 2,
      'diaconal-reception': 1,
      'support-person': 1,
      'supported-housing': 1,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      'oon ollu nyt puol vuotta ilman viinaa. vanhat kaverit juo edelleen joka viikonloppu ja just viikonloput on pahimpia, meinaa retkahtaa. tarttis jotain tekemistä ja porukkaa jossa ei juoda',
    municipality: '202',
    judgments: {
      'a-guild': 3,
      'a-clinic': 2,
      'men-meeting-place': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      'Veljeni on asunut äitimme (79) luona siitä asti kun jäi työttömäksi. Hän juo, huutaa äidille, ja viime käynnillä äidin käsivarsissa oli mustelmia. Äiti ei halua tehdä mitään, koska "se on kuitenkin mun poika". Mistä äiti saisi apua, ja voinko itse ilmoittaa jonnekin?',
    municipality: '761',
    judgments: {
      nollalinja: 3,
      'adult-social-work': 3,
      'senior-advice': 2,
      'victim-support': 2,
      shelter: 1,
      'crime-report': 1,
      'a-clinic': 1,
      'emergency-social-services': 1,
    },
  }),
  m({
    needs:
      'äiti kuoli kaks viikkoa sitten. veli on 45 ja kehitysvammainen, asui koko ikänsä äidin kanssa ja on nyt meillä väliaikaisesti. kuka nyt hoitaa sen rahat ja eläkkeen, ja mistä sille löytyy oma asunto jossa on tukea?',
    municipality: '503',
    judgments: {
      'public-guardianship': 3,
      'disability-services': 3,
      'supported-housing': 2,
      'grief-group': 1,
      'legal-aid': 1,
    },
  }),
  m({
    needs:
      '52v mies, työkyvyttömyyseläkkeellä selän takia. asun yksin ja välillä menee viikko etten puhu kenenkään kaa muuta ku kaupan kassan. ei oo mikään kriisi mut aika käy pitkäks',
    municipality: '853',
    judgments: {
      'men-meeting-place': 3,
      'residents-lounge': 2,
      befriending: 2,
      'parish-open-house': 2,
      'unemployed-association': 1,
      'adult-education-centre': 1,
      'support-person': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs: 'oon 17 ja tarviin klamydiatestin, voiks mennä ilman et mutsi saa tietää?',
    municipality: '853',
    ageGroup: 'youth',
    judgments: {
      'health-centre': 3,
      'health-point': 2,
      'medical-helpline': 1,
      'sekasin-chat': 1,
    },
  }),
  m({
    needs:
      'työkkäri vaatii et haen neljää paikkaa kuussa netissä, mut mulla on vaan vanha puhelin eikä konetta. cv:tä en osaa tehdä koneella ollenkaan. missä vois käydä tekemässä noita ja saisko joku neuvoo',
    municipality: '734',
    judgments: {
      'digital-support': 3,
      library: 2,
      'employment-services': 2,
      'unemployed-association': 2,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan 7-vuotiaalla pojalla todettiin keväällä tyypin 1 diabetes. Verensokeria pitää seurata myös öisin, ja äiti on jäänyt pois töistä, koska koulupäivän aikana kukaan muu ei osaa hoitaa pistoksia. Perhe kysyy, saako tällaisesta tukea ja onko muita samassa tilanteessa olevia perheitä.',
    municipality: '680',
    ageGroup: 'children',
    judgments: {
      'carer-allowance': 3,
      'diabetes-peer': 3,
      'family-home-help': 1,
      'respite-care': 1,
      'school-social-worker': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min man fick diagnosen Alzheimer i våras. Han har alltid varit social, men nu skäms han och vill inte träffa gamla vänner. Finns det något ställe dit vi kan gå tillsammans, där ingen tycker att det är konstigt när han tappar tråden?',
    municipality: '853',
    language: 'sv',
    judgments: {
      'memory-cafe': 3,
      'memory-guidance': 2,
      'carer-peer-group': 2,
      'elderly-day-activities': 1,
      'senior-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag är 20 och studerar i Åbo men bor kvar hemma i Pargas. Sedan i höstas sover jag till eftermiddagen, har inte klarat en enda tent och orkar inte träffa någon. Jag vet inte om det är depression eller bara lathet, men jag vill inte att det fortsätter så här.',
    municipality: '445',
    language: 'sv',
    judgments: {
      'youth-mental-health': 3,
      'health-centre': 2,
      'adult-mental-health': 2,
      'sekasin-chat': 1,
      'crisis-helpline': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Min pappa (66) har skickat över 12 000 euro till en kvinna han lärde känna på Facebook. Hon skulle komma till Finland men behövde hela tiden pengar till biljetter och sjukhusräkningar. Nu har han tagit ett snabblån för att skicka mer och vägrar tro att det är bedrägeri. Vad kan vi göra?',
    municipality: '202',
    judgments: {
      'crime-report': 3,
      'victim-support': 3,
      'debt-advice': 2,
      'debt-helpline': 2,
      'consumer-advice': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Jag blev uppsagd under prövotiden två dagar efter att jag berättat för chefen att jag är gravid. Är det ens lagligt, och vem kan hjälpa mig att driva saken? Och vad ska jag leva på nu?',
    municipality: '529',
    judgments: {
      'legal-aid': 3,
      'free-legal-advice': 2,
      'labour-market-subsidy': 2,
      'employment-services': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'Pappa är 82 och bor kvar i sitt egnahemshus i Dalsbruk. Sovrummet är på övervåningen och han klarar inte trappan längre, så han sover på soffan. Han kör inte heller bil längre och bussen går sällan. Kan man få stöd för en trapphiss, och vem kommer hem och bedömer vad han behöver?',
    municipality: '322',
    ageGroup: 'older',
    mobility: 'limited',
    language: 'sv',
    judgments: {
      'renovation-grant': 3,
      'disability-services': 3,
      'senior-advice': 2,
      'transport-service': 2,
      'assistive-devices': 1,
      'home-care': 1,
      'shopping-help': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I came to Finland at 17 and never finished school here. I'm 24 now and work as a cleaner. I want to become an electrician, but the vocational school says I first need a Finnish basic education certificate. Where can I do that while still working?",
    municipality: '680',
    judgments: {
      'adult-basic-education': 3,
      ohjaamo: 2,
      'employment-services': 2,
      'finnish-courses': 1,
      'immigrant-advice': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I have MS and walking longer distances has got hard, though I still drive. Could I get a disabled parking card? I'd also like to keep moving: is there a gym or swimming group for people with conditions like mine?",
    municipality: '734',
    mobility: 'limited',
    language: 'en',
    judgments: {
      'parking-permit-disabled': 3,
      'adapted-exercise': 3,
      'swimming-hall': 1,
      'exercise-counselling': 1,
      'disability-services': 1,
      'assistive-devices': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "We lost our baby at 22 weeks last Tuesday. The hospital asked whether we want a funeral and a burial, and we don't know how that works or what it costs. My wife can't stop crying and I'm trying to hold it together for our 4-year-old.",
    municipality: '734',
    judgments: {
      'crisis-centre': 3,
      funeral: 3,
      'grief-group': 2,
      'maternity-clinic': 2,
      'church-chat': 1,
      'crisis-helpline': 1,
      'family-counselling-clinic': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'My mother (70) came from Vietnam to live with us on a family permit. She speaks no Finnish or English and needs to see a doctor about her blood pressure. Will the health centre arrange an interpreter, and is there anything for older people who only speak Vietnamese?',
    municipality: '202',
    ageGroup: 'older',
    language: 'vi',
    judgments: {
      interpreting: 3,
      'health-centre': 3,
      'immigrant-advice': 2,
      'senior-advice': 1,
      'service-centre': 1,
      'finnish-courses': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'I do not have papers in Finland. For three weeks I have had bad pain in my stomach and now there is blood when I go to the toilet. I am afraid that if I go to the hospital they will call the police.',
    municipality: '853',
    judgments: {
      'health-point': 3,
      'health-centre': 2,
      'medical-helpline': 2,
      'diaconal-reception': 1,
      'immigrant-advice': 1,
    },
  }),
];
