import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { DumpStore } from './dump-store.ts';
import { ENTITY_KINDS, type EntityKind } from './entry.ts';

export interface DumpWatcher {
  /** Applies every change noticed so far without waiting for the debounce. */
  flush(): Promise<void>;
  close(): void;
}

/** A file still being written parses as invalid; it is retried on later passes, this often. */
const MAX_RETRIES = 3;

/**
 * Watches the three entity folders and re-indexes changed files after `debounceMs` of quiet,
 * so an editor's truncate-then-write settles before the file is read.
 */
export function watchDump(
  dir: string,
  store: DumpStore,
  options: { debounceMs?: number; logger: Logger },
): DumpWatcher {
  const debounceMs = options.debounceMs ?? 50;
  const pending = new Map<EntityKind, Map<string, number>>();
  const rescans = new Set<EntityKind>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };

  const apply = () => {
    const kinds = [...rescans];
    rescans.clear();
    if (kinds.length > 0) store.rescan(kinds);
    for (const [kind, files] of pending) {
      const batch = [...files];
      files.clear();
      for (const [file, retries] of batch) {
        const result = store.refreshFile(kind, file);
        if (result === 'invalid' && retries < MAX_RETRIES) files.set(file, retries + 1);
      }
    }
    if ([...pending.values()].some((f) => f.size > 0)) schedule();
  };

  const run = () => {
    clearTimeout(timer);
    running = running.then(apply).catch((error: unknown) => {
      options.logger.error({ err: error }, 'replay: re-indexing failed');
    });
    return running;
  };

  const watchers: FSWatcher[] = [];
  for (const kind of ENTITY_KINDS) {
    pending.set(kind, new Map());
    try {
      const watcher = watch(join(dir, kind), (_event, file) => {
        if (!file) rescans.add(kind);
        else if (file.endsWith('.json')) pending.get(kind)!.set(file, 0);
        else return;
        schedule();
      });
      watcher.on('error', (error) =>
        options.logger.warn({ err: error, kind }, 'replay: watch error'),
      );
      watchers.push(watcher);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  return {
    flush: run,
    close() {
      clearTimeout(timer);
      watchers.forEach((w) => w.close());
    },
  };
}
