import type { Lang } from '../analysis/index.ts';

/**
 * Words for the people around the client: a spouse, a parent, a child, a sibling. Finnish stems
 * take up to five letters of inflection and possessive suffix ("äidilleni", "miestäni",
 * "lapsille"); Swedish and English words are listed with their forms, since a stem would catch
 * other words ("frukost", "moment", "kidney").
 */
const RELATIONS: Record<Lang, { stems: string; words: string }> = {
  fi: {
    stems:
      'äiti|äidi|isä|isi|mies|miehe|miest|vaimo|puoliso|poika|poja|tytär|tyttäre|tyttö|tytö|lapsi|lapse|lasta|sisko|veli|velje',
    words: '',
  },
  sv: {
    stems: '',
    words:
      'mamma|mammas|mamman|pappa|pappas|pappan|man|mannen|mannens|maken|fru|frun|hustru|hustrun|sambo|sambon|son|sonen|sonens|söner|dotter|dottern|döttrar|barn|barnen|barnet|barnens|bror|brodern|syster|systern',
  },
  en: {
    stems: '',
    words:
      "mum|mum's|mom|mom's|mother|mother's|dad|dad's|father|father's|husband|husband's|wife|wife's|partner|partner's|son|son's|sons|daughter|daughter's|daughters|kid|kids|child|child's|children|children's|brother|brother's|sister|sister's",
  },
};

const PATTERNS = new Map(
  (Object.keys(RELATIONS) as Lang[]).map((l) => {
    const { stems, words } = RELATIONS[l];
    const alternatives = [stems && `(?:${stems})\\p{L}{0,5}`, words].filter(Boolean).join('|');
    return [l, new RegExp(String.raw`(^|[^\p{L}])(?:${alternatives})(?![\p{L}'’])`, 'giu')];
  }),
);

/**
 * The text without the words for the people around the client, for searching service texts: they
 * say whose need it is ("mies lähti", "my partner lost our savings", "grannens barn"), not what
 * help is asked, and as search words they find services named for those people (a men's meeting
 * place, a family café) above those for the need.
 */
export const withoutRelations = (text: string, lang: Lang): string =>
  text.replace(PATTERNS.get(lang)!, '$1');
