/**
 * Named phone lines, shared by every service that points at them. The national helplines carry
 * their well-known public numbers; the others are synthetic but shaped like Finnish numbers
 * (service numbers such as 020/029/0800 stored whole, without a prefix).
 */
import type { Texts } from '../templates/types.ts';

export interface PhoneLine {
  /** Provider key of the owning organisation (see data/organizations.ts). */
  owner: string;
  names: Texts;
  /** `+358` for ordinary numbers, `null` for Finnish service numbers. */
  prefix: '+358' | null;
  /** National part without the leading zero, or the whole service number. */
  number: string;
  charge: 'FreeOfCharge' | 'Chargeable' | 'Other';
  chargeInfo?: Texts;
  /** Open around the clock (an isAlwaysOpen hour), otherwise weekday hours. */
  alwaysOpen?: boolean;
  info?: Texts;
  /** Service languages of the line. */
  languages?: string[];
}

const lineTable = {
  crisisLine: {
    owner: 'mieli',
    names: { fi: 'Kriisipuhelin', sv: 'Kristelefonen', en: 'Crisis Helpline' },
    prefix: '+358', number: '925250111', charge: 'Chargeable', alwaysOpen: true,
    chargeInfo: { fi: 'Puhelu maksaa normaalin puhelumaksun.', sv: 'Samtalet kostar normal samtalsavgift.', en: 'Calls cost the normal call charge.' },
    info: { fi: 'Päivystää ympäri vuorokauden', sv: 'Jour dygnet runt', en: 'Open 24/7' }, languages: ['fi', 'sv', 'en'],
  },
  nollalinja: {
    owner: 'ensijaturva',
    names: { fi: 'Nollalinja', sv: 'Nollinjen', en: 'Nollalinja helpline' },
    prefix: null, number: '080005005', charge: 'FreeOfCharge', alwaysOpen: true, languages: ['fi', 'sv', 'en'],
  },
  victimSupport: {
    owner: 'riku',
    names: { fi: 'Rikosuhripäivystyksen auttava puhelin', sv: 'Brottsofferjourens hjälptelefon', en: 'Victim Support Finland helpline' },
    prefix: null, number: '116006', charge: 'FreeOfCharge', languages: ['fi', 'sv', 'en'],
  },
  childLine: {
    owner: 'mll',
    names: { fi: 'Lasten ja nuorten puhelin', sv: 'Barn- och ungdomstelefonen', en: "Children and young people's helpline" },
    prefix: null, number: '116111', charge: 'FreeOfCharge',
  },
  parentLine: {
    owner: 'mll',
    names: { fi: 'Vanhempainpuhelin', sv: 'Föräldratelefonen', en: 'Parents helpline' },
    prefix: null, number: '080092277', charge: 'FreeOfCharge',
  },
  debtLine: {
    owner: 'takuusaatio',
    names: { fi: 'Velkalinja', sv: 'Skuldlinjen', en: 'Debt helpline' },
    prefix: null, number: '080098009', charge: 'FreeOfCharge', languages: ['fi', 'sv'],
  },
  peluuri: {
    owner: 'aklinikka',
    names: { fi: 'Peluurin auttava puhelin', sv: 'Peluuris hjälptelefon', en: 'Peluuri helpline' },
    prefix: null, number: '0800100101', charge: 'FreeOfCharge', languages: ['fi', 'sv'],
  },
  churchLine: {
    owner: 'kirkkohallitus',
    names: { fi: 'Kirkon keskusteluapu, palveleva puhelin', en: 'Church helpline' },
    prefix: '+358', number: '400221180', charge: 'Chargeable',
    info: { fi: 'Päivystää joka ilta', en: 'Open every evening' },
  },
  medicalHelpline: {
    owner: 'varha',
    names: { fi: 'Päivystysapu 116117', sv: 'Jourhjälpen 116117', en: 'Medical helpline 116117' },
    prefix: null, number: '116117', charge: 'FreeOfCharge', alwaysOpen: true,
  },
  kelaSocialAssistance: {
    owner: 'kela',
    names: { fi: 'Kelan palvelunumero: toimeentulotuki', sv: 'FPA:s servicenummer: utkomststöd', en: 'Kela service number: social assistance' },
    prefix: null, number: '020692207', charge: 'Chargeable',
    chargeInfo: { fi: 'Puhelu maksaa normaalin puhelumaksun.', sv: 'Samtalet kostar normal samtalsavgift.', en: 'Calls cost the normal call charge.' },
  },
  kelaHousing: {
    owner: 'kela',
    names: { fi: 'Kelan palvelunumero: asumisen tuet', sv: 'FPA:s servicenummer: bostadsbidrag', en: 'Kela service number: housing benefits' },
    prefix: null, number: '020692210', charge: 'Chargeable',
  },
  kelaStudents: {
    owner: 'kela',
    names: { fi: 'Kelan palvelunumero: opiskelijan tuet', sv: 'FPA:s servicenummer: studerandes förmåner', en: 'Kela service number: student benefits' },
    prefix: null, number: '020692209', charge: 'Chargeable',
  },
  debtAdvice: {
    owner: 'oikeusapu',
    names: { fi: 'Talous- ja velkaneuvonnan palvelunumero', sv: 'Ekonomi- och skuldrådgivningens servicenummer', en: 'Financial and debt advice service number' },
    prefix: null, number: '0295660123', charge: 'Chargeable',
  },
  legalAid: {
    owner: 'oikeusapu',
    names: { fi: 'Oikeusaputoimistojen palvelunumero', sv: 'Rättshjälpsbyråernas servicenummer', en: 'Legal aid offices service number' },
    prefix: null, number: '0295660120', charge: 'Chargeable',
  },
  consumerAdvice: {
    owner: 'kkv',
    names: { fi: 'Kuluttajaneuvonta', sv: 'Konsumentrådgivningen', en: 'Consumer advice' },
    prefix: null, number: '0295530900', charge: 'Chargeable',
  },
  enforcement: {
    owner: 'ulosotto',
    names: { fi: 'Ulosottolaitoksen asiakaspalvelu', sv: 'Utsökningsverkets kundtjänst', en: 'Enforcement customer service' },
    prefix: null, number: '0295620600', charge: 'Chargeable',
  },
  socialEmergency: {
    owner: 'varha',
    names: { fi: 'Sosiaali- ja kriisipäivystys', sv: 'Social- och krisjouren', en: 'Social and crisis emergency service' },
    prefix: '+358', number: '22626003', charge: 'Chargeable', alwaysOpen: true,
  },
  countySocialAdvice: {
    owner: 'varha',
    names: { fi: 'Sosiaalipalvelujen neuvonta', sv: 'Socialtjänstens rådgivning', en: 'Social services advice line' },
    prefix: '+358', number: '22662700', charge: 'Chargeable',
  },
  countyElderlyAdvice: {
    owner: 'varha',
    names: { fi: 'Ikäihmisten palveluneuvonta', sv: 'Servicerådgivning för äldre', en: 'Advice line for older people' },
    prefix: '+358', number: '22662710', charge: 'Chargeable',
  },
  countyHealthAdvice: {
    owner: 'varha',
    names: { fi: 'Terveysasemien puhelinneuvonta', sv: 'Hälsostationernas telefonrådgivning', en: 'Health centre telephone advice' },
    prefix: '+358', number: '22662720', charge: 'Chargeable',
  },
} satisfies Record<string, PhoneLine>;

export type LineKey = keyof typeof lineTable;
export const lines: Record<LineKey, PhoneLine> = lineTable;
