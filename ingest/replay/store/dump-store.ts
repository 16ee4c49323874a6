import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { compareInstants } from '../instant.ts';
import { ENTITY_KINDS, isPublished, type EntityKind, type Entry, type EntryOf } from './entry.ts';
import type { Geography } from './geography.ts';
import { Interner, summarise } from './summarise.ts';

/** Outcome of re-reading one file: indexed, gone, or unreadable (the old entry is kept). */
export type RefreshResult = 'indexed' | 'removed' | 'invalid';

const MEMO_LIMIT = 64;

/** Files written by Windows tools may start with a UTF-8 BOM, which JSON.parse rejects. */
function stripBom(bytes: Buffer): Buffer {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

function byModifiedThenId(a: Entry, b: Entry): number {
  return compareInstants(a.modified, b.modified) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function listJsonFiles(folder: string): string[] {
  try {
    return readdirSync(folder).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Reads a file and its stat through one descriptor; `null` when the file does not exist. */
function readWithStat(path: string): { bytes: Buffer; mtimeMs: number } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const { size, mtimeMs } = fstatSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read), mtimeMs };
  } finally {
    closeSync(fd);
  }
}

/**
 * The in-memory index of a dump directory. Only index fields live in memory; bodies are read
 * from disk on each request, so a by-id read always sees the file's current bytes and a
 * 1.5 GB dump costs memory only for its index.
 */
export class DumpStore {
  readonly #dir: string;
  readonly #geography: Geography;
  readonly #logger: Logger;
  readonly #interner = new Interner();
  readonly #byId = new Map<EntityKind, Map<string, Entry>>();
  readonly #idByFile = new Map<EntityKind, Map<string, string>>();
  /** Views derived from the index, dropped on every change. */
  #sorted = new Map<EntityKind, Entry[]>();
  #memo = new Map<string, Entry[]>();
  #publishedOrganizations: Set<string> | null = null;

  constructor(dir: string, geography: Geography, logger: Logger) {
    this.#dir = dir;
    this.#geography = geography;
    this.#logger = logger;
    for (const kind of ENTITY_KINDS) {
      this.#byId.set(kind, new Map());
      this.#idByFile.set(kind, new Map());
    }
  }

