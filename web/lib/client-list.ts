/**
 * The client's service list during a visit: only PTV service ids, kept in a session cookie until
 * the advisor records the referral (then the API has them) or clears the list.
 */
import type { AstroCookies } from 'astro';

export const LIST_COOKIE = 'tarjotin_list';
/** The referral API takes at most 20 services. */
export const LIST_MAX = 20;

const serviceId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for a lower-case PTV id. */
export const isServiceId = (value: string): boolean => serviceId.test(value);

/** The ids on the list, in the order they were added. */
export function readList(cookies: AstroCookies): string[] {
  const raw = cookies.get(LIST_COOKIE)?.value ?? '';
  return [...new Set(raw.split('.').filter(isServiceId))].slice(0, LIST_MAX);
}

/** Stores the list; an empty list removes the cookie. */
export function writeList(cookies: AstroCookies, ids: string[]): void {
  if (ids.length === 0) cookies.delete(LIST_COOKIE, { path: '/' });
  else
    cookies.set(LIST_COOKIE, ids.slice(0, LIST_MAX).join('.'), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
    });
}

/** The list after an add, remove or clear. */
export function changeList(ids: string[], action: string, id: string | null): string[] {
  if (action === 'clear') return [];
  if (!id || !isServiceId(id)) return ids;
  if (action === 'add') return ids.includes(id) ? ids : [...ids, id].slice(0, LIST_MAX);
  if (action === 'remove') return ids.filter((x) => x !== id);
  return ids;
}
