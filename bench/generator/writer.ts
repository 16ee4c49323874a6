/**
 * Streams JSON files to disk with a bounded number of writes in flight, so a 100 000-service
 * dump never holds more than a handful of serialised records in memory.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export class DumpWriter {
  readonly #dir: string;
  readonly #limit: number;
  readonly #inFlight = new Set<Promise<void>>();
  readonly #dirs = new Set<string>();
  #error: unknown = null;
  files = 0;
  bytes = 0;

  constructor(dir: string, limit = 32) {
    this.#dir = dir;
    this.#limit = limit;
  }

  /** Writes `value` as compact JSON to `relativePath`, waiting first if too many writes are pending. */
  async write(relativePath: string, value: unknown): Promise<void> {
    while (this.#inFlight.size >= this.#limit) await Promise.race(this.#inFlight);
    if (this.#error) throw this.#error;
    const path = join(this.#dir, relativePath);
    const folder = dirname(path);
    if (!this.#dirs.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.#dirs.add(folder);
    }
    const text = JSON.stringify(value);
    this.files += 1;
    this.bytes += Buffer.byteLength(text);
    // Failures are kept and rethrown by the next write or flush, never left unhandled.
    const pending: Promise<void> = writeFile(path, text)
      .catch((error: unknown) => {
        this.#error ??= error;
      })
      .finally(() => this.#inFlight.delete(pending));
    this.#inFlight.add(pending);
  }

  /** Waits for every pending write; rejects if any failed. */
  async flush(): Promise<void> {
    await Promise.all(this.#inFlight);
    if (this.#error) throw this.#error;
  }
}
