import type { WordAnalysis, WordAnalyzer } from '../word-analysis.ts';
import type { VoikkoHandle } from './voikko-binding.ts';

interface Segment {
  surface: string;
  /** Base form; starts with "+" for a derivational suffix; undefined when Voikko gives none. */
  base: string | undefined;
}

interface Component {
  surface: string;
  base: string;
}

const SEGMENT = /\+([^+(]*)(?:\(([^)]*)\))?/g;
const clean = (s: string): string => s.toLowerCase().replace(/[=-]/g, '');

// A component is a stem and its derivational suffixes: terve+yden(+ys) is "terveys", written
// "terveyden" in the compound. Its base is the stem's surface plus the last suffix's base form.
function toComponent(segments: Segment[]): Component {
  const surface = segments.map((s) => s.surface).join('');
  const last = segments.at(-1)!;
  if (segments.length === 1) return { surface, base: last.base ?? last.surface };
  const lead = segments
    .slice(0, -1)
    .map((s) => s.surface)
    .join('');
  return { surface, base: last.base?.startsWith('+') ? lead + last.base.slice(1) : surface };
}

/**
 * Splits Voikko's WORDBASES into compound components, e.g. "+mielen(mieli)+terve(terve)+ys(+ys)
 * +kuntoutu(kuntoutua)+ja(+ja)" into mielen/mieli, terveys/terveys, kuntoutuja/kuntoutuja.
 * The last component's base comes from the whole word's base form, which Voikko gets right.
 */
export function componentsOf(wordBases: string, baseForm: string): Component[] {
  const groups: Segment[][] = [];
  let startNew = true;
  for (const [, surface = '', base] of wordBases.matchAll(SEGMENT)) {
    if (surface === '-' && base === undefined) {
      startNew = true;
      continue;
    }
    // Suffixes (+ys) and short linking pieces (toimi+n+ta) continue the current component.
    const continues =
      !startNew && (base?.startsWith('+') || (base === undefined && surface.length < 3));
    if (continues) groups.at(-1)!.push({ surface, base });
    else groups.push([{ surface, base }]);
    startNew = false;
  }
  const components = groups
    .map(toComponent)
    .map((c) => ({ surface: clean(c.surface), base: clean(c.base) }));
  const whole = clean(baseForm);
  const lead = components
    .slice(0, -1)
    .map((c) => c.surface)
    .join('');
  if (components.length > 1 && whole.startsWith(lead) && whole.length > lead.length) {
    components.at(-1)!.base = whole.slice(lead.length);
  }
  return components;
}

// Every run of adjacent components except the whole word: mieli, terveys, kuntoutuja,
// mielenterveys, terveyskuntoutuja. A run is written as its components appear, ending in a base.
function runsOf(components: Component[]): string[] {
  const runs: string[] = [];
  for (let i = 0; i < components.length; i++) {
    for (let j = i; j < components.length; j++) {
      if (i === 0 && j === components.length - 1) continue;
      const lead = components
        .slice(i, j)
        .map((c) => c.surface)
        .join('');
      runs.push(lead + components[j]!.base);
    }
  }
  return runs;
}

/** Voikko's endings of past participles: active (maksa+n+ut) and passive (lyö+ty, makse+t+tu). */
const PARTICIPLE = new Set(['+ut', '+yt', '+tu', '+ty']);
/** A WORDBASES piece; a derivational suffix may follow its stem without "+" ("masen(masentaa)tu(+tua)"). */
const PIECE = /\+?([^+()]+)(?:\(([^)]*)\))?/g;

/**
 * The verb a past participle is of, from its WORDBASES: "+maksa(maksaa)+n+ut(+ut)" → maksaa,
 * "+masen(masentaa)tu(+tua)+n+ut(+ut)" → masentua, "+irtisano(irti=sanoa)+t+tu(+tu)" →
 * irtisanoa. Voikko gives the participle as its own base form ("maksanut"), so without this
 * "ei ole maksanut" never says "maksaa".
 */
export function participleVerb(wordBases: string): string | null {
  const pieces = [...wordBases.matchAll(PIECE)].map(([, surface = '', base]) => ({
    surface,
    base,
  }));
  if (!PARTICIPLE.has(pieces.at(-1)?.base ?? '')) return null;
  // The ending and the linking pieces before it (+n, +t, +l) are not of the verb.
  let end = pieces.length - 1;
  while (end > 0 && pieces[end - 1]!.base === undefined) end--;
  let lead = '';
  let surface = '';
  let verb = '';
  for (const piece of pieces.slice(0, end)) {
    if (piece.base === undefined) {
      surface += piece.surface;
    } else if (piece.base.startsWith('+')) {
      // A derivational suffix: the stem as written plus the suffix's base (masen + tua).
      verb = surface + piece.base.slice(1);
      surface += piece.surface;
    } else {
      lead += surface;
      surface = piece.surface;
      verb = piece.base;
    }
  }
  return verb ? clean(lead + verb) : null;
}

/**
 * Finnish analysis by Voikko: base forms of every reading (tuen → tuki, tukea), and for compounds
 * the components' base forms and their runs. Words Voikko does not know go to `unknown`.
 */
export function createVoikkoAnalyzer(voikko: VoikkoHandle, unknown: WordAnalyzer): WordAnalyzer {
  return (word): WordAnalysis => {
    const readings = voikko.analyze(word);
    if (readings.length === 0) return unknown(word);
    const keys = new Set<string>();
    const parts = new Set<string>();
    const verbs = new Set<string>();
    let head: string | null = null;
    for (const reading of readings) {
      keys.add(clean(reading.baseForm));
      const verb = participleVerb(reading.wordBases);
      if (verb) verbs.add(verb);
      const components = componentsOf(reading.wordBases, reading.baseForm);
      if (components.length < 2) continue;
      head ??= components.at(-1)!.base;
      for (const run of runsOf(components)) if (run.length > 1) parts.add(run);
    }
    for (const key of keys) {
      parts.delete(key);
      verbs.delete(key);
    }
    return { keys: [...keys], parts: [...parts], head, verbs: [...verbs] };
  };
}
