/**
 * Example situations for the service types: what a client, a relative or an advisor types, with
 * the kinds of service that would help, best first. The type classifier learns from them and from
 * the types' own phrases (search/match/type-classifier.ts, bin/train-types.ts).
 */
import { z } from 'zod';
import raw from './type-examples.json' with { type: 'json' };
import { serviceTypes } from './service-types.ts';

const exampleSchema = z.object({
  lang: z.enum(['fi', 'sv', 'en']),
  types: z.array(z.string()).min(1).max(4),
  text: z.string().trim().min(1),
});

export type TypeExample = z.output<typeof exampleSchema>;

/** Parses an examples document; throws a ZodError naming every unknown type and repeated text. */
export function parseTypeExamples(
  input: unknown,
  typeIds: ReadonlySet<string> = new Set(serviceTypes.map((t) => t.id)),
): TypeExample[] {
  return z
    .object({ examples: z.array(exampleSchema) })
    .superRefine(({ examples }, ctx) => {
      const texts = new Set<string>();
      examples.forEach((e, i) => {
        const issue = (message: string) =>
          ctx.addIssue({ code: 'custom', path: ['examples', i], message });
        for (const t of e.types) if (!typeIds.has(t)) issue(`unknown type ${t}`);
        if (texts.has(e.text)) issue(`repeated text "${e.text.slice(0, 40)}…"`);
        texts.add(e.text);
      });
    })
    .parse(input).examples;
}

/** The bundled examples, validated once at import. */
export const typeExamples: readonly TypeExample[] = parseTypeExamples(raw);
