/** Contact details as links: phone numbers for `tel:`, addresses for a map. */
import type { Address } from '../../schema/catalogue/contact.ts';
import type { UiLanguage } from '../../schema/constants.ts';
import { plain } from './localized.ts';

/** A `tel:`/`sms:` target: digits and a leading plus only. */
export function dialable(number: string): string {
  return number.replace(/[^\d+]/g, '');
}

// PTV post offices are upper case (TURKU, S:T KARINS).
const titleCase = (text: string) =>
  text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** "Yliopistonkatu 27, 20100 Turku" in the UI language (falling back like all PTV text). */
export function addressLine(a: Address, lang: UiLanguage): string {
  const street = [plain(a.street, lang), a.streetNumber].filter(Boolean).join(' ');
  const box = plain(a.postOfficeBox, lang);
  const office = plain(a.postOffice, lang);
  const town = [a.postalCode, office ? titleCase(office) : plain(a.municipality, lang)]
    .filter(Boolean)
    .join(' ');
  const text = plain(a.text, lang);
  return [street || box || text, town].filter(Boolean).join(', ');
}

/** An OpenStreetMap link: the exact point when PTV gave trustworthy coordinates, else a search. */
export function mapLink(a: Address, lang: UiLanguage): string | null {
  if (a.lat !== null && a.lon !== null) {
    const lat = a.lat.toFixed(5);
    const lon = a.lon.toFixed(5);
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  const line = addressLine(a, lang);
  return line ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(line)}` : null;
}

/**
 * A Finnish number grouped for reading: `+358401234567` → `+358 40 123 4567`, `080098009` →
 * `0800 98009`. Other service numbers and foreign numbers are shown as PTV has them.
 */
export function formatPhone(number: string): string {
  const compact = number.replace(/\s/g, '');
  const service = /^(0[678]00)(\d{4,})$/.exec(compact);
  if (service) return `${service[1]} ${service[2]}`;
  const m = /^\+358(\d+)$/.exec(compact);
  if (!m) return number;
  const digits = m[1];
  // Mobile (40-50) and the 13-19 area codes have two digits, the other area codes one.
  const areaLength = /^(4|50|1)/.test(digits) ? 2 : 1;
  const rest = digits.slice(areaLength);
  const head = rest.length > 4 ? rest.slice(0, rest.length - 4) : '';
  return ['+358', digits.slice(0, areaLength), head, rest.slice(head.length)]
    .filter(Boolean)
    .join(' ');
}
