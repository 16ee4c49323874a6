/**
 * One advisor visit as the workspace URL carries it: the client's needs (theme ids and free
 * text), municipality and language. Nothing that identifies the client.
 */
import { uiLanguages, type UiLanguage } from '../../schema/constants.ts';
import { isMunicipalityCode } from './municipalities.ts';
import { isThemeId } from './themes.ts';

export interface Visit {
  needs: string[];
  text: string;
  municipality: string | null;
  clientLang: UiLanguage;
}

/** Reads a visit from the workspace or handoff URL; invalid values are dropped. */
export function parseVisit(params: URLSearchParams, fallbackLang: UiLanguage): Visit {
  const municipality = params.get('municipality') ?? '';
  const clientLang = params.get('clientLang') ?? '';
  return {
    needs: [...new Set(params.getAll('need').filter(isThemeId))],
    text: (params.get('text') ?? '').trim().slice(0, 200),
    municipality: isMunicipalityCode(municipality) ? municipality : null,
    clientLang: (uiLanguages as readonly string[]).includes(clientLang)
      ? (clientLang as UiLanguage)
      : fallbackLang,
  };
}

/** The visit as URL parameters, to carry it from the workspace to the handoff and back. */
export function visitParams(visit: Visit): URLSearchParams {
  const out = new URLSearchParams();
  for (const need of visit.needs) out.append('need', need);
  if (visit.text) out.set('text', visit.text);
  if (visit.municipality) out.set('municipality', visit.municipality);
  out.set('clientLang', visit.clientLang);
  return out;
}
