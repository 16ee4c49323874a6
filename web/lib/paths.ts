/** URL helpers: every page lives under its language prefix (`/fi/…`, `/sv/…`, `/en/…`). */
import type { UiLanguage } from '../../schema/constants.ts';

/** A path in `lang`: `href('sv', 'search', params)` → `/sv/search?…`. */
export function href(
  lang: UiLanguage,
  path = '',
  params?: URLSearchParams | Record<string, string>,
): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `/${lang}/${path.replace(/^\//, '')}${query ? `?${query}` : ''}`;
}

/** The same page in another language: the prefix swapped, the query kept. */
export function switchLanguage(url: URL, lang: UiLanguage): string {
  const rest = url.pathname.split('/').slice(2).join('/');
  return `/${lang}/${rest}${url.search}`;
}

/** A path inside this site (starts with one slash), or the fallback; guards redirect targets. */
export function localPath(value: string | null | undefined, fallback: string): string {
  return value && /^\/[a-z]{2}\//.test(value) && !value.startsWith('//') ? value : fallback;
}
