import type { OrganizationKind } from '../../schema/constants.ts';
import type { Localized } from '../../schema/localized.ts';

// JavaScript's \b is ASCII-only, so word ends are spelled out for ä/ö/å.
const parishName =
  /(seurakunta|seurakuntayhtymä|församling|kyrkliga samfällighet|kyrkliga samfälligheten|kirkkoneuvosto)(?!\p{L})/iu;
const associationName = /(?<!\p{L})(ry|r\.y\.|rf|r\.f\.|sr|säätiö|stiftelse)\s*$/iu;
const companyName = /(?<!\p{L})(oy|oyj|ab|abp|ky|tmi|ltd)\.?\s*$/iu;
const countyName = /(hyvinvointialue|välfärdsområde|wellbeing services county)/i;

/**
 * The organisation's kind for filtering and figures. PTV has no parish or association type: both
 * are `Organization` ("Järjestöt ja yhteisöt"), told apart by name (wire-format doc, section 8).
 * Wellbeing services counties come as `Region` (live drift) or, in older data,
 * `RegionalOrganization` with a county name.
 */
export function deriveOrganizationKind(
  organizationType: string,
  name: Localized,
): OrganizationKind {
  const names = Object.values(name).filter((v): v is string => Boolean(v));
  const anyName = (pattern: RegExp) => names.some((n) => pattern.test(n));
  switch (organizationType) {
    case 'Municipality':
      return 'municipality';
    case 'Region':
      return 'wellbeing_county';
    case 'RegionalOrganization':
    case 'SotePublic':
      return anyName(countyName) ? 'wellbeing_county' : 'municipality';
    case 'State':
      return 'state';
    case 'Company':
      return 'company';
    case 'Organization':
    case 'SotePrivate':
      if (anyName(parishName)) return 'parish';
      if (anyName(associationName)) return 'association';
      if (anyName(companyName)) return 'company';
      return 'association';
    default:
      return 'other';
  }
}
