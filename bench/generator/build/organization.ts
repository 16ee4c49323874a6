/**
 * Builds one V10VmOpenApiOrganization (served by v11), keys in the order of section 5.1. Its
 * `services` list mirrors `service.organizations` with the internal provision values
 * (SelfProduced, PurchaseServices) and can run to thousands of entries for a big city.
 */
import { displayName, type OrgPlan, type OrgServiceRef } from '../plan/types.ts';
import type { Lang } from '../text/fill.ts';
import { organizationAddress, randomSite } from '../wire/addresses.ts';
import { randomModified } from '../wire/dates.ts';
import {
  languageItems,
  localized,
  municipalityArea,
  municipalityRef,
  orgEmailItem,
  phoneItem,
  webPageItem,
} from '../wire/items.ts';
import { email, landline, type BuildContext } from './context.ts';

const internalProvision = {
  SelfProducedServices: 'SelfProduced',
  ProcuredServices: 'PurchaseServices',
  Other: 'Other',
} as const;

const descriptions: Record<string, { fi: string; sv: string }> = {
  municipality: {
    fi: 'Kunta vastaa muun muassa varhaiskasvatuksesta, opetuksesta, kirjasto-, kulttuuri-, liikunta- ja nuorisopalveluista sekä kaavoituksesta. Sosiaali- ja terveyspalvelut järjestää hyvinvointialue.',
    sv: 'Kommunen ansvarar bland annat för småbarnspedagogik, undervisning, biblioteks-, kultur-, idrotts- och ungdomstjänster samt planläggning. Social- och hälsovårdstjänsterna ordnas av välfärdsområdet.',
  },
  parish: {
    fi: 'Seurakunta järjestää jumalanpalveluksia ja kirkollisia toimituksia sekä diakonia-, perhe-, lapsi- ja nuorisotyötä.',
    sv: 'Församlingen ordnar gudstjänster och kyrkliga förrättningar samt diakoni-, familje-, barn- och ungdomsarbete.',
  },
  association: {
    fi: 'Yhdistyksen toiminta perustuu vapaaehtoisuuteen ja jäsenten omaan aktiivisuuteen. Toimintaan ovat tervetulleita kaikki.',
    sv: 'Föreningens verksamhet bygger på frivillighet och medlemmarnas eget engagemang. Alla är välkomna.',
  },
};

function serviceEntry(ref: OrgServiceRef) {
  return {
    service: { id: ref.service.id, name: displayName(ref.service.names) },
    roleType: ref.roleType,
    provisionType:
      ref.roleType === 'Producer' && ref.provisionType
        ? internalProvision[ref.provisionType]
        : null,
    additionalInformation: [],
  };
}

/** Topmost published ancestor, or the organisation itself. */
function rootOf(org: OrgPlan): OrgPlan {
  let root = org;
  while (root.parent && root.parent.status === 'Published') root = root.parent;
  return root;
}

export function buildOrganization(ctx: BuildContext, org: OrgPlan) {
  const random = ctx.root.fork(`organization:${org.id}`);
  const langs = org.languages;
  const organizationNames = langs.flatMap((lang) =>
    localized('Name', { [lang]: org.names[lang] ?? org.names.fi }),
  );
  if (org.se) organizationNames.push(...localized('Name', { se: org.se }));
  const alternatives: Lang[] = org.alternative ? langs.filter((l) => org.alternative![l]) : [];
  for (const lang of alternatives)
    organizationNames.push(...localized('AlternativeName', { [lang]: org.alternative![lang]! }));
  const displayNameType = [...langs, ...(org.se ? ['se'] : [])].map((language) => ({
    type:
      org.preferAlternative && alternatives.some((l) => l === language)
        ? 'AlternativeName'
        : 'Name',
    language,
  }));
  const longText =
    descriptions[
      org.kind === 'municipalUnit'
        ? 'municipality'
        : org.kind === 'parishUnion'
          ? 'parish'
          : org.kind === 'company'
            ? 'association'
            : org.kind
    ];
  const organizationDescriptions = langs.flatMap((lang) => {
    const summary = org.summary[lang];
    if (!summary) return [];
    const long = lang === 'en' ? undefined : longText?.[lang];
    const descriptionValue = random.chance(0.03) ? null : long ? `${summary}\n${long}` : summary;
    return [
      ...localized('Description', { [lang]: descriptionValue }),
      ...localized('Summary', { [lang]: summary }),
    ];
  });
  const site = randomSite(random, org.home);
  const addresses = [organizationAddress(random, site, 'Visiting')];
  if (random.chance(0.6))
    addresses[random.chance(0.3) ? 'unshift' : 'push'](organizationAddress(random, site, 'Postal'));
  const published = org.services.filter((s) => s.service.status === 'Published');
  const children = org.children.filter((c) => c.status === 'Published');
  const parentPublished = org.parent !== null && org.parent.status === 'Published';
  const publicBody = ['Municipality', 'Region', 'State'].includes(org.type);
  const nationwide = org.nationwide;

  return {
    id: org.id,
    sourceId: null,
    oid:
      publicBody && org.businessCode
        ? `1.2.246.10.${org.businessCode.replace('-', '').slice(0, 7)}.10.0`
        : random.chance(0.2)
          ? ''
          : null,
    parentOrganizationId: parentPublished ? org.parent!.id : null,
    organizationRootId: rootOf(org).id,
    municipality:
      org.type === 'Municipality' && org.municipality ? municipalityRef(org.municipality) : null,
    organizationType: org.type,
    businessCode: org.businessCode,
    businessName: null,
    organizationNames,
    displayNameType,
    areaType: nationwide ? 'Nationwide' : org.areaCodes ? 'LimitedType' : null,
    // Organisations with area municipalities output only the synthetic Municipality entry.
    areas: nationwide || !org.areaCodes ? null : [municipalityArea(org.areaCodes)],
    organizationDescriptions,
    emails: random.chance(0.8)
      ? [
          orgEmailItem(
            email(random, org, org.type === 'Municipality' ? 'kirjaamo' : undefined),
            langs[0],
            random.chance(0.2) ? 'Kirjaamo' : null,
          ),
        ]
      : [],
    phoneNumbers: random.chance(0.8)
      ? [phoneItem(landline(random, org), langs[0], { info: random.chance(0.5) ? 'Vaihde' : null })]
      : [],
    webPages: langs.map((lang) =>
      webPageItem(
        `https://www.${org.domain}${lang === langs[0] ? '' : `/${lang}`}`,
        { fi: 'Verkkosivut', sv: 'Webbplats', en: 'Website' }[lang],
        lang,
      ),
    ),
    addresses,
    electronicInvoicings:
      publicBody && org.businessCode
        ? [
            {
              operatorCode: '003721291126',
              electronicInvoicingAddress: `0037${org.businessCode.replace('-', '')}`,
              additionalInformation: languageItems({}),
            },
          ]
        : [],
    publishingStatus: org.status,
    services: published.map(serviceEntry),
    modified: randomModified(random, ctx.reference, 3 * 365),
    subOrganizations:
      children.length > 0
        ? children.map((c) => ({ id: c.id, name: c.names.fi ?? c.names.sv ?? null }))
        : null,
  };
}
