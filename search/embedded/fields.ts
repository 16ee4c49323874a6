import type { Lang } from '../analysis/index.ts';
import type { SearchDocument } from '../contract.ts';

/**
 * The text fields of the embedded index, in mask-bit order, with their weights: a word in the
 * name counts ten times one in the body. Short fields are scored without length normalisation;
 * summary and body are BM25-normalised by their length (`b`).
 */
export const textFields = [
  { name: 'name', weight: 10, b: 0 },
  { name: 'alternativeName', weight: 4, b: 0 },
  { name: 'keywords', weight: 4, b: 0 },
  { name: 'classifications', weight: 3, b: 0 },
  { name: 'summary', weight: 2, b: 0.5 },
  { name: 'body', weight: 1, b: 0.75 },
  { name: 'organizations', weight: 0.5, b: 0 },
] as const;

export type TextFieldName = (typeof textFields)[number]['name'];
export const FIELD_COUNT = textFields.length;
export const SUMMARY = 4;
export const BODY = 5;

/** BM25 term-frequency saturation. */
export const K1 = 1.2;

/** The texts of each field of a document in one language, in {@link textFields} order. */
export function fieldTexts(doc: SearchDocument, lang: Lang): (string | undefined)[][] {
  return [
    [doc.name[lang]],
    [doc.alternativeName[lang]],
    doc.keywords[lang] ?? [],
    doc.classificationNames.map((n) => n[lang]),
    [doc.summary[lang]],
    [doc.body[lang]],
    doc.organizationNames.map((n) => n[lang]),
  ];
}

// Every mask's names, built once per language: explaining a hit then allocates no strings.
const namesByMask = new Map<Lang, string[][]>();

/** Field names of a posting's mask, as `field.lang` (name.fi, body.sv); the array is shared. */
export function maskFields(mask: number, lang: Lang): readonly string[] {
  let byMask = namesByMask.get(lang);
  if (!byMask) {
    byMask = Array.from({ length: 1 << FIELD_COUNT }, (_, m) =>
      textFields.filter((_, f) => m & (1 << f)).map((field) => `${field.name}.${lang}`),
    );
    namesByMask.set(lang, byMask);
  }
  return byMask[mask]!;
}
