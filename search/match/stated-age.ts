import type { Lang } from '../analysis/index.ts';
import type { AgeGroup } from './age-groups.ts';
import { personWordPattern } from './person-words.ts';

/** How a marker tells an age. */
interface Marker {
  /** Words before the number ("oon", "äiti on", "fyller"); empty for "15-vuotias", "24-year-old". */
  before: string;
  /** The client's own age, told by the client ("oon 17") or the advisor ("asiakas on 45"). */
  self: boolean;
  /**
   * A birthday verb ("täytti", "fyller", "turning") says an age whatever follows; after "on",
   * "är", "is" the number must end the clause or take an age word, or it is a quantity ("on 3
   * lasta", "är 5 i familjen").
   */
  free: boolean;
}

interface Language {
  markers: Marker[];
  /** Words that make the number an age ("v", "vuotias", "år gammal", "year-old"). */
  years: string;
  /** What may follow an age after "on", "är", "is": the end of a clause or a conjunction. */
  end: string;
  /** Adverbs allowed between the marker and the number ("jo yli 70"). */
  adverbs: string;
  /** How a list of ages goes on ("6 ja 9v", "8 och 11"). */
  and: string;
}

const m = (before: string, self = false, free = false): Marker => ({ before, self, free });

const LANGUAGES: Record<Lang, Language> = {
  fi: {
    markers: [
      m('oon|olen|ollaan|olemme|asiakas on|asiakkaani on', true),
      m('täytin|täytän|täytän kohta', true, true),
      m('on|ovat|ikä|iältään'),
      m('täytti|täyttää|täyttänyt|täyttävät|täyttämässä', false, true),
    ],
    years: String.raw`v|v\.|vee|vuotia\p{L}*|vuoden ikäi\p{L}*|vuotta vanha\p{L}*`,
    end: 'ja|eikä|enkä|mutta|tai|kun|koska|joten',
    adverbs: 'jo|just|juuri|kohta|yli|melkein|vasta',
    and: 'ja',
  },
  sv: {
    markers: [
      m('jag är|vi är|klienten är', true),
      m('jag fyller|jag fyllde', true, true),
      m('är|ålder'),
      m('fyller|fyllde|fyllt', false, true),
    ],
    years: String.raw`åring\p{L}*|årig\p{L}*|år gammal|år fyllda`,
    end: 'och|men|eller|så|när|fast',
    adverbs: 'redan|snart|nästan|över|bara',
    and: 'och',
  },
  en: {
    markers: [
      m("i'm|i’m|i am|we're|we’re|we are|client is|client is a|client is an", true),
      m('i turned|i turn', true, true),
      m('is|are|was|aged|age|at'),
      m('turned|turning|turns', false, true),
    ],
    years: String.raw`year-old|years? old|yo|y/o`,
    end: 'and|but|or|so|when|because',
    adverbs: 'already|nearly|almost|over|just|only',
    and: 'and',
  },
};

/** One to three digits, not part of a longer number, a decimal or a time ("15:30"). */
const NUMBER = String.raw`\d{1,3}(?![\d:.,]\d)`;
const word = (alternatives: string) => String.raw`(?:${alternatives})(?![\p{L}\d])`;

function compile(lang: Lang): { pattern: RegExp; marker: Marker }[] {
  const { markers, years, end, adverbs, and } = LANGUAGES[lang];
  const list = String.raw`${NUMBER}(?:\s*(?:,|${and})\s*${NUMBER})*`;
  const yearWord = String.raw`\s*-?\s*${word(years)}`;
  const clauseEnd = String.raw`\s*(?:$|[.,;!?)]|${word(end)})|${yearWord}`;
  const byMarker = markers.map((marker) => {
    const after = marker.free ? '' : `(?=${clauseEnd})`;
    const lead = String.raw`(?:^|[^\p{L}])(?:${marker.before})\s+(?:(?:${adverbs})\s+)*`;
    return { pattern: new RegExp(`${lead}(${list})${after}`, 'giu'), marker };
  });
  // "15-vuotias", "24-year-old", "19v": the number says its own age.
  const bare = new RegExp(String.raw`(?:^|[^\p{L}\d])(${list})(?=${yearWord})`, 'giu');
  return [...byMarker, { pattern: bare, marker: m('') }];
}

