import type { DumpStore } from './store/dump-store.ts';
import type { Entry } from './store/entry.ts';
import { rawJson, type Reply } from './reply.ts';

/** `AppSettings:PageSize` fallback, confirmed live: ID pages hold 1000 items. */
export const ID_PAGE_SIZE = 1000;
/** Hard-coded for full-entity pages (`EntitiesWithAllDataPagingHandler`). */
export const FULL_PAGE_SIZE = 100;

export interface Page<T> {
  pageNumber: number;
  pageSize: number;
  pageCount: number;
  /** `null` on page 0, past the last page, and when nothing matched. */
  items: readonly T[] | null;
}

/** Cuts page `page` (from 1) out of `all`, with PTV's answers for page 0 and past the end. */
export function pageOf<T>(all: readonly T[], page: number, pageSize: number): Page<T> {
  if (page === 0) return { pageNumber: 0, pageSize, pageCount: 0, items: null };
  const pageCount = Math.ceil(all.length / pageSize);
  const items = page > pageCount ? null : all.slice((page - 1) * pageSize, page * pageSize);
  return { pageNumber: page, pageSize, pageCount, items };
}

/** An ID page (`V3VmOpenApiGuidPage` or the organisation variant) of 1000 per page. */
export function idPage<T extends Entry>(
  all: readonly T[],
  page: number,
  item: (entry: T) => object,
): Reply {
  const p = pageOf(all, page, ID_PAGE_SIZE);
  const { pageNumber, pageSize, pageCount } = p;
  return rawJson(
    JSON.stringify({ pageNumber, pageSize, pageCount, itemList: p.items?.map(item) ?? null }),
  );
}

/** Reads the bodies of `entries`, leaving out files that vanished since indexing. */
export function readBodies(store: DumpStore, entries: readonly Entry[]): Buffer[] {
  return entries.map((e) => store.readBody(e)).filter((b): b is Buffer => b !== null);
}

const COMMA = Buffer.from(',');

/** `[a,b,c]` from stored JSON texts, without parsing or re-serialising them. */
export function jsonArray(bodies: readonly Buffer[]): Buffer {
  const parts: Buffer[] = [Buffer.from('[')];
  bodies.forEach((b, i) => parts.push(...(i > 0 ? [COMMA, b] : [b])));
  parts.push(Buffer.from(']'));
  return Buffer.concat(parts);
}

/** A page of whole entities (`list/area/...`, `list/organization`), 100 per page. */
export function fullPage(store: DumpStore, all: readonly Entry[], page: number): Reply {
  const p = pageOf(all, page, FULL_PAGE_SIZE);
  const head = `{"pageNumber":${p.pageNumber},"pageSize":${p.pageSize},"pageCount":${p.pageCount},"itemList":`;
  const list = p.items ? jsonArray(readBodies(store, p.items)) : Buffer.from('null');
  return rawJson(Buffer.concat([Buffer.from(head), list, Buffer.from('}')]));
}
