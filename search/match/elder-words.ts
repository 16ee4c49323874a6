import type { Lang } from '../analysis/index.ts';
import { personWordPattern, type PersonWords } from './person-words.ts';

/**
 * Words for a parent or a grandparent, or for old age ("äidille", "mummolle", "grandma's"; "mor",
 * "far" taken whole: "morgon", "farlig" are other words). An adult's parent is often an older
 * person, so services for older people fit such a text even when no age is told.
 */
const ELDER: Record<Lang, PersonWords> = {
  fi: {
    stems:
      'äiti|äidi|äite|isä|faija|fatsi|mutsi|mummo|mummi|mumma|isoäiti|isoäidi|isoisä|vaari|ukki|pappa|papa|anoppi|anopi|eläkeläi|eläkkeel|vanhus|vanhuks|ikäihmi|ikääntyn|ikäänty|iäkä',
    words: 'isi|isin|appi|apen|vanhemmat|vanhempani|vanhemmille|vanhemmilla',
  },
  sv: {
    stems:
      'mamma|pappa|farmor|farfar|mormor|morfar|föräldr|svärmor|svärfar|pensionär|pensioner|åldring',
    words: 'mor|mors|far|fars|äldre|gammal|gamla',
  },
  en: {
    stems:
      'mother|father|parent|grandma|grandmother|grandpa|grandfather|granny|grandparent|retire|pensioner|elderly',
    words: 'mum|mom|dad|in-laws|old age',
  },
};
const ELDER_PATTERNS = new Map(
  (Object.keys(ELDER) as Lang[]).map((l) => [l, personWordPattern(ELDER[l], 'i')]),
);

/**
 * Whether a text speaks of a parent, a grandparent or old age ("äiti on yksinäinen", "pappa
 * glömmer saker", "jäin eläkkeelle"). When the client's age is not known, services for older
 * people only fit such a text fully; otherwise as little as services for young people only.
 */
export const mentionsElder = (text: string, lang: Lang): boolean =>
  ELDER_PATTERNS.get(lang)!.test(text);
