import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startReplayServer, type ReplayServer } from '../../ingest/replay/server.ts';
import { fingerprint } from '../../ingest/fingerprint.ts';
import {
  buildPtvChannel,
  buildPtvOrganization,
  buildPtvService,
  writeDump,
} from '../factories/ptv.ts';
import { createTestApp, indexCatalogue } from '../helpers/app.ts';
import { createTestDb, tempDir } from '../helpers/db.ts';
import { ingest } from '../helpers/ingest.ts';

function scenario() {
  const parent = buildPtvOrganization({
    organizationNames: [
      { language: 'fi', value: 'Turun ja Kaarinan seurakuntayhtymä', type: 'Name' },
    ],
  });
  const org = buildPtvOrganization({
    parentOrganizationId: parent.id,
    organizationNames: [{ language: 'fi', value: 'Diakoniatyö', type: 'Name' }],
  });
  const location = buildPtvChannel({ organizationId: org.id });
  const phone = buildPtvChannel({
    serviceChannelType: 'Phone',
    organizationId: org.id,
    addresses: [],
  });
  const services = Array.from({ length: 30 }, (_, i) =>
    buildPtvService({
      organizationId: org.id,
      channelIds: i % 2 ? [location.id, phone.id] : [location.id],
      modified: `2026-01-0${1 + (i % 9)}T10:00:0${i % 10}.5`,
    }),
  );
  const archived = buildPtvService({ organizationId: org.id, publishingStatus: 'Deleted' });
  const elsewhere = buildPtvService({
    organizationId: org.id,
    areas: [
      {
        type: 'Municipality',
        code: null,
        name: null,
        municipalities: [{ code: '091', name: [{ value: 'Helsinki', language: 'fi' }] }],
      },
    ],
  });
  const nationwide = buildPtvService({ organizationId: org.id, areaType: 'Nationwide', areas: [] });
  return { parent, org, location, phone, services, archived, elsewhere, nationwide };
}

