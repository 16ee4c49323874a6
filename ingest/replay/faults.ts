/** Fault injection settings; everything off by default. */
export interface FaultOptions {
  /** Share of admitted requests, 0..1, that fail with a random fault. */
  failRate?: number;
  /** In-flight requests beyond this answer 429, like PTV's concurrency limiter. */
  maxConcurrent?: number;
  /** Added before answering: `latencyMs` plus up to half of it again as jitter. */
  latencyMs?: number;
  /** Seeds fault draws and jitter so a run can be repeated. */
  seed?: number;
}

/** The ways a request can fail; each fails cleanly, never as a corrupt 200. */
export const FAULT_KINDS = ['tooManyRequests', 'serverError', 'gatewayTimeout', 'dropped'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** mulberry32: a tiny seeded PRNG, good enough to spread faults reproducibly. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Decides, per request and in arrival order, whether it is refused for concurrency, fails with
 * a drawn fault, and how long it waits. Fault draws and jitter use separate streams so that
 * changing the latency does not change which requests fail.
 */
export class FaultInjector {
  readonly #failRate: number;
  readonly #maxConcurrent: number;
  readonly #latencyMs: number;
  readonly #faultRandom: () => number;
  readonly #jitterRandom: () => number;
  #inFlight = 0;

  constructor(options: FaultOptions = {}) {
    const { failRate = 0, maxConcurrent = Infinity, latencyMs = 0, seed = Date.now() } = options;
    if (!(failRate >= 0 && failRate <= 1))
      throw new RangeError(`failRate must be within 0..1, got ${failRate}`);
    if (!(maxConcurrent >= 1))
      throw new RangeError(`maxConcurrent must be at least 1, got ${maxConcurrent}`);
    if (!(latencyMs >= 0)) throw new RangeError(`latencyMs must not be negative, got ${latencyMs}`);
    this.#failRate = failRate;
    this.#maxConcurrent = maxConcurrent;
    this.#latencyMs = latencyMs;
    this.#faultRandom = prng(seed);
    this.#jitterRandom = prng(seed ^ 0x5bd1e995);
  }

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Takes a concurrency slot; `false` means the request must be refused with 429. */
  admit(): boolean {
    if (this.#inFlight >= this.#maxConcurrent) return false;
    this.#inFlight++;
    return true;
  }

  release(): void {
    this.#inFlight--;
  }

  /** The fault for the next admitted request, or `null` to answer it normally. */
  drawFault(): FaultKind | null {
    if (this.#failRate === 0 || this.#faultRandom() >= this.#failRate) return null;
    return FAULT_KINDS[Math.floor(this.#faultRandom() * FAULT_KINDS.length)];
  }

  /** Milliseconds to wait before answering. */
  drawDelay(): number {
    if (this.#latencyMs === 0) return 0;
    return this.#latencyMs * (1 + this.#jitterRandom() / 2);
  }
}
