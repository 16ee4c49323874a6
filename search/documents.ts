import type { OrganizationKind } from '../schema/constants.ts';
import type { ServiceHours } from '../schema/catalogue/hours.ts';
import type { Db } from '../schema/db.ts';
import type { Localized } from '../schema/localized.ts';
import type { ChannelMode, SearchDocument } from './contract.ts';
import { joinLocalized, stripMarkdown } from './plain-text.ts';
import { createThemeMatcher, type ThemeCodes } from './themes.ts';

export interface ReadDocumentsOptions {
  /** Need themes to map services to (search/needs `needThemes`); none = no themes. */
  themes?: readonly ThemeCodes[];
  /** Services read per round trip (default 500: one batch blocks the event loop for a few ms). */
  batchSize?: number;
}

const MODES: Record<string, ChannelMode> = {
  ServiceLocation: 'visit',
  Phone: 'phone',
  EChannel: 'online',
  WebPage: 'online',
  PrintableForm: 'online',
};

interface ChannelInfo {
  mode: ChannelMode | undefined;
  location: { lat: number; lon: number; municipalityCode: string | null } | null;
  hours: ServiceHours[];
  accessible: boolean;
}

interface ServiceRow {
  id: string;
  charge_type: string | null;
  area_type: string | null;
  name: string;
  alternative_name: string;
  summary: string;
  description: string;
  user_instruction: string;
  requirements: string;
  keywords: string;
  languages: string;
  responsible_organization_id: string | null;
  source_modified_at: string;
}

const parse = <T>(json: string | null, empty: T): T =>
  json && json !== '[]' && json !== '{}' ? (JSON.parse(json) as T) : empty;

interface ChannelRow {
  id: string;
  type: string;
  lat: number | null;
  lon: number | null;
  municipalityCode: string | null;
  hours: string;
  entrances: string;
  accessibility: string;
}

function toChannelInfo(row: ChannelRow): ChannelInfo {
  const visit = row.type === 'ServiceLocation';
  const entrances = visit ? parse<{ groups: { sentences: unknown[] }[] }[]>(row.entrances, []) : [];
  return {
    mode: MODES[row.type],
    location:
      visit && row.lat !== null && row.lon !== null
        ? { lat: row.lat, lon: row.lon, municipalityCode: row.municipalityCode }
        : null,
    hours: parse<ServiceHours[]>(row.hours, []),
    accessible:
      visit &&
      (parse<unknown[]>(row.accessibility, []).length > 0 ||
        entrances.some((e) => e.groups.some((g) => g.sentences.length > 0))),
  };
}

function groupBy<T extends { serviceId: string }>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.serviceId);
    if (group) group.push(row);
    else groups.set(row.serviceId, [row]);
  }
  return groups;
}

/**
 * Reads one search document per published service (`deleted_at is null`), in id order, a batch of
 * services with their child rows and channels at a time, so a catalogue of 100,000 services
 * streams in seconds without blocking for long. Organisations and classifications, which are
 * few, are read once up front.
 */
