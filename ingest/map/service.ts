import type { ServiceHours } from '../../schema/catalogue/hours.ts';
import type { Contact } from '../../schema/catalogue/contact.ts';
import type { Localized } from '../../schema/localized.ts';
import type { PtvService } from '../ptv/wire.ts';
import { mapAreas, type AreaRefs } from './areas.ts';
import { mapClassifications, type ClassificationRow } from './classification.ts';
import { mapAddress, mapEmails, mapPhones, mapWebPages } from './contact.ts';
import { parsePtvUtc } from './dates.ts';
import { MappingError } from './errors.ts';
import { mapServiceHours } from './hours.ts';
import { fromLanguageItems, fromLocalizedList, isEmpty, keywordsByLanguage } from './text.ts';

const ownTextTypes = new Set([
  'Name',
  'AlternativeName',
  'Summary',
  'Description',
  'UserInstruction',
  'ChargeTypeAdditionalInfo',
]);

export interface MappedConnection {
  channelId: string;
  position: number;
  chargeType: string | null;
  description: Localized;
  chargeInfo: Localized;
  hours: ServiceHours[];
  contact: Contact | null;
  extraTypes: string[];
  modifiedAt: string | null;
}

export interface MappedService {
  row: {
    id: string;
    type: string | null;
    fundingType: string | null;
    chargeType: string | null;
    areaType: string | null;
    name: Localized;
    alternativeName: Localized;
    summary: Localized;
    description: Localized;
    userInstruction: Localized;
    chargeInfo: Localized;
    requirements: Localized;
    otherTexts: Record<string, Localized>;
    keywords: Record<string, string[]>;
    languages: string[];
    generalDescriptionId: string | null;
    subType: string | null;
    responsibleOrganizationId: string | null;
    vouchersInUse: boolean;
    legislation: { name: Localized; url: Localized }[];
    publishingStatus: string;
    sourceModifiedAt: string;
  };
  organizations: {
    position: number;
    organizationId: string | null;
    roleType: string;
    provisionType: string | null;
    additionalInfo: Localized;
  }[];
  areas: AreaRefs;
  classifications: ClassificationRow[];
  connections: MappedConnection[];
}

/** Maps a validated PTV service; throws MappingError for a service that cannot be shown. */
export function mapService(service: PtvService): MappedService {
  const name = fromLocalizedList(service.serviceNames, 'Name');
  if (isEmpty(name)) throw new MappingError('service has no name in any language');
  const texts = service.serviceDescriptions;
  const otherTexts: Record<string, Localized> = {};
  for (const item of texts) {
    if (ownTextTypes.has(item.type) || otherTexts[item.type]) continue;
    const text = fromLocalizedList(texts, item.type);
    if (!isEmpty(text)) otherTexts[item.type] = text;
  }
  const organizations = service.organizations.map((o, position) => ({
    position,
    organizationId: o.organization?.id ?? null,
    roleType: o.roleType,
    provisionType: o.provisionType ?? null,
    additionalInfo: fromLanguageItems(o.additionalInformation),
  }));
  const seenChannels = new Set<string>();
  const connections: MappedConnection[] = [];
  for (const connection of service.serviceChannels) {
    const channelId = connection.serviceChannel.id;
    if (seenChannels.has(channelId)) continue;
    seenChannels.add(channelId);
    const details = connection.contactDetails;
    const contact: Contact | null = details
      ? {
          emails: mapEmails(details.emails),
          phones: mapPhones(details.phoneNumbers),
          webPages: mapWebPages(details.webPages),
          addresses: details.addresses.map(mapAddress),
        }
      : null;
    connections.push({
      channelId,
      position: connections.length,
      chargeType: connection.serviceChargeType ?? null,
      description: fromLocalizedList(connection.description, 'Description'),
      chargeInfo: fromLocalizedList(connection.description, 'ChargeTypeAdditionalInfo'),
      hours: mapServiceHours(connection.serviceHours),
      contact,
      extraTypes: connection.extraTypes.map((e) => e.code).filter((c): c is string => Boolean(c)),
      modifiedAt: connection.modified ? parsePtvUtc(connection.modified) : null,
    });
  }
  return {
    row: {
      id: service.id,
      type: service.type ?? null,
      fundingType: service.fundingType ?? null,
      chargeType: service.serviceChargeType ?? null,
      areaType: service.areaType ?? null,
      name,
      alternativeName: fromLocalizedList(service.serviceNames, 'AlternativeName'),
      summary: fromLocalizedList(texts, 'Summary'),
      description: fromLocalizedList(texts, 'Description'),
      userInstruction: fromLocalizedList(texts, 'UserInstruction'),
      chargeInfo: fromLocalizedList(texts, 'ChargeTypeAdditionalInfo'),
      requirements: fromLanguageItems(service.requirements),
      otherTexts,
      keywords: keywordsByLanguage(service.keywords),
      languages: [...new Set(service.languages)],
      generalDescriptionId: service.generalDescriptionId ?? null,
      subType: service.subType ?? null,
      responsibleOrganizationId:
        organizations.find((o) => o.roleType === 'Responsible' && o.organizationId)
          ?.organizationId ?? null,
      vouchersInUse: Boolean(service.serviceVouchersInUse),
      legislation: service.legislation.map((l) => ({
        name: fromLanguageItems(l.names),
        url: Object.fromEntries(mapWebPages(l.webPages).map((p) => [p.language, p.url])),
      })),
      publishingStatus: service.publishingStatus,
      sourceModifiedAt: parsePtvUtc(service.modified),
    },
    organizations,
    areas: mapAreas(service.areas),
    classifications: [
      ...mapClassifications('service_class', service.serviceClasses),
      ...mapClassifications('ontology_term', service.ontologyTerms),
      ...mapClassifications('target_group', service.targetGroups),
      ...mapClassifications('life_event', service.lifeEvents),
      ...mapClassifications('industrial_class', service.industrialClasses),
    ],
    connections,
  };
}
