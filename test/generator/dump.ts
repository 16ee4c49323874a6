/** Test helper: generates a small PTV dump in a temp dir and reads it back. */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateDump,
  type GenerateOptions,
  type GenerateSummary,
} from '../../bench/generator/index.ts';

// Wire records are navigated freely in assertions; the wire schemas are tested separately.
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface ReadDump {
  dir: string;
  summary: GenerateSummary;
  services: Map<string, Json>;
  channels: Map<string, Json>;
  organizations: Map<string, Json>;
  malformed: { kind: string; id: string; defect: string }[];
  remove(): Promise<void>;
}

async function readFolder(dir: string): Promise<Map<string, Json>> {
  const out = new Map<string, Json>();
  for (const file of (await readdir(dir)).sort())
    out.set(file.replace(/\.json$/, ''), JSON.parse(await readFile(join(dir, file), 'utf8')));
  return out;
}

export async function generateAndRead(options: Omit<GenerateOptions, 'out'>): Promise<ReadDump> {
  const dir = await mkdtemp(join(tmpdir(), 'ptv-dump-'));
  const summary = await generateDump({ ...options, out: dir });
  return {
    dir,
    summary,
    services: await readFolder(join(dir, 'services')),
    channels: await readFolder(join(dir, 'channels')),
    organizations: await readFolder(join(dir, 'organizations')),
    malformed: JSON.parse(await readFile(join(dir, 'MALFORMED.json'), 'utf8')),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export const published = (records: Map<string, Json>) =>
  [...records.values()].filter((r) => r.publishingStatus === 'Published');
