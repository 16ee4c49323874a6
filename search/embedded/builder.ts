import { LANGS, type Analyzer, type Lang } from '../analysis/index.ts';
import { pickLocalized } from '../../schema/localized.ts';
import type { SearchDocument } from '../contract.ts';
import { createBitset, setBit } from './bitset.ts';
import { CodesBuilder, FacetsBuilder } from './facet-builder.ts';
import { fieldTexts } from './fields.ts';
import { GeoGridBuilder } from './geo.ts';
import { Growable } from './growable.ts';
import { OpeningBuilder } from './opening-builder.ts';
import type { IndexSnapshot, TextIndex } from './snapshot.ts';
import { TextIndexBuilder } from './text-index-builder.ts';

// Code-unit order puts ä (e4) before å (e5); Finnish and Swedish sort å, ä, ö after z.
const NORDIC: Record<string, string> = { å: '{a', ä: '{b', ö: '{c' };
const sortKey = (name: string): string => name.toLowerCase().replace(/[åäö]/g, (c) => NORDIC[c]!);

function ranks(keys: string[], tieBreak: (a: number, b: number) => number): Uint32Array {
  const order = keys
    .map((_, i) => i)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : tieBreak(a, b)));
  const rank = new Uint32Array(keys.length);
  order.forEach((d, r) => (rank[d] = r));
  return rank;
}

/**
 * Builds an {@link IndexSnapshot} from documents added one by one; document ordinals are the
 * order of addition. Nothing is shared with any other snapshot, so a build can run beside the
 * snapshot that searches are using.
 */
export class IndexBuilder {
  readonly #texts: Record<Lang, TextIndexBuilder>;
  readonly #facets = new FacetsBuilder();
  readonly #codes = new CodesBuilder();
  readonly #opening = new OpeningBuilder();
  readonly #ids: string[] = [];
  readonly #seen = new Set<string>();
  readonly #nationwide: number[] = [];
  readonly #names: Record<Lang, string[]> = { fi: [], sv: [], en: [] };
  readonly #locationOffsets = new Growable(Uint32Array);
  readonly #lat = new Growable(Float64Array);
  readonly #lon = new Growable(Float64Array);
  readonly #grid = new GeoGridBuilder();

  constructor(analyzer: Analyzer) {
    this.#texts = {
      fi: new TextIndexBuilder('fi', analyzer),
      sv: new TextIndexBuilder('sv', analyzer),
      en: new TextIndexBuilder('en', analyzer),
    };
  }

  get size(): number {
    return this.#ids.length;
  }

  add(doc: SearchDocument): void {
    if (this.#seen.has(doc.id))
      throw new Error(`Duplicate search document id ${doc.id}: each service must appear once`);
    this.#seen.add(doc.id);
    const ordinal = this.#ids.length;
    this.#ids.push(doc.id);
    for (const lang of LANGS) {
      this.#texts[lang].addDocument(fieldTexts(doc, lang));
      this.#names[lang].push(pickLocalized(doc.name, lang)?.value ?? '');
    }
    this.#facets.add(doc);
    this.#codes.add(doc);
    this.#opening.add(ordinal, doc.schedules);
    if (doc.nationwide) this.#nationwide.push(ordinal);
    this.#locationOffsets.push(this.#lat.length);
    for (const { lat, lon } of doc.locations) {
      this.#lat.push(lat);
      this.#lon.push(lon);
    }
    this.#grid.add(ordinal, doc.locations);
  }

  /** Lays out the index; yields between steps so searches on the old snapshot keep being served. */
  *finish(): Generator<void, IndexSnapshot> {
    const size = this.#ids.length;
    const texts = {} as Record<Lang, TextIndex>;
    for (const lang of LANGS) {
      texts[lang] = yield* this.#texts[lang].finish();
      yield;
    }
    const idRank = ranks(this.#ids, (a, b) => a - b);
    yield;
    const byId = (a: number, b: number) => idRank[a]! - idRank[b]!;
    const nameRank = {} as Record<Lang, Uint32Array>;
    for (const lang of LANGS) {
      nameRank[lang] = ranks(this.#names[lang].map(sortKey), byId);
      yield;
    }
    const facets = this.#facets.finish(size);
    const codes = this.#codes.finish(size);
    const nationwide = createBitset(size);
    for (const d of this.#nationwide) setBit(nationwide, d);
    this.#locationOffsets.push(this.#lat.length);
    return {
      size,
      ids: this.#ids,
      idRank,
      texts,
      facets,
      codes,
      nationwide,
      names: this.#names,
      nameRank,
      locationOffsets: this.#locationOffsets.toArray(),
      lat: this.#lat.toArray(),
      lon: this.#lon.toArray(),
      geoGrid: this.#grid.finish(),
      opening: this.#opening.finish(),
    };
  }
}
