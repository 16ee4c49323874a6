import type { Lang } from '../analysis/index.ts';
import { personWordPattern, type PersonWords } from './person-words.ts';

/**
 * Words for the people around the client: a spouse, a parent, a child, a sibling. Finnish stems
 * take inflection and possessive suffix ("äidilleni", "miestäni", "lapsille"); Swedish and English
 * words are listed with their forms, since a stem would catch other words ("frukost", "moment",
 * "kidney").
 */
const RELATIONS: Record<Lang, PersonWords> = {
  fi: {
    stems:
      'äiti|äidi|isä|isi|mies|miehe|miest|vaimo|puoliso|poika|poja|tytär|tyttäre|tyttö|tytö|lapsi|lapse|lasta|sisko|veli|velje',
  },
  sv: {
    words:
      'mamma|mammas|mamman|pappa|pappas|pappan|man|mannen|mannens|maken|fru|frun|hustru|hustrun|sambo|sambon|son|sonen|sonens|söner|dotter|dottern|döttrar|barn|barnen|barnet|barnens|bror|brodern|syster|systern',
  },
  en: {
    words:
      'mum|mom|mother|dad|father|husband|wife|partner|son|sons|daughter|daughters|kid|kids|child|children|brother|sister',
  },
};

const PATTERNS = new Map(
  (Object.keys(RELATIONS) as Lang[]).map((l) => [l, personWordPattern(RELATIONS[l], 'gi')]),
);

/**
 * The text without the words for the people around the client, for searching service texts: they
 * say whose need it is ("mies lähti", "my partner lost our savings", "grannens barn"), not what
 * help is asked, and as search words they find services named for those people (a men's meeting
 * place, a family café) above those for the need.
 */
export const withoutRelations = (text: string, lang: Lang): string =>
  text.replace(PATTERNS.get(lang)!, '$1');
