/**
 * What every wire builder needs: the seeded root stream, the reference date "today" is for the
 * dump, the upcoming holidays, and small helpers for contact details shaped like Finnish ones.
 */
import type { Random } from '../random.ts';
import { upcomingHolidays, type Holiday } from '../wire/dates.ts';
import type { PhoneParts } from '../wire/items.ts';
import type { OrgPlan } from '../plan/types.ts';

export interface BuildContext {
  root: Random;
  /** "Today" for the dump: modified dates lie before it, holiday hours after it. */
  reference: Date;
  holidays: Holiday[];
}

export function buildContext(root: Random, reference: Date): BuildContext {
  return { root, reference, holidays: upcomingHolidays(reference) };
}

/** ASCII slug for e-mail local parts and URL paths. */
export function slugify(text: string, max = 48): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}

/** A landline in the organisation's area: prefix +358, national part without the leading 0. */
export function landline(random: Random, org: OrgPlan): PhoneParts {
  return { prefix: '+358', number: `${org.home.areaCode}${random.int(2, 9)}${random.digits(6)}` };
}

export function mobile(random: Random): PhoneParts {
  return { prefix: '+358', number: `${random.pick(['40', '44', '45', '50'])}${random.digits(7)}` };
}

export function email(random: Random, org: OrgPlan, local?: string): string {
  const name = local ?? random.pick(['info', 'neuvonta', 'toimisto', 'asiakaspalvelu']);
  return `${name}@${org.domain}`;
}

export function pageUrl(org: OrgPlan, lang: string, path: string): string {
  const prefix = lang === 'fi' ? '' : `${lang}/`;
  return `https://www.${org.domain}/${prefix}${slugify(path)}`;
}
