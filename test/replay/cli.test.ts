import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './helpers.ts';

const CLI = fileURLToPath(new URL('../../ingest/replay/cli.ts', import.meta.url));

describe('replay CLI', () => {
  it('prints the base URL, serves the dump and exits cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, '--dir', FIXTURE, '--port', '0', '--no-watch'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        const line = stdout.split('\n')[0];
        if (stdout.includes('\n')) resolve(line);
      });
      child.once('exit', (code) => reject(new Error(`CLI exited early with ${code}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v11$/);
    const res = await fetch(`${url}/Service`);
    expect((await res.json()).pageSize).toBe(1000);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('exits with usage when --dir is missing', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI], { stdio: 'ignore' });
    const [code] = await once(child, 'exit');
    expect(code).toBe(2);
  });
});
