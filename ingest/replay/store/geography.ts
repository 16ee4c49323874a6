import type { CodeLists, RegionArea } from './code-lists.ts';

/**
 * Åland municipalities (PTV's Province.json seed). The task brief's list lacks 478 Maarianhamina,
 * Åland's capital; it is included here.
 */
export const ALAND_MUNICIPALITIES: ReadonlySet<string> = new Set(
  '035 043 060 062 065 076 170 295 318 417 438 478 736 766 771 941'.split(' '),
);

/** PTV's seed numbers Åland province `20` (what its code checks); Statistics Finland uses `21`. */
const ALAND_PROVINCE_CODES = new Set(['20', '21']);

/**
 * What the server knows about places: which codes exist (from `codes/` when present, else from
 * what the dump's areas mention) and which municipalities each region holds (from the dump).
 */
export class Geography {
  readonly #codes: CodeLists;
  readonly #seenMunicipalities = new Set<string>();
  readonly #regionMembers = new Map<string, Set<string>>();

  constructor(codes: CodeLists) {
    this.#codes = codes;
  }

  /** Records places an entity mentions. Knowledge only grows; a stale code does no harm. */
  note(municipalities: readonly string[], regionMembers: ReadonlyMap<string, string[]>): void {
    for (const code of municipalities) this.#seenMunicipalities.add(code);
    for (const [key, members] of regionMembers) {
      let set = this.#regionMembers.get(key);
      if (!set) this.#regionMembers.set(key, (set = new Set()));
      for (const m of members) set.add(m);
    }
  }

  hasMunicipality(code: string): boolean {
    return (this.#codes.municipalityCodes ?? this.#seenMunicipalities).has(code);
  }

  hasRegion(area: RegionArea, code: string): boolean {
    const listed = this.#codes.areaCodes.get(area);
    return listed ? listed.has(code) : this.#regionMembers.has(`${area}:${code}`);
  }

  /** PTV: a region is in Åland when one of its municipalities is in Åland province. */
  isAlandRegion(area: RegionArea, code: string): boolean {
    if (area === 'Province' && ALAND_PROVINCE_CODES.has(code)) return true;
    const members = this.#regionMembers.get(`${area}:${code}`);
    return members ? [...members].some((m) => ALAND_MUNICIPALITIES.has(m)) : false;
  }
}
