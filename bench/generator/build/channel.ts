/**
 * Builds the concrete channel object `GET /ServiceChannel/{id}` returns for each of the five
 * types, keys in the wire order of the PTV 3.4 models (section 6). The `services` list mirrors
 * the service-side connections; `ontologyTerms` is the union of the connected services' terms.
 */
import { lines } from '../data/lines.ts';
import type { ChannelPlan } from '../plan/types.ts';
import type { Random } from '../random.ts';
import { deliveryAddress, randomSite } from '../wire/addresses.ts';
import { randomModified } from '../wire/dates.ts';
import { alwaysOpen, byAppointment, officeHours } from '../wire/hours.ts';
import {
  emailItem,
  localized,
  municipalityArea,
  ontologyTermItem,
  phoneItem,
  webPageItem,
} from '../wire/items.ts';
import { channelSideConnection } from './connection.ts';
import { email, landline, mobile, pageUrl, type BuildContext } from './context.ts';
import { locationFields } from './location.ts';

const summaries = {
  phone: {
    fi: 'Puhelinpalvelusta saat neuvontaa ja voit varata ajan.',
    sv: 'I telefontjänsten får du rådgivning och kan boka tid.',
    en: 'Call for advice and appointments.',
  },
  web: {
    fi: 'Verkkosivuilla on ajankohtaista tietoa palvelusta.',
    sv: 'På webbplatsen finns aktuell information om tjänsten.',
    en: 'Up-to-date information about the service online.',
  },
  echannel: {
    fi: 'Sähköisessä asioinnissa tunnistaudutaan pankkitunnuksilla tai mobiilivarmenteella.',
    sv: 'I e-tjänsten identifierar du dig med bankkoder eller mobilcertifikat.',
    en: 'Sign in to the e-service with online banking codes or a mobile certificate.',
  },
  form: {
    fi: 'Tulosta lomake, täytä se ja palauta se postitse tai palvelupisteeseen.',
    sv: 'Skriv ut blanketten, fyll i den och returnera den per post eller till ett serviceställe.',
    en: 'Print the form, fill it in and return it by post or to a service point.',
  },
} as const;

function accessibility(random: Random, plan: ChannelPlan) {
  if (random.chance(0.4)) return [];
  const level = random.pick([
    'FullyCompliant',
    'PartiallyCompliant',
    'PartiallyCompliant',
    'NonCompliant',
    'Unknown',
  ]);
  return plan.languages.map((language) => ({
    accessibilityClassificationLevel: level,
    wcagLevel: level === 'Unknown' ? null : 'LevelAA',
    accessibilityStatementWebPageName:
      level === 'Unknown'
        ? null
        : {
            fi: 'Saavutettavuusseloste',
            sv: 'Tillgänglighetsutlåtande',
            en: 'Accessibility statement',
          }[language],
    accessibilityStatementWebPage:
      level === 'Unknown' ? null : pageUrl(plan.owner, language, 'saavutettavuus'),
    language,
  }));
}

function phoneNumbers(random: Random, plan: ChannelPlan) {
  if (plan.line) {
    const line = lines[plan.line];
    return plan.languages.map((lang) =>
      phoneItem({ prefix: line.prefix, number: line.number }, lang, {
        type: 'Phone',
        info: line.info?.[lang] ?? null,
        charge: line.charge,
        chargeDescription: line.chargeInfo?.[lang] ?? null,
      }),
    );
  }
  const numbers = [
    phoneItem(random.chance(0.7) ? landline(random, plan.owner) : mobile(random), 'fi', {
      type: 'Phone',
      info: random.chance(0.3) ? 'Puhelinaika arkisin' : null,
    }),
  ];
  if (random.chance(0.05))
    numbers.push(phoneItem(mobile(random), 'fi', { type: 'Sms', info: 'Tekstiviestit' }));
  // Fax entries linger in old records, some of them without a number.
  if (random.chance(0.03))
    numbers.push(
      phoneItem(
        random.chance(0.5) ? landline(random, plan.owner) : { prefix: null, number: null },
        'fi',
        { type: 'Fax' },
      ),
    );
  return numbers;
}

function phoneHours(random: Random, plan: ChannelPlan) {
  if (plan.line && lines[plan.line].alwaysOpen) return [alwaysOpen()];
  const roll = random.next();
  return roll < 0.65 ? [officeHours(random)] : roll < 0.7 ? [byAppointment()] : [];
}

function deliveries(random: Random, plan: ChannelPlan) {
  const roll = random.next();
  if (roll < 0.3) return null;
  if (roll < 0.6) return [];
  return [deliveryAddress(random, randomSite(random, plan.municipality), plan.owner.names.fi)];
}

function urls(plan: ChannelPlan, path: string) {
  return plan.languages.map((lang) => webPageItem(pageUrl(plan.owner, lang, path), null, lang));
}