const PATTERNS = new Map((Object.keys(LANGUAGES) as Lang[]).map((l) => [l, compile(l)]));

/**
 * Words that tell an age group without a number: stems taking up to five letters of inflection
 * ("vanhukselle", "vauvan", "teenagers"). Person words only, not places ("koulu") or roles.
 */
const AGE_WORDS: Record<Lang, Partial<Record<AgeGroup, string>>> = {
  fi: {
    children: 'vauva|taapero|vastasyntyn|imeväi|leikki-ikäi|alakoululai|eskarilai',
    youth: 'teini|murkku|murrosikäi|yläkoululai|yläastelai|lukiolai|alaikäi',
    older:
      'vanhus|vanhuks|ikäihmi|ikääntyn|eläkeläi|mummo|mummi|mummu|vaari|ukki|isoäiti|isoäidi|isoisä|iäkä',
  },
  sv: {
    children: 'bebis|spädbarn|småbarn|nyfödd|dagisbarn',
    youth: 'tonåring|tonåren|minderårig|högstadieelev|gymnasieelev',
    older:
      'pensionär|åldring|mormor|morfar|farmor|farfar|gammal man|gammal kvinna|gamla mannen|gamla damen',
  },
  en: {
    children: 'baby|babies|toddler|newborn|infant',
    youth: 'teen|teenager|adolescent|underage',
    older:
      'old man|old woman|old lady|elderly|pensioner|grandma|grandpa|grandmother|grandfather|granny|grandad',
  },
};

const AGE_WORD_PATTERNS = new Map(
  (Object.keys(AGE_WORDS) as Lang[]).map((l) => [
    l,
    (Object.entries(AGE_WORDS[l]) as [AgeGroup, string][]).map(
      ([group, stems]) => [group, personWordPattern({ stems }, 'i')] as const,
    ),
  ]),
);

/** Age groups youngest first: of several ages told, the youngest person's group is taken. */
const YOUNGEST: readonly AgeGroup[] = ['children', 'youth', 'adults', 'older'];

/** The age group of an age: children under 13, youth 13–29 (Youth Act 1285/2016), older from 65. */
export function ageGroupOf(age: number): AgeGroup {
  if (age < 13) return 'children';
  if (age < 30) return 'youth';
  if (age < 65) return 'adults';
  return 'older';
}

/**
 * The age group of the person a text asks help for, from the ages it states: the client's own
 * age when told ("oon 17", "I'm 21", "asiakas on 45-vuotias"); else the youngest age or age word
 * of a child, young or older person ("vår dotter är 15", "lapset on 8 ja 11", "the old man next
 * door"), since a family telling a child's age asks for the child or for a family with children.
 * Undefined when the text states no such age: numbers of money, time or things ("600 euroa", "yli
 * 20 vuotta Suomessa", "3 lasta") are not ages.
 */
export function statedAgeGroup(text: string, lang: Lang): AgeGroup | undefined {
  const own: number[] = [];
  const others: number[] = [];
  for (const { pattern, marker } of PATTERNS.get(lang)!) {
    for (const match of text.matchAll(pattern)) {
      const ages = match[1]!.split(/\D+/).filter(Boolean).map(Number);
      (marker.self ? own : others).push(...ages.filter((a) => a > 0 && a < 120));
    }
  }
  if (own.length > 0) return ageGroupOf(Math.min(...own));
  // Another adult's age ("my wife … at 58", "isä on 58") says nothing new: an advisor's client is
  // taken for an adult anyway, and it would make services for older people fit less, though an
  // illness of later life (memory disorders) is served by them at any age.
  const groups: AgeGroup[] = others.map(ageGroupOf).filter((g) => g !== 'adults');
  for (const [group, pattern] of AGE_WORD_PATTERNS.get(lang)!)
    if (pattern.test(text)) groups.push(group);
  return YOUNGEST.find((g) => groups.includes(g));
}
