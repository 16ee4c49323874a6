import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';

/**
 * Fixed-window counters in memory, per process: enough for one API process. Several processes
 * behind a balancer would each count separately (see docs/auth.md).
 */
export class RateLimiter {
  readonly #windows = new Map<string, { count: number; resetAt: number }>();
  readonly #limit: number;
  readonly #windowMs: number;

  constructor(options: { limit: number; windowMs: number }) {
    this.#limit = options.limit;
    this.#windowMs = options.windowMs;
  }

  #window(key: string, now: number) {
    const current = this.#windows.get(key);
    if (current && current.resetAt > now) return current;
    if (this.#windows.size > 10_000) {
      for (const [k, w] of this.#windows) if (w.resetAt <= now) this.#windows.delete(k);
    }
    const fresh = { count: 0, resetAt: now + this.#windowMs };
    this.#windows.set(key, fresh);
    return fresh;
  }

  /** Seconds until `key` may try again, or 0 when it is under the limit. */
  blockedFor(key: string, now: number): number {
    const w = this.#window(key, now);
    return w.count >= this.#limit ? Math.ceil((w.resetAt - now) / 1000) : 0;
  }

  /** Counts one event for `key`. */
  hit(key: string, now: number): void {
    this.#window(key, now).count++;
  }

  reset(key: string): void {
    this.#windows.delete(key);
  }
}

/** A 429 in the error envelope, with Retry-After. */
export function tooManyRequests(c: Context, seconds: number, message: string): never {
  c.header('Retry-After', String(seconds));
  throw new ApiError('TOO_MANY_REQUESTS', `${message} Try again in ${seconds} s.`);
}

/** Counts every request under `key(c)` and refuses those over the limit. */
export function rateLimit(options: {
  limiter: RateLimiter;
  key: (c: Context<AppEnv>) => string;
  message: string;
}): MiddlewareHandler<AppEnv> {
  return async function rateLimitMiddleware(c, next) {
    const now = c.get('deps').clock().getTime();
    const key = options.key(c);
    const wait = options.limiter.blockedFor(key, now);
    if (wait > 0) tooManyRequests(c, wait, options.message);
    options.limiter.hit(key, now);
    await next();
  };
}

/** The client's address as the socket reports it (`unknown` in-process, e.g. in tests). */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}
