import type {
  AccessibilityClassification,
  Address,
  Email,
  Entrance,
  Phone,
  WebPage,
} from '../../schema/catalogue/contact.ts';
import type { PtvAddress, PtvPhone } from '../ptv/wire.ts';
import { tm35finToWgs84 } from './coordinates.ts';
import { fromLanguageItems } from './text.ts';

/**
 * One international number from PTV's split prefix + national number (without its leading zero).
 * Finnish service numbers (020x, 0295..., 116117) come whole, without a prefix.
 */
export function mapPhone(phone: PtvPhone): Phone | null {
  const raw = phone.number?.replace(/[\s-]/g, '');
  if (!raw) return null;
  const prefix = phone.prefixNumber?.replace(/\s/g, '');
  const isServiceNumber = Boolean(phone.isFinnishServiceNumber) || !prefix;
  const number = isServiceNumber ? raw : `${prefix}${raw.replace(/^0+/, '')}`;
  return {
    type: phone.type ?? 'Phone',
    number,
    isServiceNumber,
    chargeType: phone.serviceChargeType ?? null,
    chargeInfo: phone.chargeDescription?.trim() || null,
    info: phone.additionalInformation?.trim() || null,
    language: phone.language,
  };
}

export function mapPhones(phones: readonly PtvPhone[]): Phone[] {
  return phones.map(mapPhone).filter((p): p is Phone => p !== null);
}

export function mapEmails(
  emails: readonly { value: string; language: string; description?: string | null }[],
): Email[] {
  return emails
    .filter((e) => e.value.trim())
    .map((e) => ({
      value: e.value.trim(),
      description: e.description?.trim() || null,
      language: e.language,
    }));
}

export function mapWebPages(
  pages: readonly { url?: string | null; value?: string | null; language: string }[],
): WebPage[] {
  return pages
    .filter((p) => p.url?.trim())
    .map((p) => ({ url: p.url!.trim(), text: p.value?.trim() || null, language: p.language }));
}

const addressTypes: Record<string, string> = {
  Location: 'visiting',
  Visiting: 'visiting',
  Postal: 'postal',
  Delivery: 'delivery',
};

/** Any PTV address shape to one Address, coordinates in WGS84 when PTV trusts them. */
export function mapAddress(address: PtvAddress): Address {
  const street = address.streetAddress;
  const box = address.postOfficeBoxAddress;
  const other = address.otherAddress;
  const point = street
    ? tm35finToWgs84(street.latitude, street.longitude, street.coordinateState)
    : other
      ? tm35finToWgs84(other.latitude, other.longitude)
      : null;
  const municipality = street?.municipality ?? box?.municipality ?? null;
  return {
    type: address.type ? (addressTypes[address.type] ?? address.type) : 'postal',
    subType: address.subType ?? null,
    street: fromLanguageItems(street?.street),
    streetNumber: street?.streetNumber?.trim() || null,
    postalCode: street?.postalCode ?? box?.postalCode ?? other?.postalCode ?? null,
    postOffice: fromLanguageItems(street?.postOffice ?? box?.postOffice ?? other?.postOffice),
    postOfficeBox: fromLanguageItems(box?.postOfficeBox),
    municipalityCode: municipality?.code ?? null,
    municipality: fromLanguageItems(municipality?.name),
    additionalInfo: fromLanguageItems(
      street?.additionalInformation ?? box?.additionalInformation ?? other?.additionalInformation,
    ),
    text: fromLanguageItems([
      ...address.foreignAddress,
      ...address.locationAbroad,
      ...address.deliveryAddressInText,
    ]),
    country: address.country ?? null,
    lat: point?.lat ?? null,
    lon: point?.lon ?? null,
    coordinateState: street?.coordinateState ?? null,
  };
}

export function mapEntrances(addresses: readonly PtvAddress[]): Entrance[] {
  return addresses.flatMap((address) =>
    address.entrances.map((entrance) => {
      const point = tm35finToWgs84(entrance.coordinates?.latitude, entrance.coordinates?.longitude);
      return {
        name: fromLanguageItems(entrance.name),
        isMain: Boolean(entrance.isMainEntrance),
        lat: point?.lat ?? null,
        lon: point?.lon ?? null,
        groups: entrance.accessibilitySentences.map((group) => ({
          title: fromLanguageItems(group.sentenceGroup),
          sentences: group.sentences.map((s) => fromLanguageItems(s.sentence)),
        })),
      };
    }),
  );
}

export function mapAccessibility(
  items: readonly {
    accessibilityClassificationLevel?: string | null;
    wcagLevel?: string | null;
    accessibilityStatementWebPageName?: string | null;
    accessibilityStatementWebPage?: string | null;
    language: string;
  }[],
): AccessibilityClassification[] {
  return items.map((item) => ({
    level: item.accessibilityClassificationLevel ?? 'Unknown',
    wcagLevel: item.wcagLevel ?? null,
    statementName: item.accessibilityStatementWebPageName ?? null,
    statementUrl: item.accessibilityStatementWebPage ?? null,
    language: item.language,
  }));
}