  /**
   * Indexes every file of the three folders. Reads are synchronous on purpose: nothing is
   * served yet, and on 170k small files they are several times faster than the thread pool.
   */
  load(): void {
    for (const kind of ENTITY_KINDS) {
      for (const file of listJsonFiles(join(this.#dir, kind))) this.refreshFile(kind, file);
    }
  }

  /** Re-reads one file after it was created, changed or deleted. */
  refreshFile(kind: EntityKind, file: string): RefreshResult {
    const read = readWithStat(join(this.#dir, kind, file));
    if (!read) {
      this.#removeFile(kind, file);
      return 'removed';
    }
    const bytes = stripBom(read.bytes);
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      this.#logger.warn({ kind, file }, 'replay: file is not JSON (yet); keeping previous entry');
      return 'invalid';
    }
    const facts = { file, mtimeMs: read.mtimeMs, size: read.bytes.length };
    const summary = summarise(kind, json, facts, this.#interner);
    if (typeof summary === 'string') {
      this.#logger.warn({ kind, file, problem: summary }, 'replay: file skipped');
      return 'invalid';
    }
    const { entry } = summary;
    const previousId = this.#idByFile.get(kind)!.get(file);
    if (previousId !== undefined && previousId !== entry.id) this.#removeFile(kind, file);
    const clash = this.#byId.get(kind)!.get(entry.id);
    if (clash && clash.file !== file) {
      this.#logger.warn({ kind, id: entry.id, files: [clash.file, file] }, 'replay: duplicate id');
    }
    this.#byId.get(kind)!.set(entry.id, entry);
    this.#idByFile.get(kind)!.set(file, entry.id);
    this.#geography.note(entry.municipalities, summary.regionMembers);
    if (entry.kind === 'organizations' && entry.municipality) {
      this.#geography.note([entry.municipality], new Map());
    }
    this.#changed();
    return 'indexed';
  }

  /** Compares the folders with the index and refreshes whatever differs. */
  rescan(kinds: readonly EntityKind[] = ENTITY_KINDS): void {
    for (const kind of kinds) {
      const files = listJsonFiles(join(this.#dir, kind));
      const present = new Set(files);
      for (const file of [...this.#idByFile.get(kind)!.keys()]) {
        if (!present.has(file)) this.#removeFile(kind, file);
      }
      for (const file of files) {
        const known = this.#entryForFile(kind, file);
        const s = known && statSync(join(this.#dir, kind, file), { throwIfNoEntry: false });
        if (!s || s.mtimeMs !== known.mtimeMs || s.size !== known.size) {
          this.refreshFile(kind, file);
        }
      }
    }
  }

  get<K extends EntityKind>(kind: K, id: string): EntryOf<K> | undefined {
    return this.#byId.get(kind)!.get(id) as EntryOf<K> | undefined;
  }

  count(kind: EntityKind): number {
    return this.#byId.get(kind)!.size;
  }

  /** All entries of a kind in PTV's listing order: ascending `modified`, then id. */
  sorted<K extends EntityKind>(kind: K): readonly EntryOf<K>[] {
    let list = this.#sorted.get(kind);
    if (!list) {
      list = [...this.#byId.get(kind)!.values()].sort(byModifiedThenId);
      this.#sorted.set(kind, list);
    }
    return list as EntryOf<K>[];
  }

  /**
   * The sorted entries that pass `test`, memoised under `key` until the index changes: a client
   * paging through 1000 pages of one listing filters the index once, not 1000 times.
   */
  select<K extends EntityKind>(
    kind: K,
    key: string,
    test: (entry: EntryOf<K>) => boolean,
  ): readonly EntryOf<K>[] {
    const memoKey = `${kind}|${key}`;
    let hit = this.#memo.get(memoKey);
    if (!hit) {
      hit = this.sorted(kind).filter(test);
      if (this.#memo.size >= MEMO_LIMIT) this.#memo.delete(this.#memo.keys().next().value!);
      this.#memo.set(memoKey, hit);
    }
    return hit as EntryOf<K>[];
  }

  /**
   * Organisations that `GET /Organization` lists when Published (PTV-1619): responsible,
   * other responsible or producer of a published service, or owner of a published channel.
   */
  isActiveOrganization(id: string): boolean {
    if (!this.#publishedOrganizations) {
      const ids = new Set<string>();
      for (const s of this.sorted('services')) {
        if (isPublished(s)) s.organizationIds.forEach((o) => ids.add(o));
      }
      for (const c of this.sorted('channels')) {
        if (isPublished(c) && c.organizationId) ids.add(c.organizationId);
      }
      this.#publishedOrganizations = ids;
    }
    return this.#publishedOrganizations.has(id);
  }

  /**
   * The file's current bytes, or `null` when it has disappeared since indexing. Synchronous:
   * page-cached small files read in microseconds, far quicker than a thread-pool round trip.
   */
  readBody(entry: Entry): Buffer | null {
    const read = readWithStat(join(this.#dir, entry.kind, entry.file));
    return read && stripBom(read.bytes);
  }

  #entryForFile(kind: EntityKind, file: string): Entry | undefined {
    const id = this.#idByFile.get(kind)!.get(file);
    const entry = id === undefined ? undefined : this.#byId.get(kind)!.get(id);
    return entry?.file === file ? entry : undefined;
  }

  #removeFile(kind: EntityKind, file: string): void {
    const entry = this.#entryForFile(kind, file);
    this.#idByFile.get(kind)!.delete(file);
    if (!entry) return;
    this.#byId.get(kind)!.delete(entry.id);
    this.#changed();
  }

  #changed(): void {
    this.#sorted.clear();
    this.#memo.clear();
    this.#publishedOrganizations = null;
  }
}
