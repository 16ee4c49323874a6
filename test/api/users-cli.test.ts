import { describe, expect, it } from 'vitest';
import { defaultSecurityConfig } from '../../api/auth/config.ts';
import { verifyPassword } from '../../api/auth/password.ts';
import { runUsersCli } from '../../api/users-cli.ts';
import { createTestDb } from '../helpers/db.ts';
import { insertSession } from '../factories/users.ts';

function cli(db = createTestDb(), password = 'a long enough password') {
  const lines: string[] = [];
  const run = (...argv: string[]) =>
    runUsersCli(argv, {
      db,
      now: new Date('2026-11-23T10:00:00Z'),
      config: defaultSecurityConfig,
      out: (line) => void lines.push(line),
      readPassword: async () => `${password}\n`,
    });
  return { db, lines, run };
}

describe('npm run users', () => {
  it('adds a unit and an advisor in it with a generated password it prints once', async () => {
    const { db, lines, run } = cli();
    expect(
      await run(
        'add-unit',
        '--name',
        'Kupittaan terveysasema',
        '--type',
        'health_station',
        '--municipality',
        '853',
      ),
    ).toBe(0);
    expect(
      await run(
        'add',
        '--email',
        'Neuvoja@Example.fi',
        '--role',
        'advisor',
        '--name',
        'Neuvoja',
        '--unit',
        '1',
      ),
    ).toBe(0);
    const password = lines.find((l) => l.startsWith('Password'))!.split(': ')[1];
    const { password_hash } = db.$client
      .prepare('select password_hash from users where email = ?')
      .get('neuvoja@example.fi') as { password_hash: string };
    expect(password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword(password, password_hash)).toBe(true);
    await run('list');
    expect(lines.at(-1)).toMatch(
      /^1\tneuvoja@example.fi\tadvisor\tNeuvoja\tKupittaan terveysasema\tactive$/,
    );
  });

  it('takes a password from stdin and refuses a short one', async () => {
    expect(
      await cli().run(
        'add',
        '--email',
        'a@example.fi',
        '--role',
        'admin',
        '--name',
        'A',
        '--password-stdin',
      ),
    ).toBe(0);
    const short = cli(undefined, 'short');
    expect(
      await short.run(
        'add',
        '--email',
        'b@example.fi',
        '--role',
        'admin',
        '--name',
        'B',
        '--password-stdin',
      ),
    ).toBe(1);
    expect(short.lines).toEqual(['Error: A password has at least 12 characters']);
  });

  it('refuses a provider user without an organisation or with a malformed one, and an unknown role', async () => {
    const { run, lines } = cli();
    const provider = ['add', '--email', 'p@example.fi', '--role', 'provider', '--name', 'P'];
    expect(await run(...provider)).toBe(1);
    expect(await run(...provider, '--org', 'ry-123')).toBe(1);
    expect(await run('add', '--email', 'p@example.fi', '--role', 'root', '--name', 'P')).toBe(1);
    expect(lines).toEqual([
      expect.stringMatching(/needs at least one PTV organisation/),
      expect.stringMatching(/Expected a PTV id/),
      expect.stringMatching(/--role must be one of/),
    ]);
  });

  it('disables an account and ends its sessions', async () => {
    const { db, run, lines } = cli();
    await run('add', '--email', 'admin@example.fi', '--role', 'admin', '--name', 'Admin');
    insertSession(db, 1, new Date('2026-11-23T09:00:00Z'));
    expect(await run('disable', '--email', 'ADMIN@example.fi')).toBe(0);
    expect(lines.at(-1)).toBe('Disabled ADMIN@example.fi; ended 1 session(s).');
    expect(db.$client.prepare('select count(*) as n from sessions').get()).toEqual({ n: 0 });
    expect(await run('disable', '--email', 'nobody@example.fi')).toBe(1);
  });
});
