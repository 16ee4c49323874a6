/**
 * Plans the services of a dump: a template per service (every template once first, then equal
 * weight per need theme), a provider of the template's sector, the municipality, names in the
 * text languages, the organisation roles and the channel connections. Channels are shared the
 * way real catalogues share them: one location per organisation and place, one line per
 * helpline, while web pages are mostly per service.
 */
import { getNeedTheme } from '../../../search/needs/index.ts';
import { municipalities, type Municipality } from '../data/municipalities.ts';
import type { Random } from '../random.ts';
import { serviceTemplates, type ServiceTemplate } from '../templates/index.ts';
import type { Slot } from '../text/fill.ts';
import { ChannelRegistry } from './channels.ts';
import { LANGUAGE_VERSIONS, nameService, type Naming } from './naming.ts';
import type { OrgDirectory } from './organizations.ts';
import { Providers, WeightedPool } from './providers.ts';
import {
  displayName,
  type ChannelPlan,
  type OrgPlan,
  type PublishingStatus,
  type ServiceOrgLink,
  type ServicePlan,
} from './types.ts';

/** Picks a template with every need theme equally likely. */
function templatePicker(templates: readonly ServiceTemplate[]) {
  const themeTotals = new Map<string, number>();
  for (const t of templates)
    themeTotals.set(t.theme, (themeTotals.get(t.theme) ?? 0) + (t.weight ?? 1));
  const pool = new WeightedPool(templates, (t) => (t.weight ?? 1) / themeTotals.get(t.theme)!);
  return (random: Random) => pool.pick(random);
}

function randomSlot(random: Random, t: ServiceTemplate, sunday: boolean): Slot {
  const day =
    sunday && random.chance(0.15)
      ? 6
      : random.weighted([0, 1, 2, 3, 4, 5], (d) => (d === 5 ? 0.3 : 1));
  // Children and young people meet after school; everyone else mostly in the daytime.
  const hours = t.theme === 'children-and-youth' ? [15, 16, 17, 18] : [9, 10, 12, 13, 14, 17, 18];
  const from = random.pick(hours) * 60 + (random.chance(0.25) ? 30 : 0);
  return { day, from, to: from + random.pick([90, 120, 120, 180]) };
}

function publishingStatus(random: Random): PublishingStatus {
  const r = random.next();
  if (r > 0.03) return 'Published';
  return r < 0.012 ? 'Deleted' : r < 0.02 ? 'Modified' : r < 0.025 ? 'OldPublished' : 'Draft';
}

function organizationLinks(
  t: ServiceTemplate,
  provider: OrgPlan,
  companies: readonly OrgPlan[],
  random: Random,
): ServiceOrgLink[] {
  const links: ServiceOrgLink[] = [{ org: provider, roleType: 'Responsible', provisionType: null }];
  if (provider.parent && provider.parent.status === 'Published' && random.chance(0.15)) {
    links.push({ org: provider.parent, roleType: 'OtherResponsible', provisionType: null });
  }
  if (random.chance(0.55))
    links.push({ org: provider, roleType: 'Producer', provisionType: 'SelfProducedServices' });
  if (t.sector === 'county' && companies.length > 0 && random.chance(0.1)) {
    links.push({
      org: random.pick(companies),
      roleType: 'Producer',
      provisionType: 'ProcuredServices',
    });
  }
  if (random.chance(0.04)) {
    links.push({
      org: null,
      roleType: 'Producer',
      provisionType: random.pick(['ProcuredServices', 'Other'] as const),
      info: {
        fi: 'Palvelun tuottaa yksityinen palveluntuottaja ostopalveluna.',
        sv: 'Tjänsten produceras av en privat serviceproducent som köptjänst.',
      },
    });
  }
  return links;
}

export function planServices(
  random: Random,
  orgs: OrgDirectory,
  count: number,
): { services: ServicePlan[]; channels: ChannelPlan[] } {
  const ids = random.fork('service-ids');
  const pick = templatePicker(serviceTemplates);
  const byTheme = new Map<string, ServiceTemplate[]>();
  for (const t of serviceTemplates) byTheme.set(t.theme, [...(byTheme.get(t.theme) ?? []), t]);
  const pickInTheme = (theme: string, r: Random) => r.pick(byTheme.get(theme)!);
  const registry = new ChannelRegistry(random.fork('channel-ids'), orgs);
  const providers = new Providers(orgs);
  const uses = new Map<string, number>();
  const taken = new Set<string>();
  const services: ServicePlan[] = [];
  const ownPageChance = 0.2 + 0.25 * Math.min(1, count / 50_000);
  // National services are few in reality: each repeats at most as a handful of language versions.
  const nationalCap = Math.min(1 + LANGUAGE_VERSIONS.length, 1 + Math.floor(count / 5000));

  for (let index = 0; index < count; index++) {
    const r = random.fork(`plan-service:${index}`);
    let template = index < serviceTemplates.length ? serviceTemplates[index] : pick(r);
    // When a template's names run out for the provider drawn, try other providers, then other
    // templates of the same theme, before any template: keeps the themes balanced at scale.
    for (let attempt = 1; ; attempt++) {
      const resolved = providers.resolve(template, r);
      if (resolved) {
        const { provider, municipality: m } = resolved;
        const useKey = template.nationwide
          ? `${template.key}|${provider.id}`
          : `${template.key}|${provider.id}|${m.code}`;
        // Variants differ by language, so a repeat can land on a name already taken: step on.
        let k = uses.get(useKey) ?? 0;
        let naming =
          template.nationwide && k >= nationalCap ? null : nameService(template, provider, m, k, r);
        while (naming && taken.has(`${provider.id}|${displayName(naming.names)}`))
          naming = nameService(template, provider, m, ++k, r);
        if (naming) {
          uses.set(useKey, k + 1);
          taken.add(`${provider.id}|${displayName(naming.names)}`);
          services.push(planOne(index, template, provider, m, naming));
          break;
        }
      }
      if (attempt % 4 === 0) template = attempt < 12 ? pickInTheme(template.theme, r) : pick(r);
    }
  }
  registry.addUnpublished(
    random.fork('unpublished-channels'),
    Math.max(3, Math.round(count * 0.015)),
    municipalities,
  );
  return { services, channels: registry.channels };

  function planOne(
    index: number,
    template: ServiceTemplate,
    provider: OrgPlan,
    m: Municipality,
    naming: Naming,
  ): ServicePlan {
    const r = random.fork(`plan-service-body:${index}`);
    const theme = getNeedTheme(template.theme);
    const service: ServicePlan = {
      id: ids.uuid(),
      index,
      template,
      provider,
      municipality: m,
      ...naming,
      slot: template.group ? randomSlot(r, template, provider.kind === 'parish') : undefined,
      ontologyTerms: template.ontologyTerms ?? r.sample(theme.ontologyTerms, r.int(2, 4)),
      organizations: organizationLinks(template, provider, providers.companies, r),
      channels: [],
      status: publishingStatus(r),
    };
    for (const recipe of template.channels) {
      if (r.chance(recipe.p ?? 1)) registry.connect(service, recipe, r);
    }
    // Many services also publish a page of their own on the provider's website. Shared channels
    // saturate as a dump grows, so own pages grow with it to keep 0.6–0.8 channels per service.
    if (!template.channels.some((c) => c.kind === 'web') && r.chance(ownPageChance))
      registry.connect(service, { kind: 'web' }, r);
    if (service.status === 'Published') {
      for (const link of service.organizations)
        link.org?.services.push({
          service,
          roleType: link.roleType,
          provisionType: link.provisionType,
        });
    }
    return service;
  }
}
