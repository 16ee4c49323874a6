import { createRequire } from 'node:module';

/** One morphological reading of a word, as Voikko reports it. */
export interface VoikkoReading {
  /** e.g. "mielenterveyskuntoutuja" */
  baseForm: string;
  /** e.g. "+mielen(mieli)+terve(terve)+ys(+ys)+kuntoutu(kuntoutua)+ja(+ja)" */
  wordBases: string;
}

/** An open Voikko handle for Finnish. Not thread-safe: one per worker. */
export interface VoikkoHandle {
  analyze(word: string): VoikkoReading[];
  terminate(): void;
}

export interface VoikkoLocation {
  /** Shared library to load; default: the dynamic loader's search for libvoikko. */
  libraryPath?: string;
  /** Directory holding `5/mor-standard/`; default: libvoikko's own search (e.g. /usr/lib/voikko). */
  dictionaryPath?: string;
}

export type VoikkoOpenResult = { ok: true; voikko: VoikkoHandle } | { ok: false; reason: string };

const DEFAULT_LIBRARIES = [
  'libvoikko.so.1',
  'libvoikko.so',
  'libvoikko.1.dylib',
  'libvoikko-1.dll',
];
const POINTER_SIZE = 8;

interface VoikkoFunctions {
  init(error: [string | null], language: string, path: string | null): bigint | null;
  analyze(handle: bigint, word: string): bigint | null;
  value(analysis: bigint, key: string): bigint | null;
  freeValue(value: bigint): void;
  freeAnalyses(analyses: bigint): void;
  terminate(handle: bigint): void;
}

type Koffi = typeof import('koffi');
const require = createRequire(import.meta.url);
// koffi registers function types globally, so each library is bound once per process.
const bound = new Map<string, VoikkoFunctions>();

function bind(koffi: Koffi, path: string): VoikkoFunctions {
  let fns = bound.get(path);
  if (fns) return fns;
  const lib = koffi.load(path);
  fns = {
    init: lib.func(
      'void *voikkoInit(_Out_ const char **error, const char *lang, const char *path)',
    ),
    analyze: lib.func('void *voikkoAnalyzeWordCstr(void *handle, const char *word)'),
    value: lib.func('void *voikko_mor_analysis_value_cstr(void *analysis, const char *key)'),
    freeValue: lib.func('void voikko_free_mor_analysis_value_cstr(void *value)'),
    freeAnalyses: lib.func('void voikko_free_mor_analysis(void *analyses)'),
    terminate: lib.func('void voikkoTerminate(void *handle)'),
  } as VoikkoFunctions;
  bound.set(path, fns);
  return fns;
}

function readValue(koffi: Koffi, fns: VoikkoFunctions, analysis: bigint, key: string): string {
  const ptr = fns.value(analysis, key);
  if (!ptr) return '';
  try {
    return koffi.decode.string(ptr);
  } finally {
    fns.freeValue(ptr);
  }
}

function loadFunctions(koffi: Koffi, libraryPath: string | undefined): VoikkoFunctions | string {
  const problems: string[] = [];
  for (const path of libraryPath ? [libraryPath] : DEFAULT_LIBRARIES) {
    try {
      return bind(koffi, path);
    } catch (error) {
      problems.push(`${path}: ${(error as Error).message}`);
    }
  }
  return `libvoikko not loadable (${problems.join('; ')})`;
}

/**
 * Opens Voikko's Finnish morphology through koffi. Never throws: a missing koffi, library or
 * dictionary comes back as `{ ok: false, reason }` so the caller can fall back.
 */
export function openVoikko(location: VoikkoLocation = {}): VoikkoOpenResult {
  let koffi: Koffi;
  try {
    koffi = require('koffi') as Koffi;
  } catch (error) {
    return { ok: false, reason: `koffi not loadable: ${(error as Error).message}` };
  }
  const fns = loadFunctions(koffi, location.libraryPath);
  if (typeof fns === 'string') return { ok: false, reason: fns };
  const error: [string | null] = [null];
  const handle = fns.init(error, 'fi', location.dictionaryPath ?? null);
  if (!handle)
    return { ok: false, reason: `voikkoInit failed: ${error[0] ?? 'no Finnish dictionary found'}` };

  let open = true;
  return {
    ok: true,
    voikko: {
      analyze(word) {
        if (!open) throw new Error('Voikko handle used after terminate()');
        const analyses = fns.analyze(handle, word);
        if (!analyses) return [];
        const readings: VoikkoReading[] = [];
        try {
          for (let offset = 0; ; offset += POINTER_SIZE) {
            const analysis = koffi.decode(analyses, offset, 'void *') as bigint | null;
            if (!analysis) break;
            readings.push({
              baseForm: readValue(koffi, fns, analysis, 'BASEFORM'),
              wordBases: readValue(koffi, fns, analysis, 'WORDBASES'),
            });
          }
        } finally {
          fns.freeAnalyses(analyses);
        }
        return readings;
      },
      terminate() {
        if (open) fns.terminate(handle);
        open = false;
      },
    },
  };
}
