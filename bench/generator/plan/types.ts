/**
 * The dump plan: every organisation, service and channel with its id, relations and the choices
 * that both sides of a relation must agree on (names, connections, roles). Wire objects are
 * built from the plan one at a time, so memory stays proportional to the plan, not the JSON.
 */
import type { Municipality } from '../data/municipalities.ts';
import type { OrgType } from '../data/organizations.ts';
import type { ChannelKind, ServiceTemplate, Texts } from '../templates/types.ts';
import type { Lang, Slot } from '../text/fill.ts';
import type { PlaceKey } from '../data/places.ts';
import type { LineKey } from '../data/lines.ts';

export type PublishingStatus = 'Published' | 'Deleted' | 'Modified' | 'OldPublished' | 'Draft';

export type OrgKind =
  | 'county'
  | 'countyUnit'
  | 'municipality'
  | 'municipalUnit'
  | 'parish'
  | 'parishUnion'
  | 'association'
  | 'national'
  | 'state'
  | 'stateUnit'
  | 'regional'
  | 'company';

export interface OrgServiceRef {
  service: ServicePlan;
  roleType: 'Responsible' | 'OtherResponsible' | 'Producer';
  provisionType: 'SelfProducedServices' | 'ProcuredServices' | 'Other' | null;
}

export interface OrgPlan {
  id: string;
  index: number;
  kind: OrgKind;
  type: OrgType;
  names: Texts;
  alternative?: Texts;
  preferAlternative?: boolean;
  /** Northern Sámi name, published by a few national bodies. */
  se?: string;
  summary: Texts;
  /** Where the visiting address is. */
  home: Municipality;
  /** The municipality a Municipality-type organisation is (or belongs to). */
  municipality: Municipality | null;
  /** Municipalities served; `null` for nationwide bodies. */
  areaCodes: string[] | null;
  nationwide: boolean;
  parent: OrgPlan | null;
  children: OrgPlan[];
  businessCode: string | null;
  domain: string;
  /** Fixed provider key, association/company kind or unit key. */
  key: string;
  /** Text languages, majority language first. */
  languages: Lang[];
  status: PublishingStatus;
  services: OrgServiceRef[];
}

export interface ServiceOrgLink {
  org: OrgPlan | null;
  roleType: 'Responsible' | 'OtherResponsible' | 'Producer';
  provisionType: 'SelfProducedServices' | 'ProcuredServices' | 'Other' | null;
  /** Producer described only in text (organization: null). */
  info?: Texts;
}

export interface ServicePlan {
  id: string;
  index: number;
  template: ServiceTemplate;
  provider: OrgPlan;
  municipality: Municipality;
  names: Partial<Record<Lang, string>>;
  /** Text languages in the order PTV lists them. */
  languages: Lang[];
  /** District of a big municipality the service is local to (its library branch, youth centre…). */
  district?: Municipality['districts'][number];
  slot?: Slot;
  ontologyTerms: string[];
  organizations: ServiceOrgLink[];
  channels: ChannelPlan[];
  status: PublishingStatus;
}

export interface ChannelPlan {
  id: string;
  index: number;
  kind: ChannelKind;
  owner: OrgPlan;
  municipality: Municipality;
  place?: PlaceKey;
  district?: Municipality['districts'][number];
  line?: LineKey;
  names: Partial<Record<Lang, string>>;
  languages: Lang[];
  /** Published services connected to this channel, in connection order. */
  services: ServicePlan[];
  status: PublishingStatus;
  /** Nationwide channel (national helplines and e-services). */
  nationwide: boolean;
}

/** The whole plan of a dump. */
export interface DumpPlan {
  organizations: OrgPlan[];
  services: ServicePlan[];
  channels: ChannelPlan[];
}

/** The display name PTV puts in references: fi, else sv, else en. */
export function displayName(names: Partial<Record<Lang, string>>): string | null {
  return names.fi ?? names.sv ?? names.en ?? null;
}
