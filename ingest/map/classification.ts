import type { ClassificationKind } from '../../schema/constants.ts';
import type { Localized } from '../../schema/localized.ts';
import type { PtvFintoItem } from '../ptv/wire.ts';
import { fromLanguageItems } from './text.ts';

export interface ClassificationRow {
  id: string;
  kind: ClassificationKind;
  code: string | null;
  uri: string | null;
  newUri: string | null;
  parentUri: string | null;
  ontologyType: string | null;
  name: Localized;
  description: Localized;
}

/**
 * Stable identity of a classification item: ontology terms have no code, Y-platform-only classes
 * no legacy uri (wire-format doc, gotcha 16).
 */
export function classificationId(kind: ClassificationKind, item: PtvFintoItem): string | null {
  return item.newUri ?? item.uri ?? (item.code ? `${kind}:${item.code}` : null);
}

export function mapClassifications(kind: ClassificationKind, items: readonly PtvFintoItem[]) {
  const rows = new Map<string, ClassificationRow>();
  for (const item of items) {
    const id = classificationId(kind, item);
    if (!id || rows.has(id)) continue;
    rows.set(id, {
      id,
      kind,
      code: item.code ?? null,
      uri: item.uri ?? null,
      newUri: item.newUri ?? null,
      parentUri: item.newParentUri ?? item.parentUri ?? null,
      ontologyType: item.ontologyType ?? null,
      name: fromLanguageItems(item.name),
      description: fromLanguageItems(item.description),
    });
  }
  return [...rows.values()];
}
