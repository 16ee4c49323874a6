/**
 * The site's own origin and a same-origin check for form posts. Astro builds its request URL
 * with host "localhost" unless `security.allowedDomains` lists the deployment's hosts, which a
 * product installed by each county cannot know; so both come from the Host header here.
 */

const forwarded = (request: Request, name: string) =>
  request.headers.get(name)?.split(',')[0]?.trim() || null;

/** `https://palvelut.example.fi` as the browser addressed the site (proxy headers respected). */
export function siteOrigin(request: Request): string {
  const proto =
    forwarded(request, 'x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '');
  const host =
    forwarded(request, 'x-forwarded-host') ??
    request.headers.get('host') ??
    new URL(request.url).host;
  return `${proto === 'https' ? 'https' : 'http'}://${host}`;
}

/**
 * True for a state-changing request another site made: its Origin names another host, or the
 * browser says cross-site, or it carries no Origin at all (every current browser sends one).
 */
export function isCrossSitePost(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS')
    return false;
  if (request.headers.get('sec-fetch-site') === 'cross-site') return true;
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return true;
  try {
    return new URL(origin).host !== new URL(siteOrigin(request)).host;
  } catch {
    return true;
  }
}
