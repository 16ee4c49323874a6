/**
 * The fourth held-out set of client situations (15 Finnish, 5 Swedish, 5 English): written blind,
 * by someone who never saw matching results, before the fourth round of work on matching; judged
 * from what the person means against the fixed corpus without running matching on them, and never
 * tuned against. Same rules as `match.ts`: copies of a concept outside the client's municipality
 * (and not nationwide) do not count.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(90, 4);

export const matchHeldOut4Cases: MatchCase[] = [
  m({
    needs:
      'hammas on jomottanu jo viikon ja poski on turvoksissa, mut tilillä on kolkyt euroa eikä oo varaa hammaslääkäriin',
    municipality: '680',
    judgments: {
      'dental-care': 3,
      'basic-social-assistance': 2,
      'supplementary-social-assistance': 2,
      'medical-helpline': 1,
      'diaconal-economic-advice': 1,
      'health-centre': 1,
    },
  }),
  m({
    needs:
      'asiakkaan 19-vuotias poika pelaa nettipokeria öisin, on lainannut rahaa kavereilta ja nyt ottanut pikavippejäkin. Äiti kysyy, miten poikaa voisi auttaa',
    municipality: '734',
    judgments: {
      'gambling-helpline': 3,
      'a-clinic': 2,
      'debt-helpline': 2,
      'debt-advice': 2,
      ohjaamo: 1,
      'youth-mental-health': 1,
      'sekasin-chat': 1,
      'parents-helpline': 1,
      'guarantee-loan': 1,
    },
  }),
  m({
    needs:
      'ex ei jätä mua rauhaan, soittelee öisin ja lähettää uhkailuviestejä, eilen se odotti mua rappukäytävässä',
    municipality: '202',
    judgments: {
      'victim-support': 3,
      'crime-report': 3,
      nollalinja: 2,
      shelter: 2,
      'legal-aid': 1,
      'crisis-centre': 1,
      'emergency-social-services': 1,
    },
  }),
  m({
    needs:
      'isällä todettiin alkava muistisairaus, miten tehdään semmoinen valtakirja että voin myöhemmin hoitaa hänen raha-asioitaan',
    municipality: '503',
    judgments: {
      'legal-aid': 3,
      'public-guardianship': 3,
      'memory-guidance': 2,
      'senior-advice': 1,
      'social-guidance': 1,
    },
  }),
  m({
    needs:
      'asiakkaan 13-vuotiaan tyttären isä kuoli syksyllä, tyttö ei puhu siitä kenellekään, sulkeutuu huoneeseensa ja koulunumerot on romahtaneet',
    municipality: '853',
    ageGroup: 'youth',
    judgments: {
      'youth-mental-health': 3,
      'school-social-worker': 3,
      'crisis-centre': 2,
      'family-counselling-clinic': 2,
      'sekasin-chat': 2,
      'grief-group': 1,
      'parents-helpline': 1,
      'church-chat': 1,
    },
  }),
  m({
    needs:
      'äiti on 75 ja juo nykyään joka päivä viiniä yksin kotona, on jo kaatuillut pari kertaa. mistä saisin hänelle apua',
    municipality: '761',
    ageGroup: 'older',
    judgments: {
      'a-clinic': 3,
      'senior-advice': 2,
      'safety-phone': 2,
      detox: 1,
      'social-guidance': 1,
      'adult-mental-health': 1,
      'silver-line': 1,
    },
  }),
  m({
    needs:
      'asiakas liikkuu pyörätuolilla ja haluaisi alkaa käydä uimassa ja kuntosalilla, mutta ei tiedä mihin pääsee esteettömästi eikä miten sinne kulkisi',
    municipality: '734',
    mobility: 'limited',
    judgments: {
      'adapted-exercise': 3,
      'transport-service': 3,
      'swimming-hall': 2,
      'disability-services': 2,
      'service-transport': 1,
      'personal-assistance': 1,
    },
  }),
  m({
    needs:
      'ukrainalaisen asiakkaan tilapäinen suojelu päättyy keväällä, hän haluaisi jäädä Suomeen töihin. miten oleskelulupaa haetaan?',
    municipality: '853',
    language: 'uk',
    judgments: {
      'residence-permit': 3,
      'immigrant-advice': 3,
      'employment-services': 2,
      'legal-aid': 2,
      interpreting: 1,
      'finnish-courses': 1,
    },
  }),
  m({
    needs:
      'seittemäntoistavuotias ei oo käyny koulussa puoleen vuoteen, pelaa koneella koko yöt ja nukkuu päivät eikä lähe enää mihinkään',
    municipality: '895',
    judgments: {
      'outreach-youth-work': 3,
      'youth-mental-health': 2,
      'school-social-worker': 2,
      'sekasin-chat': 1,
      'parents-helpline': 1,
    },
  }),
  m({
    needs:
      'oon 16 ja hoidan pikkusiskoa kun äiti on masentunu eikä jaksa nousta sängystä, koulu jää väliin ja oon ihan poikki',
    municipality: '202',
    ageGroup: 'youth',
    judgments: {
      'family-home-help': 3,
      'school-social-worker': 2,
      'youth-mental-health': 2,
      'sekasin-chat': 2,
      'adult-mental-health': 2,
      'emergency-social-services': 1,
      'social-guidance': 1,
      'family-counselling-clinic': 1,
    },
  }),
  m({
    needs:
      'firma meni konkurssiin ja mulla on henkilökohtaisia takauksia pankkilainoista, työttömänä en pysty maksamaan niitä',
    municipality: '423',
    judgments: {
      'business-debt-advice': 3,
      'debt-advice': 3,
      'debt-adjustment': 2,
      'debt-helpline': 2,
      'labour-market-subsidy': 2,
      'employment-services': 2,
      'enforcement-info': 1,
      'legal-aid': 1,
      'guarantee-loan': 1,
    },
  }),
  m({
    needs:
      'vuokranantaja irtisanoi asunnon kun myy sen, kuukausi aikaa löytää uusi kämppä eikä oo rahaa vuokravakuuteen',
    municipality: '734',
    judgments: {
      'housing-advice': 3,
      'rental-housing': 3,
      'basic-social-assistance': 3,
      'supplementary-social-assistance': 2,
      'housing-allowance': 1,
      'diaconal-economic-advice': 1,
      'adult-social-work': 1,
      'social-credit': 1,
    },
  }),
  m({
    needs:
      'jäin juuri eläkkeelle ja huomaan että tasapaino on heikentynyt, haluaisin johonkin ohjattuun jumppaan ennen kuin kaadun',
    municipality: '202',
    judgments: {
      'senior-exercise': 3,
      'exercise-counselling': 2,
      'aqua-aerobics': 2,
      'service-centre': 1,
      'adult-education-centre': 1,
    },
  }),
  m({
    needs:
      'asiakas on 20-vuotias opiskelija, jolla on paniikkikohtauksia, eikä hän uskalla enää mennä luennoille',
    municipality: '853',
    judgments: {
      'adult-mental-health': 3,
      'youth-mental-health': 3,
      'mental-peer-support': 2,
      'sekasin-chat': 2,
      'health-centre': 1,
      'crisis-helpline': 1,
      'church-chat': 1,
      ohjaamo: 1,
    },
  }),
  m({
    needs: 'menen itse leikkaukseen ensi kuussa eikä miestä voi jättää yksin kotiin',
    themes: ['caring-for-a-relative'],
    municipality: '430',
    judgments: {
      'respite-care': 3,
      'home-care': 2,
      'senior-advice': 2,
      'carer-allowance': 1,
      'diaconal-reception': 1,
      'social-guidance': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'mormor blev änka i höstas och sitter ensam hemma ute i skärgården, hon kör inte bil och har ingen att prata med',
    themes: ['loneliness'],
    municipality: '322',
    language: 'sv',
    ageGroup: 'older',
    judgments: {
      'silver-line': 3,
      'senior-advice': 2,
      'crisis-centre': 1,
      'church-chat': 1,
      'transport-service': 1,
      'social-guidance': 1,
    },
  }),
  m({
    lang: 'sv',
    needs: 'vår dotter är 15 och skär sig i armarna, hon vill inte prata med oss om det',
    municipality: '853',
    language: 'sv',
    judgments: {
      'youth-mental-health': 3,
      'school-social-worker': 2,
      'family-counselling-clinic': 2,
      'sekasin-chat': 2,
      'parents-helpline': 2,
      'crisis-helpline': 1,
      'medical-helpline': 1,
      'health-centre': 1,
    },
  }),
  m({
    lang: 'sv',
    needs: 'har fått beslut om utmätning av lönen och det som blir kvar räcker inte ens till hyran',
    municipality: '445',
    language: 'sv',
    judgments: {
      'enforcement-info': 3,
      'debt-advice': 3,
      'debt-helpline': 2,
      'housing-allowance': 2,
      'basic-social-assistance': 2,
      'diaconal-reception': 1,
      'debt-adjustment': 1,
      'social-credit': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'gravid i femte månaden, pojkvännen lämnade mig och jag vet inte hur jag ska klara mig ensam med barnet och pengarna',
    municipality: '680',
    judgments: {
      'maternity-clinic': 3,
      'basic-social-assistance': 2,
      'child-maintenance': 2,
      'crisis-centre': 1,
      'church-family-counselling': 1,
      'family-cafe': 1,
      'family-home-help': 1,
      'housing-allowance': 1,
      'diaconal-economic-advice': 1,
      'maintenance-allowance': 1,
    },
  }),
  m({
    lang: 'sv',
    needs:
      'grannens barn gråter och skriker nästan varje kväll och det låter som om de vuxna slår dem, vem ska jag kontakta?',
    municipality: '529',
    judgments: {
      'emergency-social-services': 3,
      'crime-report': 2,
      'social-guidance': 2,
      nollalinja: 1,
      'victim-support': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      'exchange student, my bank card got blocked and I have no money for food until my grant comes next month',
    municipality: '853',
    judgments: {
      'food-bank': 3,
      'food-aid': 3,
      'community-meal': 2,
      'diaconal-economic-advice': 2,
      'diaconal-reception': 1,
      'parish-open-house': 1,
      'immigrant-advice': 1,
      'basic-social-assistance': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "my mum just came home from hospital after a hip operation and can't manage on her own yet, I live far away in Helsinki",
    municipality: '734',
    ageGroup: 'older',
    mobility: 'limited',
    judgments: {
      'home-care': 3,
      'assistive-devices': 3,
      'senior-advice': 2,
      'shopping-help': 2,
      'safety-phone': 2,
      'social-guidance': 1,
      befriending: 1,
      'service-transport': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "moved here for my husband's job, I'm at home alone with our baby all day and don't speak any Finnish yet",
    themes: ['loneliness', 'immigration-and-language'],
    municipality: '202',
    language: 'en',
    judgments: {
      'family-cafe': 3,
      'finnish-courses': 3,
      'immigrant-advice': 2,
      'child-health-clinic': 1,
      'adult-education-centre': 1,
      library: 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "my flatmate overdosed at the weekend, he's back home now but still using and I don't know how to help him",
    municipality: '853',
    judgments: {
      'a-clinic': 3,
      detox: 2,
      'crisis-helpline': 2,
      'health-counselling-point': 1,
      'crisis-centre': 1,
      'relatives-substance-group': 1,
      'emergency-social-services': 1,
      'medical-helpline': 1,
    },
  }),
  m({
    lang: 'en',
    needs:
      "client's daughter has Down syndrome and starts school next autumn, the parents want to meet other families and know what support she's entitled to",
    municipality: '680',
    ageGroup: 'children',
    judgments: {
      'disabled-family-peer': 3,
      'disability-services': 3,
      'personal-assistance': 1,
      'school-social-worker': 1,
      'family-counselling-clinic': 1,
      'transport-service': 1,
    },
  }),
];
