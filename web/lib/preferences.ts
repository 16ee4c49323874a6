/** Choices remembered on the device in cookies: nothing personal, only a municipality code and a language. */
import type { AstroCookies } from 'astro';
import { isUiLanguage, type UiLanguage } from '../i18n/index.ts';
import { isMunicipalityCode } from './municipalities.ts';

export const MUNICIPALITY_COOKIE = 'tarjotin_municipality';

/** The remembered municipality code, or null. */
export function rememberedMunicipality(cookies: AstroCookies): string | null {
  const value = cookies.get(MUNICIPALITY_COOKIE)?.value;
  return value && isMunicipalityCode(value) ? value : null;
}

/**
 * Remembers the municipality a search asked for: the first one when the URL names any, forgets it
 * when the URL says `municipality=` (the "all municipalities" choice), else leaves it alone.
 */
export function rememberMunicipality(cookies: AstroCookies, params: URLSearchParams): void {
  if (!params.has('municipality')) return;
  const chosen = params.getAll('municipality').find(isMunicipalityCode);
  if (chosen)
    cookies.set(MUNICIPALITY_COOKIE, chosen, {
      path: '/',
      maxAge: 365 * 86400,
      sameSite: 'lax',
      httpOnly: true,
    });
  else cookies.delete(MUNICIPALITY_COOKIE, { path: '/' });
}

export const LANG_COOKIE = 'tarjotin_lang';

/** The UI language to start in: the one last used on this device, else the browser's, else Finnish. */
export function preferredLanguage(
  remembered: string | undefined,
  acceptLanguage: string | null,
): UiLanguage {
  if (isUiLanguage(remembered)) return remembered;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const code = part.trim().slice(0, 2).toLowerCase();
    if (isUiLanguage(code)) return code;
  }
  return 'fi';
}
