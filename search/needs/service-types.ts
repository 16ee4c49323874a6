/**
 * Service types: the kinds of service an experienced advisor knows by heart ("lapsiperheiden
 * kotipalvelu", "velkajärjestely"), each under one need theme, with the names services of the type
 * carry and the lay words of people who need it. A theme says what a need is about; a type says
 * which of the theme's services answers it ("sairastuin ja oon yksin pikkulasten kaa").
 */
import { z } from 'zod';
import type { Lang } from '../analysis/index.ts';
import raw from './service-types.json' with { type: 'json' };
import pathsRaw from './service-paths.json' with { type: 'json' };
import broaderRaw from './service-broader.json' with { type: 'json' };
import { localizedSchema, needThemes, wordsSchema } from './index.ts';

export const serviceTypeSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
  /** The need theme the type belongs to. */
  theme: z.string(),
  labels: localizedSchema,
  /** Phrases services of the type carry in their names or keywords, searched to find them. */
  names: wordsSchema,
  /** How people who need the type describe their situation. */
  words: wordsSchema,
});

export type ServiceType = z.output<typeof serviceTypeSchema>;

/** Parses a service types document; throws a ZodError naming every unknown theme or duplicate id. */
export function parseServiceTypes(
  input: unknown,
  themeIds: ReadonlySet<string> = new Set(needThemes.map((t) => t.id)),
): ServiceType[] {
  return z
    .object({ types: z.array(serviceTypeSchema).min(1) })
    .superRefine(({ types }, ctx) => {
      const ids = new Set<string>();
      types.forEach((type, i) => {
        const issue = (message: string) =>
          ctx.addIssue({ code: 'custom', path: ['types', i], message: `${type.id}: ${message}` });
        if (ids.has(type.id)) issue('duplicate id');
        ids.add(type.id);
        if (!themeIds.has(type.theme)) issue(`unknown theme ${type.theme}`);
      });
    })
    .parse(input).types;
}

/** The bundled service types, validated once at import. */
export const serviceTypes: readonly ServiceType[] = parseServiceTypes(raw);

/** Everything a type says in one language: its label, the names of its services, its lay words. */
export const typePhrases = (type: ServiceType, lang: Lang): string[] => [
  type.labels[lang],
  ...type.names[lang],
  ...type.words[lang],
];

/**
 * Parses service paths: for a type, the kinds of service a client who needs it usually also needs
 * (turvakoti → rikosuhripäivystys, oikeusaputoimisto). Throws a ZodError naming every unknown id,
 * a type given as its own step, and a step listed twice.
 */
export function parseServicePaths(
  input: unknown,
  typeIds: ReadonlySet<string>,
): Map<string, string[]> {
  const paths = z
    .record(z.string(), z.array(z.string()).max(4))
    .superRefine((record, ctx) => {
      for (const [id, next] of Object.entries(record)) {
        const issue = (message: string) => ctx.addIssue({ code: 'custom', path: [id], message });
        if (!typeIds.has(id)) issue(`unknown type ${id}`);
        next.forEach((n, i) => {
          if (!typeIds.has(n)) issue(`${id}: unknown type ${n}`);
          if (n === id) issue(`${id}: a type is not its own next step`);
          if (next.indexOf(n) < i) issue(`${id}: ${n} is listed twice`);
        });
      }
    })
    .parse(input);
  return new Map(Object.entries(paths));
}

/** The bundled service paths, validated once at import. */
export const servicePaths: ReadonlyMap<string, readonly string[]> = parseServicePaths(
  pathsRaw,
  new Set(serviceTypes.map((t) => t.id)),
);

/**
 * Parses broader kinds: for a specialised type, the one kind of service an advisor points to
 * instead where no service of the type is near (opioid substitution → the A-clinic, a
 * contraception clinic → the health centre); null where the type is itself general. Throws a
 * ZodError naming every unknown id and a type given as its own broader kind.
 */
export function parseBroaderKinds(
  input: unknown,
  typeIds: ReadonlySet<string>,
): Map<string, string> {
  const broader = z
    .record(z.string(), z.string().nullable())
    .superRefine((record, ctx) => {
      for (const [id, to] of Object.entries(record)) {
        const issue = (message: string) => ctx.addIssue({ code: 'custom', path: [id], message });
        if (!typeIds.has(id)) issue(`unknown type ${id}`);
        if (to !== null && !typeIds.has(to)) issue(`${id}: unknown type ${to}`);
        if (to === id) issue(`${id}: a type is not its own broader kind`);
      }
    })
    .parse(input);
  return new Map(
    Object.entries(broader).flatMap(([id, to]) => (to === null ? [] : [[id, to] as const])),
  );
}

/** The bundled broader kinds, validated once at import. */
export const broaderKinds: ReadonlyMap<string, string> = parseBroaderKinds(
  broaderRaw,
  new Set(serviceTypes.map((t) => t.id)),
);