export function buildChannel(ctx: BuildContext, plan: ChannelPlan) {
  const random = ctx.root.fork(`channel:${plan.id}`);
  const names = plan.languages.flatMap((lang) =>
    localized('Name', { [lang]: plan.names[lang] ?? plan.names.fi ?? null }),
  );
  const descriptions = random.chance(0.12)
    ? []
    : plan.kind === 'location'
      ? []
      : plan.languages.flatMap((lang) =>
          localized('Summary', { [lang]: summaries[plan.kind as keyof typeof summaries][lang] }),
        );
  const nationwide = plan.nationwide;
  const area = nationwide
    ? { areaType: 'Nationwide', areas: [] }
    : random.chance(0.45)
      ? { areaType: 'LimitedType', areas: [municipalityArea([plan.municipality.code])] }
      : { areaType: null, areas: [] };
  const connected = plan.services.map((s) => channelSideConnection(ctx, s, plan));
  const ontology = [...new Set(plan.services.flatMap((s) => s.ontologyTerms))].map(
    ontologyTermItem,
  );
  const tail = {
    services: connected.length > 0 ? connected : random.chance(0.3) ? null : [],
    serviceCollections: random.chance(0.2) ? null : [],
    publishingStatus: plan.status,
    modified: randomModified(random, ctx.reference, 2 * 365),
    responsibleSoteOrganization: null,
    ontologyTerms: ontology,
  };
  const head = { id: plan.id, sourceId: null };
  const path = plan.names.fi ?? plan.names.sv ?? 'palvelu';
  const supportEmails = random.chance(0.3)
    ? [emailItem(email(random, plan.owner), plan.languages[0])]
    : [];

  switch (plan.kind) {
    case 'location': {
      const { oid, displayNameType, serviceChannelDescriptions, body } = locationFields(
        ctx,
        random,
        plan,
      );
      return {
        ...head,
        oid,
        serviceChannelType: 'ServiceLocation',
        organizationId: plan.owner.id,
        serviceChannelNames: names,
        displayNameType,
        serviceChannelDescriptions,
        ...area,
        ...body,
        ...tail,
      };
    }
    case 'echannel':
      return {
        ...head,
        serviceChannelType: 'EChannel',
        organizationId: plan.owner.id,
        serviceChannelNames: names,
        serviceChannelDescriptions: descriptions,
        ...area,
        signatureQuantity: 0,
        requiresSignature: false,
        requiresAuthentication: random.chance(0.6),
        attachments: random.chance(0.5) ? null : [],
        supportPhones: random.chance(0.2) ? [phoneItem(landline(random, plan.owner), 'fi')] : [],
        supportEmails,
        languages: plan.languages,
        webPages: urls(plan, `asiointi/${path}`),
        serviceHours: [],
        accessibilityClassification: accessibility(random, plan),
        ...tail,
      };
    case 'web':
      return {
        ...head,
        serviceChannelType: 'WebPage',
        organizationId: plan.owner.id,
        serviceChannelNames: names,
        serviceChannelDescriptions: descriptions,
        ...area,
        supportPhones: [],
        supportEmails,
        languages: plan.languages,
        webPages: urls(plan, path),
        serviceHours: [],
        accessibilityClassification: accessibility(random, plan),
        ...tail,
      };
    case 'phone':
      return {
        ...head,
        serviceChannelType: 'Phone',
        organizationId: plan.owner.id,
        serviceChannelNames: names,
        serviceChannelDescriptions: descriptions,
        ...area,
        phoneNumbers: phoneNumbers(random, plan),
        supportEmails,
        languages: plan.languages,
        webPages: [],
        serviceHours: phoneHours(random, plan),
        ...tail,
      };
    case 'form': {
      const type = random.pick(['PDF', 'PDF', 'PDF', 'DOC', 'odt']);
      return {
        ...head,
        serviceChannelType: 'PrintableForm',
        organizationId: plan.owner.id,
        serviceChannelNames: names,
        serviceChannelDescriptions: descriptions,
        ...area,
        formIdentifier: random.chance(0.5)
          ? [
              {
                value: `${plan.owner.domain.slice(0, 3).toUpperCase()} ${random.int(1, 40)}`,
                language: 'fi',
              },
            ]
          : null,
        deliveryAddresses: deliveries(random, plan),
        channelUrls: plan.languages.map((language) => ({
          language,
          value: `${pageUrl(plan.owner, language, `lomakkeet/${path}`)}.${type.toLowerCase()}`,
          type,
        })),
        attachments: random.chance(0.5) ? null : [],
        supportPhones: [],
        supportEmails,
        languages: plan.languages,
        webPages: [],
        serviceHours: [],
        ...tail,
      };
    }
  }
}
