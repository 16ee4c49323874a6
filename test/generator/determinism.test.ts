import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDump } from '../../bench/generator/index.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'ptv-determinism-'));
  dirs.push(dir);
  return dir;
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.set(relative(dir, path), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return files;
}

describe('dump generator determinism', () => {
  it('writes byte-identical files for the same seed and service count', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateDump({ out: a, services: 150, seed: 'same', malformed: 3 });
    await generateDump({ out: b, services: 150, seed: 'same', malformed: 3 });
    const [first, second] = [await snapshot(a), await snapshot(b)];
    expect(first.size).toBeGreaterThan(200);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, content] of first) expect(second.get(file), file).toBe(content);
  });

  it('writes a different catalogue for a different seed', async () => {
    const [a, b] = [await tempDir(), await tempDir()];
    await generateDump({ out: a, services: 60, seed: 1 });
    await generateDump({ out: b, services: 60, seed: 2 });
    const ids = async (dir: string) => (await readdir(join(dir, 'services'))).sort();
    expect(await ids(b)).not.toEqual(await ids(a));
  });

  it('replaces the files of an earlier run instead of mixing them in', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'services'), { recursive: true });
    await writeFile(join(dir, 'services', 'stale.json'), '{}');
    await generateDump({ out: dir, services: 40, seed: 3 });
    expect(await readdir(join(dir, 'services'))).not.toContain('stale.json');
  });
});
