import { z } from 'zod';
import type { SecurityConfig } from './auth/config.ts';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** HTTP worker processes sharing the port (each with its own search index); 1 = no cluster. */
  API_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  HOST: z.string().default('0.0.0.0'),
  TARJOTIN_DB: z.string().min(1).default('./data/tarjotin.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  MEILI_URL: z.string().url().optional(),
  MEILI_KEY: z.string().optional(),
  // Sessions, referrals and request limits (api/auth/config.ts documents each).
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SESSION_IDLE_MINUTES: z.coerce.number().positive().default(120),
  COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
  REFERRAL_CODE_DAYS: z.coerce.number().int().positive().default(60),
  RETENTION_MONTHS: z.coerce.number().int().min(1).default(24),
  BODY_LIMIT_KB: z.coerce.number().int().positive().default(64),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  REFERRALS_PER_MINUTE: z.coerce.number().int().positive().default(30),
  PUBLIC_BASE_URL: z.string().url().optional(),
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

/** The security part of the environment, for `AppDeps.security`. */
export function securityConfig(env: ApiEnv): SecurityConfig {
  return {
    sessionTtlHours: env.SESSION_TTL_HOURS,
    sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
    secureCookies: env.COOKIE_SECURE,
    referralCodeDays: env.REFERRAL_CODE_DAYS,
    retentionMonths: env.RETENTION_MONTHS,
    bodyLimitBytes: env.BODY_LIMIT_KB * 1024,
    loginMaxFailures: env.LOGIN_MAX_FAILURES,
    loginWindowMinutes: env.LOGIN_WINDOW_MINUTES,
    referralsPerMinute: env.REFERRALS_PER_MINUTE,
    publicBaseUrl: env.PUBLIC_BASE_URL,
  };
}
