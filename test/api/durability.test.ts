import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../schema/db.ts';
import { insertSession, insertUnit, insertUser } from '../factories/users.ts';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

const serverScript = fileURLToPath(new URL('./support/referral-server.ts', import.meta.url));

describe('durability', () => {
  it('loses no acknowledged referral when the API process is killed with SIGKILL mid-traffic', async () => {
    const path = catalogue.clonePath();
    const setup = openDatabase(path);
    const advisor = await insertUser(setup, { role: 'advisor', unitId: insertUnit(setup) });
    const session = insertSession(setup, advisor.id, new Date());
    setup.$client.close();

    const child = spawn(process.execPath, ['--import', 'tsx', serverScript, path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(child, 'exit');
    const port = await new Promise<number>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const m = /LISTENING (\d+)/.exec(chunk.toString());
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', () => reject(new Error('server exited before listening')));
    });

    const acknowledged: string[] = [];
    let killed = false;
    const body = JSON.stringify({
      services: [catalogue.serviceA1, catalogue.serviceB1],
      themes: ['loneliness'],
      route: 'phone',
      language: 'fi',
      municipalityCode: '853',
      contactConsent: true,
    });
    const worker = async () => {
      while (!killed) {
        try {
          const res = await fetch(`http://127.0.0.1:${port}/api/referrals`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: session.cookie,
              'x-csrf-token': session.csrf,
            },
            body,
          });
          if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
          acknowledged.push(((await res.json()) as { code: string }).code);
          if (acknowledged.length >= 60 && !killed) {
            killed = true;
            child.kill('SIGKILL');
          }
        } catch (error) {
          if (!killed) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    const [, signal] = await exited;
    expect(signal).toBe('SIGKILL');

    const db = openDatabase(path);
    const stored = new Set(
      (db.$client.prepare('select code from referrals').all() as { code: string }[]).map(
        (r) => r.code,
      ),
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(acknowledged.filter((code) => !stored.has(code))).toEqual([]);
    const lines = db.$client.prepare('select count(*) as n from referral_services').get() as {
      n: number;
    };
    expect(lines.n).toBe(stored.size * 2);
    const audited = db.$client
      .prepare("select count(*) as n from audit_log where action = 'create'")
      .get() as { n: number };
    expect(audited.n).toBe(stored.size);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    db.$client.close();
  });
});
