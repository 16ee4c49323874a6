/**
 * The PTV dump generator: writes a directory of PTV Open API v11 records for Varsinais-Suomi that
 * the replay server serves to the ingest job.
 *
 *   <dir>/organizations/<id>.json   one V10 organisation each
 *   <dir>/services/<id>.json        one V11 service each
 *   <dir>/channels/<id>.json        one concrete channel each (shape by serviceChannelType)
 *   <dir>/codes/MunicipalityCodes.json, LanguageCodes.json, CountryCodes.json, PostalCodes.json,
 *               AreaCodes-{Province,HospitalRegions,BusinessRegions}.json
 *   <dir>/MALFORMED.json            ids of deliberately broken records (an empty list by default)
 *
 * The same seed and service count give byte-identical files.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildChannel } from './build/channel.ts';
import { buildContext } from './build/context.ts';
import { buildOrganization } from './build/organization.ts';
import { buildService } from './build/service.ts';
import {
  areaCodes,
  countryCodes,
  languageCodes,
  municipalityCodes,
  postalCodes,
  type AreaCodeType,
} from './codes.ts';
import { malformedRecords, type MalformedEntry } from './malformed.ts';
import { planOrganizations } from './plan/organizations.ts';
import { planServices } from './plan/services.ts';
import type { DumpPlan, PublishingStatus } from './plan/types.ts';
import { Random } from './random.ts';
import { DumpWriter } from './writer.ts';

export interface GenerateOptions {
  /** Output directory; its generated subfolders and files are replaced. */
  out: string;
  /** Number of services (published and unpublished), 1 to 100 000 or more. */
  services: number;
  seed: string | number;
  /** Extra deliberately malformed records, listed in MALFORMED.json. */
  malformed?: number;
  /** "Today" of the dump, `yyyy-MM-dd`: modified dates lie before it, holiday hours after. */
  referenceDate?: string;
}

export interface StatusCounts {
  total: number;
  published: number;
  unpublished: number;
}

export interface GenerateSummary {
  dir: string;
  seed: string;
  referenceDate: string;
  services: StatusCounts;
  channels: StatusCounts & { byType: Record<string, number> };
  organizations: StatusCounts & { byType: Record<string, number> };
  malformed: MalformedEntry[];
  files: number;
  bytes: number;
  seconds: number;
}

const DEFAULT_REFERENCE = '2026-03-01';
const CHANNEL_TYPE = {
  location: 'ServiceLocation',
  phone: 'Phone',
  web: 'WebPage',
  echannel: 'EChannel',
  form: 'PrintableForm',
} as const;

const counts = (items: { status: PublishingStatus }[]): StatusCounts => {
  const published = items.filter((i) => i.status === 'Published').length;
  return { total: items.length, published, unpublished: items.length - published };
};
const tally = (values: string[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

/** Plans a dump without writing it: organisations, services and channels with their relations. */
export function planDump(seed: string | number, serviceCount: number): DumpPlan {
  const root = new Random(`ptv-dump/${seed}`);
  const orgs = planOrganizations(root.fork('organizations'), serviceCount);
  const { services, channels } = planServices(root.fork('services'), orgs, serviceCount);
  return { organizations: orgs.all, services, channels };
}

/** Generates a dump directory and reports what it wrote. */
export async function generateDump(options: GenerateOptions): Promise<GenerateSummary> {
  const started = performance.now();
  if (!Number.isInteger(options.services) || options.services < 1)
    throw new Error(`services must be a positive integer, got ${options.services}`);
  const referenceDate = options.referenceDate ?? DEFAULT_REFERENCE;
  const reference = new Date(`${referenceDate}T00:00:00Z`);
  if (Number.isNaN(reference.getTime()))
    throw new Error(`referenceDate must be yyyy-MM-dd, got ${referenceDate}`);
  const seed = String(options.seed);

  // Stale files from an earlier run would break determinism and referential integrity.
  for (const part of ['organizations', 'services', 'channels', 'codes', 'MALFORMED.json']) {
    await rm(join(options.out, part), { recursive: true, force: true });
  }
  const plan = planDump(seed, options.services);
  const ctx = buildContext(new Random(`ptv-content/${seed}`), reference);
  const writer = new DumpWriter(options.out);
  const samples: Partial<Record<MalformedEntry['kind'], Record<string, unknown>>> = {};

  for (const service of plan.services) {
    const record = buildService(ctx, service);
    samples.service ??= record;
    await writer.write(`services/${service.id}.json`, record);
  }
  for (const channel of plan.channels) {
    const record = buildChannel(ctx, channel);
    samples.channel ??= record;
    await writer.write(`channels/${channel.id}.json`, record);
  }
  for (const org of plan.organizations) {
    const record = buildOrganization(ctx, org);
    samples.organization ??= record;
    await writer.write(`organizations/${org.id}.json`, record);
  }
  const malformed = malformedRecords(
    new Random(`ptv-malformed/${seed}`),
    options.malformed ?? 0,
    samples as Record<MalformedEntry['kind'], Record<string, unknown>>,
  );
  for (const { entry, record } of malformed) {
    await writer.write(
      `${entry.kind === 'organization' ? 'organizations' : `${entry.kind}s`}/${entry.id}.json`,
      record,
    );
  }
  await writer.write(
    'MALFORMED.json',
    malformed.map((m) => m.entry),
  );
  await writer.write('codes/MunicipalityCodes.json', municipalityCodes());
  await writer.write('codes/LanguageCodes.json', languageCodes());
  await writer.write('codes/CountryCodes.json', countryCodes());
  await writer.write('codes/PostalCodes.json', postalCodes());
  for (const type of ['Province', 'HospitalRegions', 'BusinessRegions'] as AreaCodeType[]) {
    await writer.write(`codes/AreaCodes-${type}.json`, areaCodes(type));
  }
  await writer.flush();

  return {
    dir: options.out,
    seed,
    referenceDate,
    services: counts(plan.services),
    channels: {
      ...counts(plan.channels),
      byType: tally(plan.channels.map((c) => CHANNEL_TYPE[c.kind])),
    },
    organizations: {
      ...counts(plan.organizations),
      byType: tally(plan.organizations.map((o) => o.type)),
    },
    malformed: malformed.map((m) => m.entry),
    files: writer.files,
    bytes: writer.bytes,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
