import { z } from 'zod';
import { varsinaisSuomiMunicipalities } from '../schema/constants.ts';

const envSchema = z.object({
  TARJOTIN_DB: z.string().min(1).default('./data/tarjotin.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Default source when --source is not given. */
  PTV_URL: z.string().url().optional(),
  /** Comma-separated 3-digit municipality codes; default: the 27 of Varsinais-Suomi. */
  TARJOTIN_MUNICIPALITIES: z.string().optional(),
  MEILI_URL: z.string().url().optional(),
  MEILI_KEY: z.string().optional(),
});

export type IngestEnv = z.infer<typeof envSchema> & { municipalities: string[] };

/** Parses the environment once; every problem is listed at start-up. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): IngestEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`Invalid ingest configuration:\n${problems}`);
  }
  return {
    ...parsed.data,
    municipalities: parseMunicipalities(parsed.data.TARJOTIN_MUNICIPALITIES) ?? [
      ...varsinaisSuomiMunicipalities,
    ],
  };
}

/**
 * `853,734,19` to zero-padded codes; `all` to [] (the whole registry). Throws on anything that is
 * not a municipality code.
 */
export function parseMunicipalities(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  if (value.trim().toLowerCase() === 'all') return [];
  const codes = value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
  const bad = codes.filter((c) => !/^\d{1,3}$/.test(c));
  if (bad.length) throw new Error(`Not municipality codes (1-3 digits): ${bad.join(', ')}`);
  return [...new Set(codes.map((c) => c.padStart(3, '0')))];
}