export function* readSearchDocuments(
  db: Db,
  options: ReadDocumentsOptions = {},
): Generator<SearchDocument> {
  const batchSize = options.batchSize ?? 500;
  const themesOf = createThemeMatcher(options.themes ?? []);
  const sql = db.$client;
  const organizations = new Map(
    (
      sql.prepare('select id, kind, name from organizations where deleted_at is null').all() as {
        id: string;
        kind: OrganizationKind;
        name: string;
      }[]
    ).map((o) => [o.id, { kind: o.kind, name: parse<Localized>(o.name, {}) }]),
  );
  const classifications = new Map(
    (
      sql.prepare('select id, kind, code, uri, name from classifications').all() as {
        id: string;
        kind: string;
        code: string | null;
        uri: string | null;
        name: string;
      }[]
    ).map((c) => [
      c.id,
      {
        kind: c.kind,
        key: c.kind === 'ontology_term' ? (c.uri ?? c.id) : (c.code ?? c.id),
        name: parse<Localized>(c.name, {}),
      },
    ]),
  );
  const servicesStmt = sql.prepare(
    `select id, charge_type, area_type, name, alternative_name, summary, description, user_instruction, requirements,
       keywords, languages, responsible_organization_id, source_modified_at
     from services where deleted_at is null and id > ? order by id limit ?`,
  );
  const range = 'where service_id >= ? and service_id <= ? order by service_id';
  const orgStmt = sql.prepare(
    `select service_id as serviceId, organization_id as id from service_organizations ${range}, position`,
  );
  const classStmt = sql.prepare(
    `select service_id as serviceId, classification_id as id from service_classifications ${range}`,
  );
  const municipalityStmt = sql.prepare(
    `select service_id as serviceId, municipality_code as code from service_municipalities ${range}, municipality_code`,
  );
  // Channels are read per batch (those its services use), so no single read blocks for long.
  const channelInfoStmt = sql.prepare(
    `select id, type, lat, lon, municipality_code as municipalityCode, hours, entrances, accessibility
     from channels where deleted_at is null
       and id in (select channel_id from service_channels where service_id >= ? and service_id <= ?)`,
  );
  const channelStmt = sql.prepare(
    `select service_id as serviceId, channel_id as id, hours from service_channels ${range}, position`,
  );

  let after = '';
  for (;;) {
    const batch = servicesStmt.all(after, batchSize) as ServiceRow[];
    if (batch.length === 0) return;
    const bounds = [batch[0]!.id, batch.at(-1)!.id];
    after = bounds[1]!;
    const orgRows = groupBy(orgStmt.all(...bounds) as { serviceId: string; id: string | null }[]);
    const classRows = groupBy(classStmt.all(...bounds) as { serviceId: string; id: string }[]);
    const municipalityRows = groupBy(
      municipalityStmt.all(...bounds) as { serviceId: string; code: string }[],
    );
    const channels = new Map(
      (channelInfoStmt.all(...bounds) as ChannelRow[]).map((row) => [row.id, toChannelInfo(row)]),
    );
    const channelRows = groupBy(
      channelStmt.all(...bounds) as { serviceId: string; id: string; hours: string }[],
    );

    for (const row of batch) {
      const organizationIds = [...new Set((orgRows.get(row.id) ?? []).map((o) => o.id))].filter(
        (id): id is string => id !== null && organizations.has(id),
      );
      const orgs = organizationIds.map((id) => organizations.get(id)!);
      const codes = {
        service_class: [] as string[],
        ontology_term: [] as string[],
        target_group: [] as string[],
        life_event: [] as string[],
      };
      const classificationNames: Localized[] = [];
      for (const { id } of classRows.get(row.id) ?? []) {
        const c = classifications.get(id);
        if (!c || !(c.kind in codes)) continue;
        codes[c.kind as keyof typeof codes].push(c.key);
        classificationNames.push(c.name);
      }
      const connected = (channelRows.get(row.id) ?? []).flatMap((c) => {
        const channel = channels.get(c.id);
        return channel ? [{ channel, hours: parse<ServiceHours[]>(c.hours, []) }] : [];
      });
      const schedules = connected
        .map((c) => (c.hours.length > 0 ? c.hours : c.channel.hours))
        .filter((h) => h.length > 0);
      const keywords = parse<Record<string, string[]>>(row.keywords, {});
      const document: SearchDocument = {
        id: row.id,
        name: parse<Localized>(row.name, {}),
        alternativeName: parse<Localized>(row.alternative_name, {}),
        summary: joinLocalized([parse<Localized>(row.summary, {})]),
        body: joinLocalized(
          [row.description, row.user_instruction, row.requirements].map((t) =>
            parse<Localized>(t, {}),
          ),
        ),
        keywords: Object.fromEntries(
          Object.entries(keywords).map(([lang, words]) => [lang, words.map(stripMarkdown)]),
        ),
        classificationNames,
        organizationIds,
        organizationNames: orgs.map((o) => o.name),
        organizationKinds: [...new Set(orgs.map((o) => o.kind))],
        responsibleOrganizationId: row.responsible_organization_id,
        serviceClasses: codes.service_class,
        ontologyTerms: codes.ontology_term,
        targetGroups: codes.target_group,
        lifeEvents: codes.life_event,
        themes: [],
        municipalities: (municipalityRows.get(row.id) ?? []).map((m) => m.code),
        nationwide:
          row.area_type === 'Nationwide' || row.area_type === 'NationwideExceptAlandIslands',
        languages: parse<string[]>(row.languages, []),
        free: row.charge_type === 'FreeOfCharge' ? true : row.charge_type === null ? null : false,
        channelModes: [
          ...new Set(
            connected.map((c) => c.channel.mode).filter((m): m is ChannelMode => m !== undefined),
          ),
        ],
        accessible: connected.some((c) => c.channel.accessible),
        locations: connected.map((c) => c.channel.location).filter((l) => l !== null),
        hours: schedules.flat(),
        schedules,
        updatedAt: row.source_modified_at,
      };
      document.themes = themesOf(document);
      yield document;
    }
  }
}
