import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateAndRead, published, type Json, type ReadDump } from './dump.ts';

let dump: ReadDump;
beforeAll(async () => {
  dump = await generateAndRead({ services: 600, seed: 'integrity' });
});
afterAll(() => dump.remove());

const connectionBody = (c: Json) => {
  const { serviceChannel: _s, service: _v, ...rest } = c;
  return rest;
};

describe('dump layout', () => {
  it('writes one folder per entity kind, the code lists and MALFORMED.json, nothing else', async () => {
    expect((await readdir(dump.dir)).sort()).toEqual([
      'MALFORMED.json',
      'channels',
      'codes',
      'organizations',
      'services',
    ]);
    expect((await readdir(`${dump.dir}/codes`)).sort()).toEqual([
      'AreaCodes-BusinessRegions.json',
      'AreaCodes-HospitalRegions.json',
      'AreaCodes-Province.json',
      'CountryCodes.json',
      'LanguageCodes.json',
      'MunicipalityCodes.json',
      'PostalCodes.json',
    ]);
    expect(dump.malformed).toEqual([]);
  });

  it('names every file after the id inside it', () => {
    for (const records of [dump.services, dump.channels, dump.organizations]) {
      for (const [file, record] of records) expect(record.id).toBe(file);
    }
  });

  it('reports the counts it wrote', () => {
    expect(dump.summary.services.total).toBe(dump.services.size);
    expect(dump.summary.channels.total).toBe(dump.channels.size);
    expect(dump.summary.organizations.total).toBe(dump.organizations.size);
  });
});

describe('referential integrity', () => {
  it('points published services only at published channels and organisations that exist', () => {
    for (const s of published(dump.services)) {
      for (const c of s.serviceChannels ?? [])
        expect(dump.channels.get(c.serviceChannel.id)?.publishingStatus, s.id).toBe('Published');
      for (const o of s.organizations)
        if (o.organization)
          expect(dump.organizations.get(o.organization.id)?.publishingStatus).toBe('Published');
    }
  });

  it('points unpublished records at files that exist', () => {
    for (const s of dump.services.values()) {
      for (const c of s.serviceChannels ?? [])
        expect(dump.channels.has(c.serviceChannel.id)).toBe(true);
      for (const o of s.organizations)
        if (o.organization) expect(dump.organizations.has(o.organization.id)).toBe(true);
    }
    for (const c of dump.channels.values())
      expect(dump.organizations.has(c.organizationId)).toBe(true);
  });

  it('mirrors every connection on the channel side with the same body', () => {
    for (const s of published(dump.services)) {
      for (const c of s.serviceChannels ?? []) {
        const mirror = dump.channels
          .get(c.serviceChannel.id)!
          .services.find((x: Json) => x.service.id === s.id);
        expect(mirror, `${s.id} -> ${c.serviceChannel.id}`).toBeDefined();
        expect(connectionBody(mirror)).toEqual(connectionBody(c));
      }
    }
    for (const channel of dump.channels.values()) {
      for (const entry of channel.services ?? []) {
        const service = dump.services.get(entry.service.id)!;
        expect(service.publishingStatus).toBe('Published');
        expect(service.serviceChannels.some((c: Json) => c.serviceChannel.id === channel.id)).toBe(
          true,
        );
      }
    }
  });

  it("mirrors service.organizations in each organisation's services list", () => {
    const expected = new Map<string, string[]>();
    for (const s of published(dump.services)) {
      for (const o of s.organizations) {
        if (o.organization)
          expected.set(o.organization.id, [
            ...(expected.get(o.organization.id) ?? []),
            `${s.id}|${o.roleType}`,
          ]);
      }
    }
    for (const org of dump.organizations.values()) {
      const listed = org.services.map((x: Json) => `${x.service.id}|${x.roleType}`).sort();
      expect(listed, org.id).toEqual((expected.get(org.id) ?? []).sort());
    }
  });

  it('links parents and sub-organisations both ways, hiding unpublished parents', () => {
    for (const org of dump.organizations.values()) {
      if (org.parentOrganizationId) {
        const parent = dump.organizations.get(org.parentOrganizationId)!;
        expect(parent.publishingStatus).toBe('Published');
        if (org.publishingStatus === 'Published')
          expect(parent.subOrganizations.map((c: Json) => c.id)).toContain(org.id);
      }
      if (org.publishingStatus !== 'Published') continue;
      for (const child of org.subOrganizations ?? [])
        expect(dump.organizations.get(child.id)!.parentOrganizationId).toBe(org.id);
    }
    for (const org of dump.organizations.values())
      expect(dump.organizations.has(org.organizationRootId)).toBe(true);
    const orphans = [...dump.organizations.values()].filter(
      (o) => o.publishingStatus === 'Deleted' && o.subOrganizations?.length,
    );
    expect(orphans.length).toBeGreaterThan(0);
    for (const child of orphans[0].subOrganizations)
      expect(dump.organizations.get(child.id)!.parentOrganizationId).toBeNull();
  });

  it('also writes a few unpublished records of every kind', () => {
    for (const records of [dump.services, dump.channels, dump.organizations]) {
      const statuses = new Set([...records.values()].map((r) => r.publishingStatus));
      expect(statuses.has('Published')).toBe(true);
      expect([...statuses].some((s) => s !== 'Published')).toBe(true);
      expect(published(records).length / records.size).toBeGreaterThan(0.9);
    }
  });
});

describe('scale and ratios', () => {
  it('has about 0.6–0.9 channels per service and all five channel types', () => {
    const ratio = dump.channels.size / dump.services.size;
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(1);
    expect(new Set([...dump.channels.values()].map((c) => c.serviceChannelType))).toEqual(
      new Set(['ServiceLocation', 'Phone', 'WebPage', 'EChannel', 'PrintableForm']),
    );
  });

  it('has every organisation kind, the county typed Region', () => {
    const types = new Set([...dump.organizations.values()].map((o) => o.organizationType));
    expect(types).toEqual(
      new Set([
        'Region',
        'Municipality',
        'Organization',
        'State',
        'Company',
        'RegionalOrganization',
      ]),
    );
    const names = [...dump.organizations.values()].flatMap((o) =>
      o.organizationNames.map((n: Json) => n.value as string),
    );
    expect(names).toContain('Varsinais-Suomen hyvinvointialue');
    expect(names.some((n) => n.endsWith('seurakunta'))).toBe(true);
    expect(names.some((n) => n.endsWith('församling'))).toBe(true);
    expect(names.some((n) => n.endsWith('seurakuntayhtymä'))).toBe(true);
    expect(names.some((n) => n.endsWith(' ry'))).toBe(true);
    expect(names.some((n) => n.endsWith(' Oy'))).toBe(true);
  });

  it('never repeats a service name under the same provider', () => {
    const seen = new Set<string>();
    for (const s of dump.services.values()) {
      const key = `${s.organizations[0].organization.id}|${s.serviceNames.find((n: Json) => n.type === 'Name').value}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
});
