import type { Address, Email, Phone, WebPage } from '../../schema/catalogue/contact.ts';
import type { OrganizationKind } from '../../schema/constants.ts';
import type { Localized } from '../../schema/localized.ts';
import type { PtvOrganization } from '../ptv/wire.ts';
import { mapAreas, type AreaRefs } from './areas.ts';
import { mapAddress, mapEmails, mapPhones, mapWebPages } from './contact.ts';
import { parsePtvUtc } from './dates.ts';
import { MappingError } from './errors.ts';
import { deriveOrganizationKind } from './organization-kind.ts';
import { displayNames, fromLanguageItems, fromLocalizedList, isEmpty } from './text.ts';

export interface MappedOrganization {
  row: {
    id: string;
    kind: OrganizationKind;
    organizationType: string;
    businessCode: string | null;
    oid: string | null;
    parentId: string | null;
    rootId: string | null;
    municipalityCode: string | null;
    name: Localized;
    alternativeName: Localized;
    summary: Localized;
    description: Localized;
    areaType: string | null;
    municipalityCodes: string[];
    emails: Email[];
    phones: Phone[];
    webPages: WebPage[];
    addresses: Address[];
    publishingStatus: string;
    sourceModifiedAt: string;
  };
  areas: AreaRefs;
  /** Ancestors the catalogue should also hold, for the hierarchy and kind propagation. */
  relatedIds: string[];
}

export function mapOrganization(org: PtvOrganization): MappedOrganization {
  const name = displayNames(org.organizationNames, org.displayNameType);
  if (isEmpty(name)) throw new MappingError('organization has no name in any language');
  const areas = mapAreas(org.areas);
  const municipalityCode = org.municipality?.code ?? null;
  if (municipalityCode && org.municipality) {
    areas.municipalityNames.push({
      code: municipalityCode,
      name: fromLanguageItems(org.municipality.name),
    });
  }
  const parentId = org.parentOrganizationId ?? null;
  const rootId = org.organizationRootId ?? null;
  return {
    row: {
      id: org.id,
      kind: deriveOrganizationKind(org.organizationType, name),
      organizationType: org.organizationType,
      businessCode: org.businessCode?.trim() || null,
      oid: org.oid?.trim() || null,
      parentId,
      rootId,
      municipalityCode,
      name,
      alternativeName: fromLocalizedList(org.organizationNames, 'AlternativeName'),
      summary: fromLocalizedList(org.organizationDescriptions, 'Summary'),
      description: fromLocalizedList(org.organizationDescriptions, 'Description'),
      areaType: org.areaType ?? null,
      municipalityCodes: areas.municipalityCodes,
      emails: mapEmails(org.emails),
      phones: mapPhones(org.phoneNumbers),
      webPages: mapWebPages(org.webPages),
      addresses: org.addresses.map(mapAddress),
      publishingStatus: org.publishingStatus,
      sourceModifiedAt: parsePtvUtc(org.modified),
    },
    areas,
    relatedIds: [parentId, rootId].filter((id): id is string => Boolean(id) && id !== org.id),
  };
}
