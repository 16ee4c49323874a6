import type { searchServices } from './search.ts';
import type { ServiceItem } from './search-items.ts';

/*
 * Listings are most of a results page (~14 kB for 20 hits) and are cached per catalogue version
 * (search-items.ts), so their UTF-8 JSON is kept with them and a page is spliced from it.
 * Stringifying a page and encoding it (twice, counting the Content-Length) had been ~5 % of a
 * search's CPU.
 */
const listingBytes = new WeakMap<ServiceItem, Buffer>();

// The listing's JSON without its closing brace: a hit adds its own fields after it.
function openListing(item: ServiceItem): Buffer {
  let bytes = listingBytes.get(item);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(item).slice(0, -1));
    listingBytes.set(item, bytes);
  }
  return bytes;
}

type SearchPage = Awaited<ReturnType<typeof searchServices>>;

/**
 * A results page as the UTF-8 JSON body `/api/search` documents (`SearchResult`): each hit is its
 * listing's fields, then `distanceKm` when the search had a point, then `matched`.
 */
export function searchResponseBytes(page: SearchPage): Buffer<ArrayBuffer> {
  const listings = page.hits.map((hit) => openListing(hit.item));
  const tails = page.hits.map(
    (hit, i) =>
      (hit.distanceKm === undefined ? '' : `,"distanceKm":${JSON.stringify(hit.distanceKm)}`) +
      `,"matched":${JSON.stringify(hit.matched)}}${i < page.hits.length - 1 ? ',' : ''}`,
  );
  const head = `{"total":${page.total},"limit":${page.limit},"offset":${page.offset},"hits":[`;
  const end = `],"facets":${JSON.stringify(page.facets)},"places":${JSON.stringify(page.places)},"widenings":${JSON.stringify(page.widenings)}}`;
  let size = Buffer.byteLength(head) + Buffer.byteLength(end);
  for (let i = 0; i < listings.length; i++)
    size += listings[i]!.length + Buffer.byteLength(tails[i]!);
  const out = Buffer.allocUnsafe(size);
  let at = out.write(head, 0);
  for (let i = 0; i < listings.length; i++) {
    out.set(listings[i]!, at);
    at += listings[i]!.length;
    at += out.write(tails[i]!, at);
  }
  out.write(end, at);
  return out;
}
