import type { Localized } from '../../schema/localized.ts';
import type { PtvArea } from '../ptv/wire.ts';
import { fromLanguageItems } from './text.ts';

export interface AreaRefs {
  /** (type, code) pairs as listed; PTV's synthetic Municipality entry has code ''. */
  areas: { type: string; code: string }[];
  /** Every municipality covered, sorted. */
  municipalityCodes: string[];
  /** Reference names seen on the way, for the areas and municipalities tables. */
  areaNames: { type: string; code: string; name: Localized; municipalityCodes: string[] }[];
  municipalityNames: { code: string; name: Localized }[];
}

export function mapAreas(areas: readonly PtvArea[]): AreaRefs {
  const out: AreaRefs = { areas: [], municipalityCodes: [], areaNames: [], municipalityNames: [] };
  const codes = new Set<string>();
  const seen = new Set<string>();
  for (const area of areas) {
    const code = area.code ?? '';
    const key = `${area.type}\u0000${code}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.areas.push({ type: area.type, code });
    }
    const members = area.municipalities.map((m) => m.code);
    if (area.type === 'Municipality' && area.code) members.push(area.code);
    for (const m of area.municipalities) {
      out.municipalityNames.push({ code: m.code, name: fromLanguageItems(m.name) });
    }
    if (area.type === 'Municipality' && area.code && area.name.length) {
      out.municipalityNames.push({ code: area.code, name: fromLanguageItems(area.name) });
    }
    if (area.type !== 'Municipality' && area.code) {
      out.areaNames.push({
        type: area.type,
        code: area.code,
        name: fromLanguageItems(area.name),
        municipalityCodes: [...new Set(members)].sort(),
      });
    }
    for (const m of members) codes.add(m);
  }
  out.municipalityCodes = [...codes].sort();
  return out;
}

/** Whether something with these areas is available in any of the scope's municipalities. */
export function isInScope(
  areaType: string | null | undefined,
  municipalityCodes: readonly string[],
  scope: ReadonlySet<string>,
): boolean {
  if (areaType === 'Nationwide' || areaType === 'NationwideExceptAlandIslands') return true;
  return municipalityCodes.some((code) => scope.has(code));
}
