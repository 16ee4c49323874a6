/**
 * The PTV classification reference (`ptv-classifications.json`): service classes (ptvserclass2),
 * target groups (ptvkohderyhmat), life events (ptvelti), industrial classes (TOL 2008) and the
 * ontology terms the needs vocabulary uses. Codes and names come from the official code lists;
 * `verified: false` marks entries whose URI was not checked against its authority.
 */
import { z } from 'zod';
import raw from './ptv-classifications.json' with { type: 'json' };

/** Names in the three catalogue languages; Finto leaves some translations out (`null`). */
const namesSchema = z.object({
  fi: z.string().min(1),
  sv: z.string().nullable(),
  en: z.string().nullable(),
});

const codedSchema = z.object({
  /** The code PTV sends in `code`, e.g. `P27.1`, `KR1.1`, `KE9`. */
  code: z.string().min(1),
  /** Code of the parent class, `null` for a main class. */
  parent: z.string().nullable(),
  names: namesSchema,
  /** Legacy Finto URI PTV sends in `uri` (`http://urn.fi/URN:NBN:fi:au:ptvl:v…`); null for Y-platform-only classes. */
  uri: z.string().nullable(),
  /** koodistot URI PTV sends in `newUri`. */
  newUri: z.url(),
  verified: z.boolean(),
});

export const serviceClassSchema = codedSchema.extend({ descriptions: namesSchema });
export const industrialClassSchema = codedSchema.omit({ parent: true });

export const ontologyTermSchema = z.object({
  /** Ontology terms are keyed on URI; PTV sends `code: null` for them. */
  uri: z.url(),
  /** The Finto vocabulary PTV reports as `ontologyType` (YSO, JUPO, TERO…). */
  vocabulary: z.string(),
  names: namesSchema,
  verified: z.boolean(),
});

const classificationsShape = z.object({
  serviceClasses: z.array(serviceClassSchema),
  targetGroups: z.array(codedSchema),
  lifeEvents: z.array(codedSchema),
  industrialClasses: z.array(industrialClassSchema),
  ontologyTerms: z.array(ontologyTermSchema),
});

export type ServiceClass = z.output<typeof serviceClassSchema>;
export type CodedClass = z.output<typeof codedSchema>;
export type IndustrialClass = z.output<typeof industrialClassSchema>;
export type OntologyTerm = z.output<typeof ontologyTermSchema>;
export type PtvClassifications = z.output<typeof classificationsShape>;

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

/** Validates the reference: unique keys and parents that exist in the same list. */
export const ptvClassificationsSchema = classificationsShape.superRefine((c, ctx) => {
  const lists = {
    serviceClasses: c.serviceClasses,
    targetGroups: c.targetGroups,
    lifeEvents: c.lifeEvents,
  };
  for (const [name, items] of Object.entries(lists)) {
    const codes = new Set(items.map((i) => i.code));
    for (const dup of duplicates(items.map((i) => i.code))) {
      ctx.addIssue({ code: 'custom', path: [name], message: `duplicate code ${dup}` });
    }
    for (const item of items) {
      if (item.parent !== null && !codes.has(item.parent)) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: `${item.code}: unknown parent ${item.parent}`,
        });
      }
    }
  }
  for (const dup of duplicates(c.ontologyTerms.map((t) => t.uri))) {
    ctx.addIssue({ code: 'custom', path: ['ontologyTerms'], message: `duplicate uri ${dup}` });
  }
});

/** Parses a classification reference; throws a ZodError listing every problem. */
export function parseClassifications(input: unknown): PtvClassifications {
  return ptvClassificationsSchema.parse(input);
}

/** The bundled reference, validated once at import. */
export const ptvClassifications: PtvClassifications = parseClassifications(raw);

/** Lookup maps over a classification reference. */
export interface ClassificationIndex {
  serviceClasses: ReadonlyMap<string, ServiceClass>;
  targetGroups: ReadonlyMap<string, CodedClass>;
  lifeEvents: ReadonlyMap<string, CodedClass>;
  industrialClasses: ReadonlyMap<string, IndustrialClass>;
  ontologyTerms: ReadonlyMap<string, OntologyTerm>;
}

/** Indexes coded lists by `code` and ontology terms by `uri`. */
export function indexClassifications(c: PtvClassifications): ClassificationIndex {
  const byCode = <T extends { code: string }>(items: T[]) => new Map(items.map((i) => [i.code, i]));
  return {
    serviceClasses: byCode(c.serviceClasses),
    targetGroups: byCode(c.targetGroups),
    lifeEvents: byCode(c.lifeEvents),
    industrialClasses: byCode(c.industrialClasses),
    ontologyTerms: new Map(c.ontologyTerms.map((t) => [t.uri, t])),
  };
}

/** Index of the bundled reference. */
export const classificationIndex: ClassificationIndex = indexClassifications(ptvClassifications);
