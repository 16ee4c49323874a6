/**
 * The seventh held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, during the seventh round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(165, 7);

export const matchHeldOut7Cases: MatchCase[] = [
  m({
    needs:
      'miten saa ittelleen pelikiellon? hävisin taas koko palkan viikossa ja luottokortti on ihan tapissa, yksin en näköjään pysty lopettaa',
    municipality: '853',
    judgments: {
      'gambling-helpline': 3,
      'gambling-peer-group': 3,
      'debt-advice': 2,
      'debt-helpline': 2,
      'guarantee-loan': 1,
      'a-clinic': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 59-vuotias ja ollut työttömänä kaksi vuotta. Paikallinen rautakauppa voisi ottaa hänet varastoon töihin, jos palkkaan saisi tukea. Mistä tukea haetaan ja kuka auttaa paperien kanssa?',
    municipality: '577',
    judgments: {
      'pay-subsidy': 3,
      'employment-services': 3,
      'labour-market-subsidy': 1,
      'rehabilitative-work': 1,
    },
  }),
  m({
    needs:
      'riidellään miehen kaa melkein joka ilta ja lapset (6 ja 9v) kuulee kaiken. erota ei haluta mut ei osata enää puhua toisillemme ilman huutamista',
    municipality: '680',
    judgments: {
      'church-family-counselling': 3,
      'family-counselling-clinic': 2,
      'parents-helpline': 1,
      'family-mediation': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'oon ollu opettajana parikymmentä vuotta ja nyt en vaan pysty. aamulla istun autossa koulun parkkipaikalla enkä saa itteäni sisään, illat itken. työterveyttä ei oo kun oon ollu vaan sijaisena',
    municipality: '895',
    judgments: {
      'adult-mental-health': 3,
      'health-centre': 2,
      'crisis-helpline': 1,
      'church-chat': 1,
      'diaconal-reception': 1,
      'mental-peer-support': 1,
    },
  }),
  m({
    needs:
      'poika täytti 13 ja vaihtoi syksyllä koulua. kavereita ei oo löytyny, välitunnit se kuulemma seisoo yksin ja illat menee huoneessa koneella. itse se sanoo ettei haittaa mut mua huolettaa',
    municipality: '680',
    ageGroup: 'youth',
    judgments: {
      'youth-centre': 3,
      'school-social-worker': 3,
      'family-counselling-clinic': 1,
      'youth-mental-health': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    needs:
      'poikaystävä lukee mun viestit joka ilta, ei päästä näkemään kavereita ja mun palkka menee sen tilille. lyöny se ei oo mut mä pelkään sitä. asutaan sen asunnossa täällä loimaalla',
    municipality: '430',
    judgments: {
      nollalinja: 3,
      shelter: 2,
      'victim-support': 2,
      'crisis-centre': 2,
      'emergency-social-services': 1,
      'diaconal-reception': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan puolison alkoholinkäyttö on lisääntynyt viime vuosina: joka ilta useampi olut ja viikonloppuisin enemmän. Puoliso ei myönnä ongelmaa. Asiakas kysyy, mistä hän saisi itse tukea ja miten puolison saisi hoitoon.',
    municipality: '761',
    judgments: {
      'a-clinic': 3,
      'relatives-substance-group': 3,
      'church-chat': 1,
      'crisis-helpline': 1,
      'adult-mental-health': 1,
      'adult-social-work': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    needs:
      'Asiakas on irakilainen nainen, joka on käynyt suomen kurssit loppuun ja osaa kieliopin hyvin, mutta ei uskalla puhua suomea kaupassa eikä naapureiden kanssa. Hän haluaisi harjoitella puhumista ja tutustua suomalaisiin.',
    municipality: '734',
    language: 'ar',
    judgments: {
      'language-cafe': 3,
      befriending: 2,
      'residents-lounge': 1,
      'adult-education-centre': 1,
      library: 1,
      'finnish-courses': 1,
      'parish-open-house': 1,
      'immigrant-advice': 1,
    },
  }),
  m({
    needs:
      '19v, muutin kotoo pois kuukaus sitte eikä rahat riitä enää mihinkään, jääkaappi on tyhjä. en oo töissä enkä koulussa. mitä tukia mä voin hakee ja mistä saa ruokaa ennen ku ne tulee',
    municipality: '202',
    ageGroup: 'youth',
    judgments: {
      ohjaamo: 3,
      'basic-social-assistance': 3,
      'food-bank': 2,
      'food-aid': 2,
      'housing-allowance': 2,
      'labour-market-subsidy': 2,
      'employment-services': 1,
      'youth-housing': 1,
      'diaconal-economic-advice': 1,
    },
  }),
  m({
    needs:
      'äiti muuttaa ensi kuussa meille asumaan kun ei pärjää enää yksin. miten musta tulee virallisesti omaishoitaja ja saako siitä jotain korvausta? käyn itse vielä töissä',
    themes: ['caring-for-a-relative'],
    municipality: '734',
    judgments: {
      'carer-allowance': 3,
      'senior-advice': 2,
      'respite-care': 2,
      'carer-peer-group': 2,
      'elderly-day-activities': 1,
      'home-care': 1,
      'carer-recreation': 1,
    },
  }),
  m({
    needs:
      'Asiakas on 50-vuotias mies, joka on asunut erosta lähtien kesästä asti autossaan. Hän käy töissä, mutta vuokra-asuntoa ei ole löytynyt maksuhäiriömerkinnän vuoksi. Nyt yöt alkavat olla kylmiä.',
    themes: ['housing-and-homelessness'],
    municipality: '853',
    judgments: {
      'housing-advice': 3,
      'rental-housing': 2,
      'emergency-accommodation': 2,
      'debt-advice': 2,
      'night-shelter': 1,
      'debt-helpline': 1,
      'adult-social-work': 1,
      'men-meeting-place': 1,
    },
  }),
  m({
    needs:
      'oon 17 ja raskaustesti näytti plussaa. en oo kertonu vielä kellekään, en ees poikaystävälle. en tiiä haluunko pitää sitä, kenen kaa tästä vois puhua',
    municipality: '680',
    ageGroup: 'youth',
    judgments: {
      'health-centre': 3,
      'maternity-clinic': 2,
      'school-social-worker': 2,
      'sekasin-chat': 2,
      'youth-mental-health': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'avioero on vireillä. meillä on yhteinen omakotitalo lainoineen ja mies haluaa pitää sen, mut ei sillä oo varaa lunastaa mun osuutta. miten ositus tehdään ja tarviinko lakimiehen? lapset on 8 ja 11',
    municipality: '423',
    judgments: {
      'legal-aid': 3,
      'free-legal-advice': 2,
      'child-maintenance': 2,
      'family-mediation': 1,
      'church-family-counselling': 1,
      'divorce-group': 1,
    },
  }),
  m({
    needs:
      'Asiakkaan puoliso on maanviljelijä. Tilan velat kasvoivat kuivan kesän jälkeen eikä pankki enää jousta. Mies on lakannut puhumasta, nukkuu huonosti ja sanoi eilen, ettei tässä ole enää mitään järkeä. Asiakas pelkää, että hän tekee itselleen jotain.',
    municipality: '636',
    judgments: {
      'crisis-helpline': 3,
      'emergency-social-services': 2,
      'crisis-centre': 2,
      'medical-helpline': 2,
      'business-debt-advice': 2,
      'debt-advice': 1,
      'social-guidance': 1,
      'church-chat': 1,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs:
      'mummi on 86 ja tykkää hirveesti teatterista ja konserteista, mut illalla se ei enää uskalla lähtee yksin kaupungille kun näkö on huonontunu. liputkin myydään nykyään vaan netissä eikä se osaa niitä ostaa',
    municipality: '853',
    ageGroup: 'older',
    judgments: {
      'culture-companion': 3,
      'digital-support': 2,
      'pensioners-clubs': 2,
      befriending: 2,
      'service-transport': 1,
      'outdoor-friend': 1,
      'service-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'fick besked i våras att cancern har spridit sig. jag är inte med i kyrkan men skulle ändå vilja prata med någon om döden och om hur det ska gå för min familj',
    municipality: '445',
    language: 'sv',
    judgments: {
      'diaconal-reception': 3,
      'church-chat': 2,
      'crisis-centre': 2,
      'parish-open-house': 1,
      'health-centre': 1,
      'crisis-helpline': 1,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'vår son har CP och sitter i rullstol. han fyller 18 i vår och vill flytta hemifrån och börja studera i Åbo. vilken hjälp kan han få för att klara sig själv och ta sig till skolan?',
    municipality: '322',
    language: 'sv',
    mobility: 'limited',
    judgments: {
      'disability-services': 3,
      'personal-assistance': 3,
      'transport-service': 2,
      'housing-allowance': 1,
      'assistive-devices': 1,
      'supported-housing': 1,
      'youth-housing': 1,
      ohjaamo: 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'jag har fibromyalgi och läkaren tycker att jag borde röra på mig, helst i vatten. finns det vattengymnastik eller något annat lugnt här i S:t Karins?',
    municipality: '202',
    language: 'sv',
    judgments: {
      'aqua-aerobics': 3,
      'adapted-exercise': 3,
      'exercise-counselling': 2,
      'swimming-hall': 2,
      'senior-exercise': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'vår dotter är 24 och injicerar amfetamin, det vet vi nu. hon vill inte sluta, men vi vill åtminstone att hon använder rena sprutor och testar sig. och vi själva orkar knappt längre',
    municipality: '853',
    judgments: {
      'health-counselling-point': 3,
      'relatives-substance-group': 3,
      'a-clinic': 2,
      detox: 1,
      'a-guild': 1,
      'crisis-helpline': 1,
      'church-chat': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'efter skilsmässan fick jag ta över billånet och två kreditkort som står på mig. nu kommer det inkassobrev varje vecka och jag har inte råd med både hyran och avbetalningarna',
    municipality: '445',
    language: 'sv',
    judgments: {
      'debt-advice': 3,
      'debt-helpline': 2,
      'guarantee-loan': 2,
      'social-credit': 2,
      'enforcement-info': 1,
      'housing-allowance': 1,
      'legal-aid': 1,
      'diaconal-reception': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "I just finished my master's at Åbo Akademi and want to start a small web design company here instead of looking for a job. My residence permit is for studies and runs out in the summer. What do I need to do?",
    municipality: '853',
    language: 'en',
    judgments: {
      'business-advice': 3,
      'residence-permit': 3,
      'immigrant-advice': 2,
      'employment-services': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "my wife was diagnosed with early-onset Alzheimer's at 58. we'd like to meet other people going through the same thing, and I need to know who can help when she can no longer handle her own money",
    municipality: '734',
    judgments: {
      'memory-cafe': 3,
      'memory-guidance': 3,
      'memory-nurse': 2,
      'public-guardianship': 2,
      'carer-peer-group': 1,
      'senior-advice': 1,
      'legal-aid': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "Client is a 24-year-old exchange student who was sexually assaulted at a party two weeks ago. She hasn't gone to the police and isn't sure she wants to, but she can't sleep and has stopped going to lectures.",
    municipality: '853',
    language: 'en',
    judgments: {
      'victim-support': 3,
      'crisis-centre': 3,
      'crime-report': 2,
      'health-centre': 2,
      'adult-mental-health': 2,
      'crisis-helpline': 1,
      'sekasin-chat': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "our twins were born 8 weeks early and came home from the hospital last week. we have no family in Finland, my partner's paternity leave ends soon and we're both running on no sleep",
    municipality: '202',
    ageGroup: 'children',
    judgments: {
      'family-home-help': 3,
      'child-health-clinic': 2,
      'parents-helpline': 2,
      'family-cafe': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "my husband has Parkinson's and can't take the bus anymore. I don't drive. how can he get to his physiotherapy and to the shops?",
    themes: ['transport-and-mobility'],
    municipality: '529',
    mobility: 'limited',
    judgments: {
      'transport-service': 3,
      'service-transport': 2,
      'disability-services': 2,
      'assistive-devices': 1,
      'senior-advice': 1,
      'shopping-help': 1,
      'carer-allowance': 1,
    },
  }),
];
