/**
 * A small PTV catalogue, ingested once per test file through the replay server (as production
 * ingests), then copied into a private database file per test.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { startReplayServer } from '../../../ingest/replay/server.ts';
import { openDatabase, type Db } from '../../../schema/db.ts';
import { buildPtvOrganization, buildPtvService, writeDump } from '../../factories/ptv.ts';
import { tempDir } from '../../helpers/db.ts';
import { ingest } from '../../helpers/ingest.ts';

const org = (name: string, organizationType = 'Organization') =>
  buildPtvOrganization({
    organizationType,
    organizationNames: [{ language: 'fi', value: name, type: 'Name' }],
  });

export interface Catalogue {
  orgA: string;
  orgB: string;
  parish: string;
  county: string;
  /** Two services of association A, one each of B, the parish and the county (sote). */
  serviceA1: string;
  serviceA2: string;
  serviceB1: string;
  serviceParish: string;
  serviceCounty: string;
  /** In PTV but not published. */
  serviceArchived: string;
  /** A fresh migrated database holding the catalogue; removed by `cleanup`. */
  cloneDb(): Db;
  /** The same as a closed database file, for another process to open. */
  clonePath(): string;
  cleanup(): void;
}

export async function prepareCatalogue(): Promise<Catalogue> {
  const dump = tempDir('tarjotin-catalogue-');
  const a = org('Turun Seudun Omaishoitajat ry');
  const b = org('Varsinais-Suomen Mielenterveysseura ry');
  const parish = org('Turun ja Kaarinan seurakuntayhtymä');
  const county = org('Varsinais-Suomen hyvinvointialue', 'Region');
  const services = {
    serviceA1: buildPtvService({ organizationId: a.id }),
    serviceA2: buildPtvService({
      organizationId: a.id,
      serviceNames: [{ language: 'fi', value: 'Omaishoitajien virkistyspäivä', type: 'Name' }],
    }),
    serviceB1: buildPtvService({
      organizationId: b.id,
      serviceNames: [{ language: 'fi', value: 'Kriisikeskus', type: 'Name' }],
    }),
    serviceParish: buildPtvService({
      organizationId: parish.id,
      serviceNames: [{ language: 'fi', value: 'Diakoniatyön ruoka-apu', type: 'Name' }],
    }),
    serviceCounty: buildPtvService({
      organizationId: county.id,
      serviceNames: [{ language: 'fi', value: 'Sosiaalityö', type: 'Name' }],
    }),
    serviceArchived: buildPtvService({ organizationId: a.id, publishingStatus: 'Deleted' }),
  };
  writeDump(dump.dir, { organizations: [a, b, parish, county], services: Object.values(services) });
  const replay = await startReplayServer({ dir: dump.dir, watch: false });
  const template = join(dump.dir, 'template.db');
  const db = openDatabase(template, { synchronous: 'normal' });
  try {
    await ingest(db, replay.url);
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.$client.close();
    await replay.close();
  }
  let copies = 0;
  const clonePath = () => {
    const path = join(dump.dir, `copy-${++copies}.db`);
    copyFileSync(template, path);
    return path;
  };
  return {
    orgA: a.id,
    orgB: b.id,
    parish: parish.id,
    county: county.id,
    ...(Object.fromEntries(Object.entries(services).map(([k, v]) => [k, v.id])) as Record<
      keyof typeof services,
      string
    >),
    clonePath,
    cloneDb: () => openDatabase(clonePath()),
    cleanup: dump.cleanup,
  };
}
