/**
 * Builds one V11VmOpenApiService from its plan, keys in wire order (section 4), including the
 * messy parts real data has: null-valued description items, a null charge type when a general
 * description defines it, duplicated classification items, `serviceChannels: null` when there
 * are none and producers known only by a text.
 */
import { getNeedTheme } from '../../../search/needs/index.ts';
import type { ServicePlan } from '../plan/types.ts';
import { fill, fillTexts, ptvMarkdown, type FillContext, type Lang } from '../text/fill.ts';
import { randomModified } from '../wire/dates.ts';
import {
  businessRegionArea,
  hospitalDistrictArea,
  industrialClassItem,
  languageItems,
  lifeEventItem,
  localized,
  municipalityArea,
  ontologyTermItem,
  regionArea,
  serviceClassItem,
  stableGuid,
  targetGroupItem,
  wellbeingCountyArea,
} from '../wire/items.ts';
import { serviceSideConnection } from './connection.ts';
import type { BuildContext } from './context.ts';
import { legislationFor } from './legislation.ts';

const closings: Record<Lang, string[]> = {
  fi: [
    'Tilat ovat esteettömät.',
    'Lisätietoa saat verkkosivuiltamme.',
    'Ota rohkeasti yhteyttä, jos sinulla on kysyttävää.',
    'Tarvittaessa käytämme tulkkia.',
    'Palvelusta voi kysyä myös sähköpostilla.',
  ],
  sv: [
    'Lokalerna är tillgängliga.',
    'Mer information finns på vår webbplats.',
    'Kontakta oss gärna om du har frågor.',
    'Vid behov använder vi tolk.',
  ],
  en: [
    'The premises are accessible.',
    'More information is available on our website.',
    'Feel free to contact us if you have any questions.',
    'An interpreter can be arranged if needed.',
  ],
};

const LANGUAGE_ORDER = ['fi', 'sv', 'en', 'se', 'ru', 'ar', 'so', 'uk', 'fa', 'et'];

function areasOf(plan: ServicePlan, random: ReturnType<BuildContext['root']['fork']>) {
  const p = plan.provider;
  if (plan.template.nationwide) {
    return {
      areaType: random.chance(0.06) ? 'NationwideExceptAlandIslands' : 'Nationwide',
      areas: random.chance(0.1) ? null : [],
    };
  }
  if (p.kind === 'county' || p.kind === 'countyUnit') {
    const roll = random.next();
    const regional =
      roll < 0.7 ? wellbeingCountyArea() : roll < 0.9 ? regionArea() : hospitalDistrictArea();
    return {
      areaType: 'LimitedType',
      areas: random.chance(0.3)
        ? [regional, municipalityArea([plan.municipality.code])]
        : [regional],
    };
  }
  if ((p.kind === 'state' || p.kind === 'stateUnit') && p.areaCodes && p.areaCodes.length > 1) {
    return { areaType: 'LimitedType', areas: [regionArea()] };
  }
  if (p.key === 'employment' && plan.municipality.businessRegion && random.chance(0.5)) {
    return {
      areaType: 'LimitedType',
      areas: [businessRegionArea(plan.municipality.businessRegion)],
    };
  }
  const codes =
    p.areaCodes && p.areaCodes.length <= 3 && p.kind !== 'municipalUnit'
      ? p.areaCodes
      : [plan.municipality.code];
  return { areaType: 'LimitedType', areas: [municipalityArea(codes)] };
}

