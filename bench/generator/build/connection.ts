/**
 * The body of a service–channel connection. It is generated from a stream seeded by the pair of
 * ids, so the service's `serviceChannels[]` entry and the channel's `services[]` entry are the
 * same object on both sides without keeping either in memory.
 */
import type { ChannelPlan, ServicePlan } from '../plan/types.ts';
import { displayName } from '../plan/types.ts';
import { fill, type Lang } from '../text/fill.ts';
import { contactAddress, randomSite } from '../wire/addresses.ts';
import { randomModified } from '../wire/dates.ts';
import { slotHours } from '../wire/hours.ts';
import { emailItem, languageItems, localized, phoneItem } from '../wire/items.ts';
import { email, mobile, type BuildContext } from './context.ts';

const meets: Record<Lang, string> = {
  fi: 'Ryhmä kokoontuu {paikassa} {päivä} {aika}.',
  sv: 'Gruppen träffas {på_plats} {dag} {tid}.',
  en: 'The group meets {at_place} {day} {time}.',
};

function body(ctx: BuildContext, service: ServicePlan, channel: ChannelPlan) {
  const random = ctx.root.fork(`connection:${service.id}:${channel.id}`);
  const fillCtx = {
    municipality: channel.municipality,
    org: {
      fi: channel.owner.names.fi,
      sv: channel.owner.names.sv ?? channel.owner.names.fi,
      en: channel.owner.names.en ?? channel.owner.names.fi,
    },
    place: channel.place,
    district: channel.district,
    slot: service.slot,
  };
  const atLocation = channel.kind === 'location' && service.slot !== undefined;
  const description: ReturnType<typeof localized> = [];
  if (atLocation && random.chance(0.5)) {
    for (const lang of service.languages)
      description.push(...localized('Description', { [lang]: fill(meets[lang], lang, fillCtx) }));
  }
  if (random.chance(0.03)) {
    description.push(
      ...localized('ChargeTypeAdditionalInfo', { fi: 'Osallistuminen on maksutonta.' }),
    );
  }
  const withContacts = random.chance(0.08);
  return {
    serviceChargeType: random.chance(0.08) ? random.pick(['FreeOfCharge', 'Chargeable']) : null,
    description,
    extraTypes: random.chance(0.01)
      ? [
          {
            type: 'Asti',
            code: 'OnsiteGuidance',
            name: languageItems({
              fi: 'Asiointipisteen neuvonta',
              sv: 'Rådgivning vid serviceställe',
            }),
            description: [],
          },
        ]
      : [],
    serviceHours:
      atLocation && random.chance(0.7)
        ? [slotHours(service.slot!, languageItems({ fi: 'Ryhmän kokoontumisaika' }))]
        : [],
    contactDetails: withContacts
      ? {
          emails: [emailItem(email(random, service.provider), 'fi')],
          phoneNumbers: [
            phoneItem(mobile(random), 'fi', { type: 'Phone', info: 'Ryhmän ohjaaja' }),
          ],
          webPages: [],
          addresses: random.chance(0.25)
            ? [contactAddress(random, randomSite(random, channel.municipality))]
            : [],
        }
      : null,
    digitalAuthorizations: [],
    modified: randomModified(random, ctx.reference, 700),
  };
}

/** `serviceChannels[]` entry of a service. */
export function serviceSideConnection(
  ctx: BuildContext,
  service: ServicePlan,
  channel: ChannelPlan,
) {
  return {
    serviceChannel: { id: channel.id, name: displayName(channel.names) },
    ...body(ctx, service, channel),
  };
}

/** `services[]` entry of a channel: the mirror of the service side. */
export function channelSideConnection(
  ctx: BuildContext,
  service: ServicePlan,
  channel: ChannelPlan,
) {
  return {
    service: { id: service.id, name: displayName(service.names) },
    ...body(ctx, service, channel),
  };
}
