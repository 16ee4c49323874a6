import {
  COMPOUND_PART_WEIGHT,
  type Analyzer,
  type Lang,
  type QueryToken,
} from '../analysis/index.ts';
import { BODY, FIELD_COUNT, K1, SUMMARY, textFields } from './fields.ts';
import { Growable } from './growable.ts';
import { PostingBuffer } from './posting-buffer.ts';
import { splitRawWords } from './raw-words.ts';
import type { TextIndex } from './snapshot.ts';
import { buildSurfaceDictionary } from './surfaces.ts';

const TEXT_CACHE_LIMIT = 200_000;
const CACHED_TEXT_LENGTH = 200;
const SHORT_FIELDS = textFields.flatMap((f, i) => (f.b === 0 ? [i] : []));

interface WordTerms {
  surface: number;
  terms: number[];
  parts: number[];
}

/**
 * Builds the inverted index of one language. Documents are added in ordinal order; each distinct
 * raw word is analysed once (the analyser's result is cached here as term ids), and postings are
 * collected per document, then laid out per term by {@link finish}.
 */
export class TextIndexBuilder {
  readonly lang: Lang;
  readonly #analyzer: Analyzer;
  readonly #termIds = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #surfaceIds = new Map<string, number>();
  readonly #surfaces: string[] = [];
  readonly #surfaceTerms: number[][] = [];
  readonly #words = new Map<string, WordTerms[]>();
  // Short texts repeat a lot (classification and organisation names on every service), so their
  // word lists are cached too. Long ones are not: hashing a long text costs about what splitting
  // it does.
  readonly #texts = new Map<string, WordTerms[]>();
  // Per-document accumulation: the slot of a term in this document, valid when stamp = doc + 1.
  #stamp = new Int32Array(1 << 14);
  #slot = new Int32Array(1 << 14);
  #df = new Uint32Array(1 << 14);
  readonly #slotTerms: number[] = [];
  #tf = new Float32Array(256 * FIELD_COUNT);
  #docs = 0;
  readonly #lengths = [new Growable(Uint16Array), new Growable(Uint16Array)];
  readonly #docStart = new Growable(Uint32Array);
  readonly #postings = new PostingBuffer();

  constructor(lang: Lang, analyzer: Analyzer) {
    this.lang = lang;
    this.#analyzer = analyzer;
  }