export function buildService(ctx: BuildContext, plan: ServicePlan) {
  const random = ctx.root.fork(`service:${plan.id}`);
  const t = plan.template;
  const theme = getNeedTheme(t.theme);
  const provider = plan.provider;
  const fillCtx: FillContext = {
    municipality: plan.municipality,
    org: {
      fi: provider.names.fi,
      sv: provider.names.sv ?? provider.names.fi,
      en: provider.names.en ?? provider.names.fi,
    },
    place: t.channels.find((c) => c.kind === 'location')?.place,
    district: plan.district,
    slot: plan.slot,
  };
  const langs = plan.languages;
  const publicSector = [
    'county',
    'countyUnit',
    'municipality',
    'municipalUnit',
    'state',
    'stateUnit',
  ].includes(provider.kind);
  const gd = publicSector && random.chance(0.35) ? stableGuid(`gd:${t.key}`) : null;

  const serviceNames = langs.flatMap((lang) => localized('Name', { [lang]: plan.names[lang] }));
  if (random.chance(0.08)) {
    const alt = t.names.find(
      (n) => n[langs[0]] && fill(n[langs[0]]!, langs[0], fillCtx) !== plan.names[langs[0]],
    );
    if (alt)
      serviceNames.unshift(
        ...localized('AlternativeName', { [langs[0]]: fill(alt[langs[0]]!, langs[0], fillCtx) }),
      );
  }

  const summary = fillTexts(t.summary, langs, fillCtx);
  const description = fillTexts(t.description, langs, fillCtx);
  const closing = random.chance(0.5) ? random.int(0, 3) : -1;
  const serviceDescriptions = langs.flatMap((lang) => {
    const items = [
      ...localized('Summary', { [lang]: summary[lang] ?? null }),
      // A few descriptions are published with an empty value, which PTV sends as null.
      ...localized('Description', {
        [lang]: random.chance(0.01)
          ? null
          : ptvMarkdown(
              `${description[lang]}${closing >= 0 ? `\n${closings[lang][closing % closings[lang].length]}` : ''}`,
            ),
      }),
    ];
    const instruction = fillTexts(t.instruction, [lang], fillCtx)[lang];
    if (instruction)
      items.push(...localized('UserInstruction', { [lang]: ptvMarkdown(instruction) }));
    const chargeInfo = fillTexts(t.chargeInfo, [lang], fillCtx)[lang];
    if (chargeInfo) items.push(...localized('ChargeTypeAdditionalInfo', { [lang]: chargeInfo }));
    if (lang === langs[0] && random.chance(0.25)) {
      for (const type of ['ValidityTime', 'ProcessingTime', 'DeadLine'])
        items.push(...localized(type, { [lang]: null }));
    }
    return items;
  });

  const classes = t.serviceClasses ?? theme.serviceClasses.slice(0, random.int(1, 2));
  const serviceClasses = classes.map(serviceClassItem);
  // Merging a general description's classes can leave the same item twice.
  if (random.chance(0.01)) serviceClasses.push(serviceClassItem(classes[0]));
  const targetCodes =
    t.targetGroups ?? theme.targetGroups.slice(0, random.int(1, theme.targetGroups.length));
  const lifeCodes = t.lifeEvents ?? (random.chance(0.5) ? theme.lifeEvents : []);
  const industrial =
    t.industrialClasses ??
    (provider.kind === 'parish' && random.chance(0.3)
      ? ['9491']
      : provider.kind === 'association' && random.chance(0.2)
        ? ['9499']
        : []);
  const keywordWords = [...(t.keywords?.fi ?? []), ...random.sample(theme.words.fi, 2)];
  const keywords = [
    ...[...new Set(keywordWords)].slice(0, 6).map((value) => ({ value, language: 'fi' })),
    ...(langs.includes('sv')
      ? (t.keywords?.sv ?? []).map((value) => ({ value, language: 'sv' }))
      : []),
    ...(langs.includes('en')
      ? (t.keywords?.en ?? []).map((value) => ({ value, language: 'en' }))
      : []),
  ].filter((k) => langs.includes(k.language as Lang));
  const rank = (lang: string) =>
    LANGUAGE_ORDER.includes(lang) ? LANGUAGE_ORDER.indexOf(lang) : LANGUAGE_ORDER.length;
  const available = [
    ...new Set([
      ...langs,
      ...(t.languages ?? []),
      ...(provider.languages[0] === 'sv' ? ['sv'] : []),
    ]),
  ].sort((a, b) => rank(a) - rank(b));
  const requirements =
    t.sector === 'county' && random.chance(0.3)
      ? languageItems({
          fi: 'Palvelun saaminen edellyttää palvelutarpeen arviointia.',
          ...(langs.includes('sv')
            ? { sv: 'Tjänsten förutsätter en bedömning av servicebehovet.' }
            : {}),
        })
      : [];
  const connections = plan.channels
    .filter((c) => plan.status !== 'Published' || c.status === 'Published')
    .sort((a, b) => CHANNEL_ORDER.indexOf(a.kind) - CHANNEL_ORDER.indexOf(b.kind))
    .map((c) => serviceSideConnection(ctx, plan, c));
  const { areaType, areas } = areasOf(plan, random);
  const voucher =
    t.key === 'older/home-help-company' ||
    (t.sector === 'county' && t.theme === 'older-people' && random.chance(0.3));

  return {
    id: plan.id,
    sourceId: null,
    generalDescriptionId: gd,
    subType: null,
    type: t.type ?? 'Service',
    fundingType: t.fundingType ?? (provider.type === 'Company' ? 'MarketFunded' : 'PubliclyFunded'),
    serviceNames,
    serviceChargeType:
      gd && random.chance(0.5) ? null : t.charge === undefined ? 'FreeOfCharge' : t.charge,
    areaType,
    areas,
    serviceDescriptions,
    languages: available,
    serviceClasses,
    ontologyTerms: plan.ontologyTerms.map(ontologyTermItem),
    targetGroups: targetCodes.map(targetGroupItem),
    lifeEvents: lifeCodes.map(lifeEventItem),
    industrialClasses: industrial.map(industrialClassItem),
    legislation: publicSector && random.chance(0.6) ? legislationFor(t.theme) : [],
    keywords,
    requirements,
    serviceChannels: connections.length > 0 ? connections : null,
    organizations: plan.organizations.map((link) => ({
      organization: link.org
        ? { id: link.org.id, name: link.org.names.fi ?? link.org.names.sv ?? null }
        : null,
      roleType: link.roleType,
      provisionType: link.provisionType,
      additionalInformation: link.info ? languageItems(fillTexts(link.info, langs, fillCtx)) : [],
    })),
    serviceVouchersInUse: voucher,
    serviceVouchers: voucher
      ? [
          {
            value: 'Palveluseteli',
            language: 'fi',
            url: 'https://www.parastapalvelua.fi',
            additionalInformation: 'Palvelusetelillä voit valita palveluntuottajan itse.',
          },
        ]
      : [],
    serviceCollections: random.chance(0.2) ? null : [],
    publishingStatus: plan.status,
    modified: randomModified(random, ctx.reference, 3 * 365),
    responsibleSoteOrganization: null,
  };
}

/** PTV orders a service's connections by channel type, then by connection order. */
export const CHANNEL_ORDER = ['echannel', 'web', 'form', 'phone', 'location'];
