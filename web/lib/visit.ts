/**
 * One advisor visit as the workspace URL carries it: the client's needs (theme ids and free
 * text), municipality, language, and optionally age group, preferred way of using services and
 * limited mobility (inputs of POST /api/match). Nothing that identifies the client.
 */
import { uiLanguages, type UiLanguage } from '../../schema/constants.ts';
import { ageGroups, type AgeGroup } from '../../search/match/age-groups.ts';
import type { ChannelMode } from '../../search/contract.ts';
import { isMunicipalityCode } from './municipalities.ts';
import { channelModes } from './search-state.ts';
import { isThemeId } from './themes.ts';

export { ageGroups, channelModes };

export interface Visit {
  needs: string[];
  text: string;
  municipality: string | null;
  clientLang: UiLanguage;
  ageGroup: AgeGroup | null;
  channel: ChannelMode | null;
  /** The client moves with difficulty: prefer accessible premises, phone and online services. */
  limitedMobility: boolean;
}

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads a visit from the workspace or handoff URL; invalid values are dropped. */
export function parseVisit(params: URLSearchParams, fallbackLang: UiLanguage): Visit {
  const municipality = params.get('municipality') ?? '';
  return {
    needs: [...new Set(params.getAll('need').filter(isThemeId))],
    text: (params.get('text') ?? '').trim().slice(0, 200),
    municipality: isMunicipalityCode(municipality) ? municipality : null,
    clientLang: oneOf(uiLanguages, params.get('clientLang')) ?? fallbackLang,
    ageGroup: oneOf(ageGroups, params.get('ageGroup')),
    channel: oneOf(channelModes, params.get('channel')),
    limitedMobility: params.get('mobility') === 'limited',
  };
}

/** The visit as URL parameters, to carry it from the workspace to the handoff and back. */
export function visitParams(visit: Visit): URLSearchParams {
  const out = new URLSearchParams();
  for (const need of visit.needs) out.append('need', need);
  if (visit.text) out.set('text', visit.text);
  if (visit.municipality) out.set('municipality', visit.municipality);
  out.set('clientLang', visit.clientLang);
  if (visit.ageGroup) out.set('ageGroup', visit.ageGroup);
  if (visit.channel) out.set('channel', visit.channel);
  if (visit.limitedMobility) out.set('mobility', 'limited');
  return out;
}
