/**
 * Deliberately malformed records for quarantine tests. Each takes a valid record of its kind and
 * breaks one thing an ingest must reject, leaving the fields a server lists by (id, status,
 * modified, areas) intact so the record is still served; the file name still equals the `id`. Malformed
 * organisations are made responsible for malformed services, so an ingest discovers them the
 * way it discovers any organisation (`GET /Organization` lists only those with services).
 */
import type { Random } from './random.ts';

export interface MalformedEntry {
  kind: 'service' | 'channel' | 'organization';
  id: string;
  defect: string;
}

type Json = Record<string, unknown>;

const defects: { kind: MalformedEntry['kind']; defect: string; apply: (record: Json) => void }[] = [
  {
    kind: 'service',
    defect: 'serviceNames is a string, not an array',
    apply: (r) => {
      r.serviceNames = 'Ystävätoiminta';
    },
  },
  {
    kind: 'service',
    defect: 'organizations[0].organization.id is not a GUID',
    apply: (r) => {
      r.organizations = [
        {
          organization: { id: 'kaarinan-seurakunta-42', name: 'Kaarinan seurakunta' },
          roleType: 'Responsible',
          provisionType: null,
          additionalInformation: [],
        },
      ];
    },
  },
  {
    kind: 'service',
    defect: 'targetGroups holds strings where classification objects belong',
    apply: (r) => {
      r.targetGroups = ['KR1', 'KR1.1'];
    },
  },
  {
    kind: 'channel',
    defect: 'organizationId is not a GUID',
    apply: (r) => {
      r.organizationId = '0000-invalid';
    },
  },
  {
    kind: 'channel',
    defect: 'serviceHours is a string',
    apply: (r) => {
      r.serviceHours = 'ma–pe 8–16';
    },
  },
  {
    kind: 'organization',
    defect: 'organizationNames is an object, not an array',
    apply: (r) => {
      r.organizationNames = { fi: 'Turun kaupunki' };
    },
  },
  {
    kind: 'organization',
    defect: 'organizationType is a number',
    apply: (r) => {
      r.organizationType = 3;
    },
  },
  {
    kind: 'service',
    defect: 'keywords is a string, not an array',
    apply: (r) => {
      r.keywords = 'velka, raha, laskut';
    },
  },
];

/**
 * `count` malformed copies of the given valid records, cycling through the defects. Each copy
 * gets a fresh id from `random`.
 */
export function malformedRecords(
  random: Random,
  count: number,
  samples: Record<MalformedEntry['kind'], Json>,
): { entry: MalformedEntry; record: Json }[] {
  const out: { entry: MalformedEntry; record: Json }[] = [];
  for (let i = 0; i < count; i++) {
    const d = defects[i % defects.length];
    const record = structuredClone(samples[d.kind]);
    const id = random.uuid();
    record.id = id;
    record.publishingStatus = 'Published';
    d.apply(record);
    out.push({ entry: { kind: d.kind, id, defect: d.defect }, record });
  }
  const hosts = out.filter(
    (m) => m.entry.kind === 'service' && !m.entry.defect.startsWith('organizations'),
  );
  const orgs = out.filter((m) => m.entry.kind === 'organization');
  orgs.forEach((org, i) => {
    const host = hosts[i % Math.max(1, hosts.length)];
    if (!host) return;
    host.record.organizations = [
      {
        organization: { id: org.entry.id, name: 'Virheellinen organisaatio' },
        roleType: 'Responsible',
        provisionType: null,
        additionalInformation: [],
      },
    ];
  });
  return out;
}