  #term(term: string): number {
    let id = this.#termIds.get(term);
    if (id !== undefined) return id;
    id = this.#terms.length;
    this.#termIds.set(term, id);
    this.#terms.push(term);
    if (id >= this.#stamp.length) {
      const grow = <T extends Int32Array | Uint32Array>(old: T, next: T): T => (
        next.set(old),
        next
      );
      this.#stamp = grow(this.#stamp, new Int32Array(this.#stamp.length * 2));
      this.#slot = grow(this.#slot, new Int32Array(this.#slot.length * 2));
      this.#df = grow(this.#df, new Uint32Array(this.#df.length * 2));
    }
    return id;
  }

  #intern(token: QueryToken): WordTerms {
    const terms = token.terms.map((t) => this.#term(t));
    let surface = this.#surfaceIds.get(token.surface);
    if (surface === undefined) {
      surface = this.#surfaces.length;
      this.#surfaceIds.set(token.surface, surface);
      this.#surfaces.push(token.surface);
      this.#surfaceTerms.push(terms);
    }
    const parts = token.parts.map((t) => this.#term(t)).filter((t) => !terms.includes(t));
    return { surface, terms, parts };
  }

  // A trailing space tells the analyser the text is complete, so stopwords come back empty.
  #analysed(raw: string): WordTerms[] {
    let words = this.#words.get(raw);
    if (!words) {
      words = this.#analyzer.analyzeQuery(`${raw} `, this.lang).map((t) => this.#intern(t));
      this.#words.set(raw, words);
    }
    return words;
  }

  #cachedText(text: string): WordTerms[] {
    let words = this.#texts.get(text);
    if (!words) {
      words = splitRawWords(text).flatMap((raw) => this.#analysed(raw));
      if (this.#texts.size >= TEXT_CACHE_LIMIT) this.#texts.clear();
      this.#texts.set(text, words);
    }
    return words;
  }

  // Adds words to field f of the current document; returns how many.
  #addWords(words: readonly WordTerms[], f: number): number {
    for (const word of words) {
      for (const t of word.terms) this.#add(t, f, 1);
      for (const t of word.parts) this.#add(t, f, COMPOUND_PART_WEIGHT);
    }
    return words.length;
  }

  #add(term: number, field: number, weight: number): void {
    let slot: number;
    if (this.#stamp[term] === this.#docs + 1) slot = this.#slot[term]!;
    else {
      slot = this.#slotTerms.length;
      this.#stamp[term] = this.#docs + 1;
      this.#slot[term] = slot;
      this.#slotTerms.push(term);
      if ((slot + 1) * FIELD_COUNT > this.#tf.length) {
        const tf = new Float32Array(this.#tf.length * 2);
        tf.set(this.#tf);
        this.#tf = tf;
      }
      this.#tf.fill(0, slot * FIELD_COUNT, (slot + 1) * FIELD_COUNT);
    }
    this.#tf[slot * FIELD_COUNT + field] += weight;
  }

  /** Adds the next document: its texts per field in {@link textFields} order. */
  addDocument(fields: readonly (readonly (string | undefined)[])[]): void {
    this.#docStart.push(this.#postings.length);
    let summaryWords = 0;
    let bodyWords = 0;
    for (let f = 0; f < FIELD_COUNT; f++) {
      let count = 0;
      for (const text of fields[f]!) {
        if (!text) continue;
        if (text.length <= CACHED_TEXT_LENGTH) count += this.#addWords(this.#cachedText(text), f);
        else for (const raw of splitRawWords(text)) count += this.#addWords(this.#analysed(raw), f);
      }
      if (f === SUMMARY) summaryWords = count;
      if (f === BODY) bodyWords = count;
    }
    this.#lengths[0]!.push(Math.min(summaryWords, 65535));
    this.#lengths[1]!.push(Math.min(bodyWords, 65535));
    this.#emit();
  }

  #emit(): void {
    const slots = this.#slotTerms.length;
    const out = this.#postings;
    out.reserve(slots);
    const tf = this.#tf;
    for (let slot = 0; slot < slots; slot++) {
      const base = slot * FIELD_COUNT;
      let short = 0;
      let mask = 0;
      for (const f of SHORT_FIELDS) {
        const n = tf[base + f]!;
        if (n > 0) short += (textFields[f]!.weight * n) / (n + K1);
      }
      for (let f = 0; f < FIELD_COUNT; f++) if (tf[base + f]! > 0) mask |= 1 << f;
      const term = this.#slotTerms[slot]!;
      const p = out.length++;
      out.term[p] = term;
      out.short[p] = short;
      out.tfSummary[p] = Math.min(255, Math.round(tf[base + SUMMARY]! * 2));
      out.tfBody[p] = Math.min(255, Math.round(tf[base + BODY]! * 2));
      out.mask[p] = mask;
      this.#df[term]!++;
    }
    this.#slotTerms.length = 0;
    this.#docs++;
  }

  /**
   * Lays the postings out per term (documents ascending) with their impact: the field-weighted
   * BM25 term score, idf left to query time. A generator, so the caller can let searches run
   * between steps.
   */
  *finish(): Generator<void, TextIndex> {
    const docCount = this.#docs;
    this.#docStart.push(this.#postings.length);
    const docStart = this.#docStart.toArray();
    const df = this.#df.slice(0, this.#terms.length);
    const offsets = new Uint32Array(df.length + 1);
    for (let t = 0; t < df.length; t++) offsets[t + 1] = offsets[t]! + df[t]!;
    const total = offsets[df.length]!;
    const docs = new Uint32Array(total);
    const impacts = new Float32Array(total);
    const masks = new Uint8Array(total);
    const cursor = offsets.slice(0, df.length);
    const { term, short, tfSummary, tfBody, mask } = this.#postings;
    const [lenS, lenB] = this.#lengths.map((g) => g.toArray()) as [Uint16Array, Uint16Array];
    const average = (a: Uint16Array) =>
      Math.max(1, a.reduce((s, v) => s + v, 0) / Math.max(1, a.length));
    const [avgS, avgB] = [average(lenS), average(lenB)];
    const { weight: wS, b: bS } = textFields[SUMMARY];
    const { weight: wB, b: bB } = textFields[BODY];
    yield;
    for (let d = 0; d < docCount; d++) {
      const normS = K1 * (1 - bS + (bS * lenS[d]!) / avgS);
      const normB = K1 * (1 - bB + (bB * lenB[d]!) / avgB);
      for (let p = docStart[d]!; p < docStart[d + 1]!; p++) {
        const q = cursor[term[p]!]!++;
        const s = tfSummary[p]! / 2;
        const b = tfBody[p]! / 2;
        docs[q] = d;
        impacts[q] =
          short[p]! + (s > 0 ? (wS * s) / (s + normS) : 0) + (b > 0 ? (wB * b) / (b + normB) : 0);
        masks[q] = mask[p]!;
      }
      if ((d & 8191) === 8191) yield;
    }
    yield;
    const surfaces = buildSurfaceDictionary(this.#surfaces, this.#surfaceTerms, df);
    return {
      lang: this.lang,
      termIds: this.#termIds,
      terms: this.#terms,
      offsets,
      docs,
      impacts,
      masks,
      surfaces,
      docCount,
    };
  }
}
