/**
 * Runs before every page: picks the UI language from the path (`/fi/…`, `/sv/…`, `/en/…`;
 * `/` redirects to the remembered or preferred one), builds the API client for the request and
 * relays the API's cookies and adds the security headers on the way out.
 */
import type { APIContext, MiddlewareNext } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { isUiLanguage, translator, type UiLanguage } from './i18n/index.ts';
import { ApiClient } from './lib/api.ts';
import type { Municipality, Session } from './lib/api-types.ts';
import { isCrossSitePost } from './lib/origin.ts';
import { LANG_COOKIE, preferredLanguage } from './lib/preferences.ts';
import { applySecurityHeaders } from './lib/security-headers.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await route(context, next);
  const headers = new Headers(response.headers);
  applySecurityHeaders(headers, response.body !== null);
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});

async function route(context: APIContext, next: MiddlewareNext): Promise<Response> {
  const { url, locals, request, cookies } = context;
  const first = url.pathname.split('/')[1];
  if (url.pathname === '/') {
    const lang = preferredLanguage(
      cookies.get(LANG_COOKIE)?.value,
      request.headers.get('accept-language'),
    );
    return context.redirect(`/${lang}/${url.search}`, 302);
  }
  // A language segment that is not fi, sv or en: render the 404 page (which runs this again).
  if (
    context.params.lang !== undefined &&
    !isUiLanguage(context.params.lang) &&
    context.routePattern !== '/404'
  ) {
    return new Response(null, { status: 404 });
  }
  if (isCrossSitePost(request))
    return new Response('Cross-site form posts are refused.', { status: 403 });
  if (typeof locals.apiFetch !== 'function') {
    throw new Error(
      'Astro.locals.apiFetch is missing: serve the web through api/server.ts (npm start).',
    );
  }
  const lang: UiLanguage = isUiLanguage(first) ? first : 'fi';
  const cookie = request.headers.get('cookie');
  const api = new ApiClient(locals.apiFetch, cookie);
  let session: Promise<Session | null> | undefined;
  let municipalities: Promise<Municipality[]> | undefined;
  locals.lang = lang;
  locals.t = translator(lang);
  locals.api = api;
  locals.session = () => (session ??= cookie ? api.session() : Promise.resolve(null));
  // Without the list the pages still work: choices shrink to "all" and the current one.
  locals.municipalities = () =>
    (municipalities ??= api.municipalities().then((r) => (r.ok ? r.data.municipalities : [])));
  if (isUiLanguage(first) && cookies.get(LANG_COOKIE)?.value !== lang) {
    cookies.set(LANG_COOKIE, lang, {
      path: '/',
      maxAge: 365 * 86400,
      sameSite: 'lax',
      httpOnly: true,
    });
  }

  const response = await next();
  const headers = new Headers(response.headers);
  for (const value of api.setCookies) headers.append('set-cookie', value);
  // Pages for a signed-in user are never cached by browsers or proxies.
  if (session && (await session)) headers.set('cache-control', 'private, no-store');
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
