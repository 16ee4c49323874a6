/**
 * The client's service list (the handoff) in the client's language: the few facts a person needs
 * to get each service, for the printed sheet and as plain text for copying, e-mail and SMS.
 */
import type { ServiceDetail } from '../../schema/catalogue/api.ts';
import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import type { UiLanguage } from '../../schema/constants.ts';
import { formatDate, translate } from '../i18n/index.ts';
import { addressLine, dialable, formatPhone, mapLink } from './contact.ts';
import { currentHours, formatTime, weekRows } from './hours.ts';
import { show, type Shown } from './localized.ts';

export interface SheetItem {
  id: string;
  name: Shown;
  summary: Shown | null;
  address: { line: string; map: string | null } | null;
  phone: { display: string; dial: string } | null;
  hours: string | null;
  web: string;
  updated: string;
}

const shortDay = (lang: UiLanguage, day: number) =>
  new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + day)),
  );

/** Regular hours in one line: "ma–to 9.00–15.00; pe 9.00–13.00". */
export function compactHours(
  hours: readonly ServiceHours[],
  lang: UiLanguage,
  now: Date,
): string | null {
  const { regular } = currentHours(hours, now);
  if (regular.some((h) => h.isAlwaysOpen)) return translate(lang, 'hours.alwaysOpen');
  const rows = regular.flatMap((h) => weekRows(h.openings));
  if (rows.length === 0)
    return regular.some((h) => h.isReservation) ? translate(lang, 'hours.reservation') : null;
  return rows
    .map((r) => {
      const days =
        r.from === r.to
          ? shortDay(lang, r.from)
          : `${shortDay(lang, r.from)}–${shortDay(lang, r.to)}`;
      return `${days} ${r.ranges.map(([a, b]) => `${formatTime(a, lang)}–${formatTime(b, lang)}`).join(', ')}`;
    })
    .join('; ');
}

/** What the sheet shows for one service; `origin` makes the link back to its page absolute. */
export function sheetItem(
  service: ServiceDetail,
  lang: UiLanguage,
  origin: string,
  now: Date,
): SheetItem {
  const location = service.channels.find(
    (c) => c.type === 'ServiceLocation' && c.addresses.some((a) => a.type !== 'postal'),
  );
  const address = location?.addresses.find((a) => a.type !== 'postal') ?? null;
  const phoneChannel =
    service.channels.find((c) => c.type === 'Phone') ??
    service.channels.find((c) => c.phones.length);
  const phone = [
    ...(phoneChannel?.connection.contact?.phones ?? []),
    ...(phoneChannel?.phones ?? []),
  ].find((p) => p.number && p.type !== 'Fax');
  const timed = location ?? phoneChannel;
  const hours = timed ? (timed.connection.hours.length ? timed.connection.hours : timed.hours) : [];
  const online = service.channels.find(
    (c) => (c.type === 'EChannel' || c.type === 'WebPage') && c.webPages.length,
  );
  const page = online?.webPages.find((w) => w.language === lang) ?? online?.webPages[0];
  return {
    id: service.id,
    name: show(service.name, lang) ?? { value: service.id, lang, fallback: false },
    summary: show(service.summary, lang),
    address: address && { line: addressLine(address, lang), map: mapLink(address, lang) },
    phone: phone ? { display: formatPhone(phone.number), dial: dialable(phone.number) } : null,
    hours: compactHours(hours, lang, now),
    web:
      page && /^https?:\/\//i.test(page.url)
        ? page.url
        : `${origin}/${lang}/services/${service.id}`,
    updated: formatDate(lang, service.updatedAt),
  };
}

/** The list as plain text in the client's language, for copying, e-mail and SMS. */
export function sheetText(
  items: SheetItem[],
  lang: UiLanguage,
  options: { date: Date; code?: string },
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
    translate(lang, key, params);
  const head = [`${t('sheet.title')} (${formatDate(lang, options.date)})`];
  if (options.code) head.push(t('sheet.code', { code: options.code }), t('sheet.codeHint'));
  const body = items.map((item, i) =>
    [
      `${i + 1}. ${item.name.value}`,
      item.address && `   ${t('sheet.address')}: ${item.address.line}`,
      item.phone && `   ${t('sheet.phone')}: ${item.phone.display}`,
      item.hours && `   ${t('sheet.hours')}: ${item.hours}`,
      `   ${t('sheet.web')}: ${item.web}`,
      `   ${t('sheet.updated', { date: item.updated })}`,
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [head.join('\n'), ...body].join('\n\n');
}