describe('PTV sync through the replay server', () => {
  let dump: ReturnType<typeof tempDir>;
  let replay: ReplayServer;
  let data: ReturnType<typeof scenario>;

  beforeEach(async () => {
    dump = tempDir('tarjotin-dump-');
    data = scenario();
    writeDump(dump.dir, {
      organizations: [data.parent, data.org],
      channels: [data.location, data.phone],
      services: [...data.services, data.archived, data.elsewhere, data.nationwide],
    });
    replay = await startReplayServer({ dir: dump.dir, watch: false });
  });

  afterEach(async () => {
    await replay.close();
    dump.cleanup();
  });

  it('ingests every published service in scope with its channels and organisations, readable by id', async () => {
    const db = createTestDb();
    const summary = await ingest(db, replay.url);
    expect(summary.counts).toMatchObject({ inserted: 31 + 2 + 2, quarantined: 0 });
    const { app } = createTestApp({ db });
    for (const s of [...data.services, data.nationwide]) {
      expect((await app.request(`/api/services/${s.id}`)).status).toBe(200);
    }
    const body = await (await app.request(`/api/services/${data.services[1].id}`)).json();
    expect(body.channels.map((c: { id: string }) => c.id)).toEqual([
      data.location.id,
      data.phone.id,
    ]);
    expect(body.responsibleOrganization).toMatchObject({ id: data.org.id, kind: 'parish' });
    expect((await app.request(`/api/channels/${data.phone.id}`)).status).toBe(200);
    expect((await app.request(`/api/organizations/${data.parent.id}`)).status).toBe(200);
  });

  it('does not make unpublished or out-of-scope services readable', async () => {
    const db = createTestDb();
    await ingest(db, replay.url);
    const { app } = createTestApp({ db });
    expect((await app.request(`/api/services/${data.archived.id}`)).status).toBe(404);
    expect((await app.request(`/api/services/${data.elsewhere.id}`)).status).toBe(404);
  });

  it('updates exactly the one changed service on an incremental run', async () => {
    const db = createTestDb();
    await ingest(db, replay.url, { now: () => new Date('2026-02-01T00:00:00Z') });
    const target = data.services[3];
    const path = join(dump.dir, 'services', `${target.id}.json`);
    const changed = JSON.parse(readFileSync(path, 'utf8'));
    changed.serviceNames[0].value = 'Omaishoitajien vertaistukiryhmä (uusi)';
    changed.modified = '2026-02-01T12:00:00.25';
    writeFileSync(path, JSON.stringify(changed));
    await replay.rescan();
    const before = db.$client.prepare('select id, content_hash from services order by id').all();
    const summary = await ingest(db, replay.url, {
      mode: 'incremental',
      now: () => new Date('2026-02-02T00:00:00Z'),
    });
    expect(summary.mode).toBe('incremental');
    expect(summary.counts).toMatchObject({ fetched: 1, updated: 1, inserted: 0, deleted: 0 });
    const after = db.$client.prepare('select id, content_hash from services order by id').all() as {
      id: string;
      content_hash: string;
    }[];
    const differing = after.filter(
      (row, i) => row.content_hash !== (before[i] as typeof row).content_hash,
    );
    expect(differing.map((r) => r.id)).toEqual([target.id]);
  });

  it('removes a service PTV archived since the last run', async () => {
    const db = createTestDb();
    await ingest(db, replay.url, { now: () => new Date('2026-02-01T00:00:00Z') });
    const target = data.services[5];
    const path = join(dump.dir, 'services', `${target.id}.json`);
    writeFileSync(
      path,
      JSON.stringify({
        ...JSON.parse(readFileSync(path, 'utf8')),
        publishingStatus: 'Deleted',
        modified: '2026-02-01T08:00:00',
      }),
    );
    await replay.rescan();
    const summary = await ingest(db, replay.url, {
      mode: 'incremental',
      now: () => new Date('2026-02-02T00:00:00Z'),
    });
    expect(summary.counts.deleted).toBe(1);
    const { app } = createTestApp({ db });
    expect((await app.request(`/api/services/${target.id}`)).status).toBe(404);
  });

  it('lists a service found by search under the name of the latest sync run, within a second', async () => {
    const db = createTestDb();
    const { app, deps } = createTestApp({ db });
    await ingest(db, replay.url, { now: () => new Date('2026-02-01T00:00:00Z') });
    await indexCatalogue(deps);
    const target = data.services[9];
    const listed = async () => {
      const body = (await (
        await app.request('/api/search?q=vertaistukiryhmä&limit=100')
      ).json()) as {
        hits: { id: string; name: { value: string } }[];
      };
      return body.hits.find((h) => h.id === target.id)?.name.value;
    };
    expect(await listed()).toBe(target.serviceNames[0]!.value);
    const path = join(dump.dir, 'services', `${target.id}.json`);
    const renamed = JSON.parse(readFileSync(path, 'utf8'));
    renamed.serviceNames[0].value = 'Vertaistukiryhmä uudella nimellä';
    writeFileSync(path, JSON.stringify({ ...renamed, modified: '2026-02-01T12:00:00' }));
    await replay.rescan();
    await ingest(db, replay.url, {
      mode: 'incremental',
      now: () => new Date('2026-02-02T00:00:00Z'),
    });
    // The index still holds the old text until it is rebuilt; the listing follows the catalogue
    // within a second (the catalogue version is read at most once a second).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await listed()).toBe('Vertaistukiryhmä uudella nimellä');
  });

  it('counts the catalogue in the health check anew after each sync run', async () => {
    const db = createTestDb();
    const { app } = createTestApp({ db });
    const services = async () =>
      ((await (await app.request('/api/health')).json()) as { catalogue: { services: number } })
        .catalogue.services;
    expect(await services()).toBe(0);
    await ingest(db, replay.url, { now: () => new Date('2026-02-01T00:00:00Z') });
    expect(await services()).toBe(31);
    const target = data.services[7];
    const path = join(dump.dir, 'services', `${target.id}.json`);
    const archived = { ...JSON.parse(readFileSync(path, 'utf8')), publishingStatus: 'Deleted' };
    writeFileSync(path, JSON.stringify({ ...archived, modified: '2026-02-01T08:00:00' }));
    await replay.rescan();
    await ingest(db, replay.url, {
      mode: 'incremental',
      now: () => new Date('2026-02-02T00:00:00Z'),
    });
    expect(await services()).toBe(30);
  });

  it('also takes channels and organisations located in the scope that no service uses', async () => {
    const loneOrg = buildPtvOrganization({
      organizationType: 'Municipality',
      municipality: { code: '853', name: [] },
    });
    const loneChannel = buildPtvChannel({
      organizationId: loneOrg.id,
      areaType: 'LimitedType',
      areas: [
        {
          type: 'Municipality',
          code: null,
          name: null,
          municipalities: [{ code: '853', name: [] }],
        },
      ],
    });
    writeDump(dump.dir, { organizations: [loneOrg], channels: [loneChannel] });
    await replay.rescan();
    const db = createTestDb();
    await ingest(db, replay.url);
    const { app } = createTestApp({ db });
    expect((await app.request(`/api/channels/${loneChannel.id}`)).status).toBe(200);
    expect((await app.request(`/api/organizations/${loneOrg.id}`)).status).toBe(200);
  });

  it('takes the whole registry when the scope is every municipality', async () => {
    const db = createTestDb();
    await ingest(db, replay.url, { municipalities: [] });
    const { app } = createTestApp({ db });
    expect((await app.request(`/api/services/${data.elsewhere.id}`)).status).toBe(200);
    expect((await app.request(`/api/services/${data.archived.id}`)).status).toBe(404);
  });

  it('quarantines a malformed record with its reason and loads the rest', async () => {
    const broken = { ...buildPtvService(), serviceNames: 'not a list' };
    writeDump(dump.dir, { services: [broken] });
    await replay.rescan();
    const db = createTestDb();
    const summary = await ingest(db, replay.url);
    expect(summary.counts.quarantined).toBe(1);
    const rows = db.$client.prepare('select entity_type, ptv_id, reason from quarantine').all();
    expect(rows).toEqual([{ entity_type: 'service', ptv_id: broken.id, reason: 'invalid' }]);
    expect(summary.counts.inserted).toBe(35);
  });

  it('ends in the same database when a run dies midway and the next run resumes it', async () => {
    const clean = createTestDb();
    await ingest(clean, replay.url, { now: () => new Date('2026-02-01T00:00:00Z') });

    const db = createTestDb();
    let calls = 0;
    const dying: typeof fetch = (input, init) =>
      ++calls > 30 ? new Promise(() => {}) : fetch(input, init);
    void ingest(db, replay.url, {
      batchSize: 2,
      concurrency: 1,
      now: () => new Date('2026-02-01T00:00:00Z'),
      client: { fetch: dying, concurrency: 1 },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(db.$client.prepare('select status from sync_runs').get()).toEqual({ status: 'running' });

    const summary = await ingest(db, replay.url, { now: () => new Date('2026-02-01T00:05:00Z') });
    expect(summary.resumed).toBe(true);
    expect(fingerprint(db)).toEqual(fingerprint(clean));
  });

  it('completes with the same result when a tenth of PTV responses fail', async () => {
    const clean = createTestDb();
    await ingest(clean, replay.url);
    await replay.close();
    replay = await startReplayServer({
      dir: dump.dir,
      watch: false,
      faults: { failRate: 0.1, seed: 7 },
    });
    const db = createTestDb();
    await ingest(db, replay.url, { batchSize: 5 });
    const faults = Object.values(replay.stats().faults).reduce((a, b) => a + b, 0);
    expect(faults).toBeGreaterThan(3);
    expect(fingerprint(db)).toEqual(fingerprint(clean));
  });
});
