import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  TARJOTIN_DB: z.string().min(1).default('./data/tarjotin.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  MEILI_URL: z.string().url().optional(),
  MEILI_KEY: z.string().optional(),
});

export type ApiEnv = z.infer<typeof envSchema>;

/** Parses the environment once; every problem is listed at start-up. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): ApiEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`Invalid API configuration:\n${problems}`);
  }
  return parsed.data;
}
