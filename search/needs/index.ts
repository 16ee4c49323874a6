/**
 * The needs vocabulary: need themes an advisor searches by ("velkaa", "ei ole kotia", "ensam"),
 * each tied to PTV service classes, ontology terms, target groups and life events from
 * `ptv-classifications.json`, so a lay query can widen to the classifications PTV data carries.
 */
import { z } from 'zod';
import raw from './themes.json' with { type: 'json' };
import { classificationIndex, type ClassificationIndex } from './classifications.ts';

export * from './classifications.ts';

const text = z.string().trim().min(1);
/** A text in fi, sv and en. */
export const localizedSchema = z.object({ fi: text, sv: text, en: text });
const sentenceSchema = localizedSchema.refine(
  (s) => Object.values(s).every((v) => /^[^\n]+[.!?]$/.test(v)),
  'a description is one plain sentence ending in a full stop',
);
/** Words and phrases in fi, sv and en, at least one in each. */
export const wordsSchema = z.object({
  fi: z.array(text).min(1),
  sv: z.array(text).min(1),
  en: z.array(text).min(1),
});

export const needThemeSchema = z.object({
  /** Stable kebab-case English id, used in URLs and analytics. */
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'kebab-case'),
  labels: localizedSchema,
  description: sentenceSchema,
  /** Lay words and phrases people actually type, colloquial and inflected ones included. */
  words: wordsSchema,
  /** ptvserclass2 codes, e.g. `P15.1`. */
  serviceClasses: z.array(z.string()).min(1),
  /** Ontology term URIs (YSO / KOKO). */
  ontologyTerms: z.array(z.string()),
  /** ptvkohderyhmat codes, e.g. `KR1.1`. */
  targetGroups: z.array(z.string()).min(1),
  /** ptvelti codes, e.g. `KE9`. */
  lifeEvents: z.array(z.string()),
  /** Themes to widen to when a search finds nothing. */
  related: z.array(z.string()),
  /** Mainly a social or health care (sote) service area; tarjotin's point is the non-sote help. */
  sote: z.boolean(),
});

export type NeedTheme = z.output<typeof needThemeSchema>;

/** Builds the themes schema, checking every reference against a classification index. */
export function needThemesSchema(index: ClassificationIndex = classificationIndex) {
  return z.object({ themes: z.array(needThemeSchema).min(1) }).superRefine(({ themes }, ctx) => {
    const ids = new Set<string>();
    themes.forEach((theme, i) => {
      const issue = (message: string) =>
        ctx.addIssue({ code: 'custom', path: ['themes', i], message: `${theme.id}: ${message}` });
      if (ids.has(theme.id)) issue('duplicate id');
      ids.add(theme.id);
      const check = (codes: string[], known: ReadonlyMap<string, unknown>, kind: string) => {
        for (const code of codes) if (!known.has(code)) issue(`unknown ${kind} ${code}`);
      };
      check(theme.serviceClasses, index.serviceClasses, 'service class');
      check(theme.targetGroups, index.targetGroups, 'target group');
      check(theme.lifeEvents, index.lifeEvents, 'life event');
      check(theme.ontologyTerms, index.ontologyTerms, 'ontology term');
    });
    themes.forEach((theme, i) => {
      for (const id of theme.related) {
        if (id === theme.id || !ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['themes', i, 'related'],
            message: `${theme.id}: unknown related theme ${id}`,
          });
        }
      }
    });
  });
}

/** Parses a themes document; throws a ZodError listing every problem. */
export function parseNeedThemes(
  input: unknown,
  index: ClassificationIndex = classificationIndex,
): NeedTheme[] {
  return needThemesSchema(index).parse(input).themes;
}

/** The bundled vocabulary, validated once at import. */
export const needThemes: readonly NeedTheme[] = parseNeedThemes(raw);

const byId = new Map(needThemes.map((t) => [t.id, t]));

/** The theme with this id; throws for an unknown id, which is a programming error. */
export function getNeedTheme(id: string): NeedTheme {
  const theme = byId.get(id);
  if (!theme)
    throw new Error(`Unknown need theme "${id}". Known ids: ${[...byId.keys()].join(', ')}`);
  return theme;
}
