/**
 * More development situations, Swedish and English ones above all (the first set has one of each),
 * written after the second held-out set and before running them. Tuned on, like the first 20 of
 * `match.ts`.
 */
import { matchCaseMaker } from './case.ts';
import type { MatchCase } from './types.ts';

const m = matchCaseMaker(50);

export const matchDevelopment2Cases: MatchCase[] = [
  m({
    lang: 'sv',
    needs: 'min son är deprimerad och vill inte gå ut',
    municipality: '853',
    judgments: {
      'youth-mental-health': 2,
      'adult-mental-health': 2,
      'mental-peer-support': 2,
      'sekasin-chat': 1,
      'crisis-helpline': 1,
      'church-chat': 1,
      'parents-helpline': 1,
      clubhouse: 1,
    },
  }),
  m({
    lang: 'sv',
    needs: 'behöver hjälp med ansökan om utkomststöd',
    municipality: '445',
    judgments: {
      'basic-social-assistance': 3,
      'supplementary-social-assistance': 3,
      'social-guidance': 2,
      'diaconal-reception': 1,
    },
  }),
  m({
    lang: 'sv',
    needs: 'ensamstående mamma, orkar inte med vardagen',
    municipality: '202',
    ageGroup: 'children',
    judgments: {
      'family-home-help': 3,
      'family-cafe': 2,
      'parents-helpline': 2,
      'family-counselling-clinic': 2,
      'child-health-clinic': 1,
      'church-family-counselling': 1,
    },
  }),
  m({
    lang: 'sv',
    needs: 'kan inte betala hyran denna månad',
    municipality: '853',
    judgments: {
      'supplementary-social-assistance': 3,
      'housing-advice': 3,
      'debt-advice': 2,
      'housing-allowance': 2,
      'basic-social-assistance': 2,
      'diaconal-economic-advice': 2,
      'social-credit': 1,
    },
  }),
  m({
    lang: 'sv',
    needs: 'min pappa är änkling och ensam',
    municipality: '445',
    ageGroup: 'older',
    judgments: {
      'silver-line': 3,
      'parish-open-house': 3,
      'grief-group': 2,
      'diaconal-reception': 2,
      befriending: 2,
      'senior-advice': 1,
      'young-widows': 1,
    },
  }),
  m({
    lang: 'en',
    needs: 'client is a refugee and needs an interpreter at the health centre',
    municipality: '853',
    language: 'ar',
    judgments: { interpreting: 3, 'immigrant-advice': 2, 'health-centre': 1 },
  }),
  m({
    lang: 'en',
    needs: 'lost his job last month and drinks too much',
    municipality: '734',
    judgments: {
      'employment-services': 3,
      'a-clinic': 3,
      'labour-market-subsidy': 2,
      'unemployed-association': 2,
      'a-guild': 2,
      detox: 1,
    },
  }),
  m({
    lang: 'en',
    needs: 'elderly man with dementia, his wife is exhausted from caring for him',
    municipality: '853',
    judgments: {
      'memory-guidance': 3,
      'carer-peer-group': 3,
      'respite-care': 3,
      'carer-allowance': 2,
      'memory-nurse': 2,
      'memory-cafe': 2,
      'carer-recreation': 2,
      'home-care': 1,
    },
  }),
  m({
    lang: 'en',
    needs: 'young person looking for a summer job',
    municipality: '734',
    ageGroup: 'youth',
    judgments: {
      'summer-jobs-youth': 3,
      ohjaamo: 2,
      'employment-services': 1,
      'youth-workshop': 1,
    },
  }),
  m({
    needs: 'vammainen lapsi, vanhemmat väsyneitä',
    municipality: '680',
    ageGroup: 'children',
    judgments: {
      'disabled-family-peer': 3,
      'family-home-help': 2,
      'disability-services': 2,
      'respite-care': 1,
      'parents-helpline': 1,
      'family-counselling-clinic': 1,
    },
  }),
  m({
    needs: 'ystävä kuoli äkillisesti ja järkytys on kova',
    municipality: '853',
    judgments: {
      'crisis-centre': 3,
      'grief-group': 3,
      'crisis-helpline': 2,
      'church-chat': 2,
      'adult-mental-health': 1,
    },
  }),
  m({
    needs: 'haluaisi päästä raittiiksi',
    municipality: '853',
    judgments: { 'a-clinic': 3, 'a-guild': 3, detox: 2 },
  }),
  m({
    needs: 'kotiin tarvitaan apuvälineitä, esim. rollaattori',
    municipality: '734',
    ageGroup: 'older',
    judgments: {
      'assistive-devices': 3,
      'disability-services': 1,
      'senior-advice': 1,
      'renovation-grant': 1,
    },
  }),
  m({
    needs: 'lomautettiin töistä ja lainat kaatuu päälle',
    municipality: '680',
    judgments: {
      'debt-advice': 3,
      'debt-helpline': 3,
      'guarantee-loan': 2,
      'diaconal-economic-advice': 2,
      'employment-services': 1,
      'labour-market-subsidy': 1,
      'social-credit': 1,
    },
  }),
  m({
    themes: ['culture-and-leisure'],
    municipality: '853',
    ageGroup: 'older',
    judgments: {
      'culture-companion': 3,
      'pensioners-clubs': 3,
      library: 2,
      'service-centre': 2,
      museums: 2,
      'adult-education-centre': 2,
      'residents-lounge': 1,
      ebooks: 1,
    },
  }),
];
