/**
 * Creates and shares service channels while services are planned. A published service's
 * connection is recorded on both sides (service.channels and channel.services), which is what
 * makes the two wire mirrors agree; unpublished services keep one-sided connections, as PTV
 * lists only published services on a channel.
 */
import type { Municipality } from '../data/municipalities.ts';
import { lines } from '../data/lines.ts';
import { places, type PlaceForms } from '../data/places.ts';
import type { Random } from '../random.ts';
import type { ChannelRecipe } from '../templates/types.ts';
import { placeForms, type Lang } from '../text/fill.ts';
import type { OrgDirectory } from './organizations.ts';
import type { ChannelPlan, OrgPlan, PublishingStatus, ServicePlan } from './types.ts';

export class ChannelRegistry {
  readonly channels: ChannelPlan[] = [];
  readonly #byKey = new Map<string, ChannelPlan>();
  readonly #ids: Random;
  readonly #orgs: OrgDirectory;

  constructor(ids: Random, orgs: OrgDirectory) {
    this.#ids = ids;
    this.#orgs = orgs;
  }

  #create(
    fields: Omit<ChannelPlan, 'id' | 'index' | 'services' | 'status'>,
    status: PublishingStatus = 'Published',
  ): ChannelPlan {
    const channel: ChannelPlan = {
      ...fields,
      id: this.#ids.uuid(),
      index: this.channels.length,
      services: [],
      status,
    };
    this.channels.push(channel);
    return channel;
  }

  #lineOwner(owner: string): OrgPlan {
    return owner === 'varha' ? this.#orgs.county : this.#orgs.fixed.get(owner)!;
  }

  /** Finds or creates the channel a recipe asks for and connects the service to it. */
  connect(service: ServicePlan, recipe: ChannelRecipe, random: Random): void {
    const channel = this.#resolve(service, recipe, random);
    if (service.channels.includes(channel)) return;
    service.channels.push(channel);
    if (service.status === 'Published') channel.services.push(service);
  }

  #resolve(service: ServicePlan, recipe: ChannelRecipe, random: Random): ChannelPlan {
    const m = service.municipality;
    const org = {
      fi: service.provider.names.fi,
      sv: service.provider.names.sv ?? service.provider.names.fi,
      en: service.provider.names.en ?? service.provider.names.fi,
    };
    const languages = service.languages;
    const pickNames = (texts: Partial<Record<Lang, string>>) => {
      const names: Partial<Record<Lang, string>> = {};
      for (const lang of languages) if (texts[lang]) names[lang] = texts[lang];
      return Object.keys(names).length > 0 ? names : { fi: texts.fi! };
    };
    const shared = (
      key: string,
      make: () => Omit<ChannelPlan, 'id' | 'index' | 'services' | 'status'>,
    ) => {
      const existing = this.#byKey.get(key);
      if (existing) return existing;
      const channel = this.#create(make());
      this.#byKey.set(key, channel);
      return channel;
    };
    const base = { owner: service.provider, municipality: m, nationwide: false };

    if (recipe.kind === 'location') {
      const place = recipe.place!;
      const district = (places[place] as PlaceForms).district ? service.district : undefined;
      const key =
        place === 'associationOffice'
          ? `loc|${service.provider.id}|office`
          : `loc|${service.provider.id}|${place}|${m.code}|${district?.nom ?? ''}`;
      return shared(key, () => {
        const names: Partial<Record<Lang, string>> = {};
        for (const lang of languages)
          names[lang] = placeForms({ municipality: m, org, place, district }, lang)[0];
        return { ...base, kind: 'location', place, district, names, languages };
      });
    }
    if (recipe.kind === 'phone' && recipe.line) {
      const line = lines[recipe.line];
      return shared(`line|${recipe.line}`, () => {
        const owner = this.#lineOwner(line.owner);
        const names = line.names as Partial<Record<Lang, string>>;
        return {
          owner,
          municipality: owner.home,
          nationwide: true,
          kind: 'phone',
          line: recipe.line,
          names,
          languages: Object.keys(names) as Lang[],
        };
      });
    }
    const named = recipe.name ? pickNames(recipe.name) : { ...service.names };
    // Helplines, e-services and forms are shared; a quarter of phones are a service's own contact.
    const sharedKind =
      (recipe.kind === 'phone' && random.chance(0.75)) ||
      recipe.kind === 'echannel' ||
      recipe.kind === 'form' ||
      (recipe.kind === 'web' && random.chance(0.3));
    const make = () => ({
      ...base,
      kind: recipe.kind,
      names: named,
      languages: Object.keys(named) as Lang[],
      nationwide: service.template.nationwide === true,
    });
    if (recipe.name && sharedKind)
      return shared(`${recipe.kind}|${service.provider.id}|${recipe.name.fi}`, make);
    return this.#create(make());
  }

  /** Channels that are archived or withdrawn: written, but connected to no published service. */
  addUnpublished(random: Random, count: number, candidates: readonly Municipality[]): void {
    const statuses: PublishingStatus[] = ['Deleted', 'Modified', 'OldPublished', 'Deleted'];
    const owners = [
      ...this.#orgs.municipal.values(),
      ...[...this.#orgs.associations.values()].flat(),
    ];
    for (let i = 0; i < count; i++) {
      const owner = random.pick(owners);
      const m = owner.municipality ?? owner.home ?? random.pick(candidates);
      const place = random.pick(['associationHouse', 'library', 'residentsLounge'] as const);
      const org = { fi: owner.names.fi, sv: owner.names.sv ?? owner.names.fi, en: owner.names.fi };
      const names = { fi: `${placeForms({ municipality: m, org, place }, 'fi')[0]} (suljettu)` };
      this.#create(
        {
          owner,
          municipality: m,
          nationwide: false,
          kind: random.chance(0.7) ? 'location' : 'web',
          place,
          names,
          languages: ['fi'],
        },
        statuses[i % statuses.length],
      );
    }
  }
}
