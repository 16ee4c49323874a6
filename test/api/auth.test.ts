import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../factories/users.ts';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';
import { createWorld } from './support/world.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

const login = (
  world: Awaited<ReturnType<typeof createWorld>>,
  email: string,
  password: string,
  url = 'http://localhost/api/auth/login',
) =>
  world.app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });

const sessionCookie = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] ?? '';

describe('signing in and out', () => {
  it('signs in with the right password, sets an HttpOnly SameSite=Lax cookie and shows the user at /me', async () => {
    const world = await createWorld(catalogue);
    const res = await login(
      world,
      world.users.providerA.email.toUpperCase(),
      world.users.providerA.password,
    );
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^tarjotin_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const body = await res.json();
    expect(body.user).toMatchObject({ email: world.users.providerA.email, role: 'provider' });
    expect(body.user.organizations).toEqual([
      expect.objectContaining({ id: catalogue.orgA, kind: 'association' }),
    ]);
    const me = await (
      await world.app.request('/api/auth/me', { headers: { cookie: sessionCookie(res) } })
    ).json();
    expect(me).toEqual({ user: body.user, csrfToken: body.csrfToken });
  });

  it('stores only a hash of the session token, never the token itself', async () => {
    const world = await createWorld(catalogue);
    const res = await login(world, world.users.admin.email, world.users.admin.password);
    const token = sessionCookie(res).split('=')[1];
    const rows = world.db.$client.prepare('select token_hash from sessions').all() as {
      token_hash: string;
    }[];
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.length).toBe(6);
  });

  it('sets a Secure __Host- cookie when the request came over HTTPS', async () => {
    const world = await createWorld(catalogue);
    const res = await login(
      world,
      world.users.admin.email,
      world.users.admin.password,
      'https://tarjotin.example/api/auth/login',
    );
    expect(res.headers.get('set-cookie')).toMatch(
      /^__Host-tarjotin_session=.*; Path=\/;.*HttpOnly; Secure; SameSite=Lax/,
    );
  });

  it('answers a wrong password and an unknown email alike with 401', async () => {
    const world = await createWorld(catalogue);
    const wrong = await login(world, world.users.admin.email, 'not the password at all');
    const unknown = await login(world, 'nobody@test.tarjotin', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).error.message).toBe((await unknown.json()).error.message);
  });

  it('signs in with an HTML form post as well as with JSON', async () => {
    const world = await createWorld(catalogue);
    const form = new URLSearchParams({
      email: world.users.advisor.email,
      password: world.users.advisor.password,
    });
    const res = await world.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).user.role).toBe('advisor');
  });

  it('throttles sign-in after five failures for an email, even with the right password, with 429 and Retry-After', async () => {
    const world = await createWorld(catalogue);
    const { email, password } = world.users.providerB;
    for (let i = 0; i < 5; i++)
      expect((await login(world, email, 'wrong password here')).status).toBe(401);
    const blocked = await login(world, email, password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await blocked.json()).error).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      requestId: expect.any(String),
    });
    world.setNow(new Date(world.deps.clock().getTime() + 16 * 60_000));
    expect((await login(world, email, password)).status).toBe(200);
  });

  it('ends the session for good on logout: the row is deleted and the old cookie opens nothing', async () => {
    const world = await createWorld(catalogue);
    const res = await login(world, world.users.advisor.email, world.users.advisor.password);
    const cookie = sessionCookie(res);
    const { csrfToken } = await res.json();
    const before = world.db.$client.prepare('select count(*) as n from sessions').get();
    const out = await world.app.request('/api/auth/logout', {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/tarjotin_session=;.*Max-Age=0/);
    expect(world.db.$client.prepare('select count(*) as n from sessions').get()).toEqual({
      n: (before as { n: number }).n - 1,
    });
    const me = await (await world.app.request('/api/auth/me', { headers: { cookie } })).json();
    expect(me).toEqual({ user: null, csrfToken: null });
    expect((await world.app.request('/api/units', { headers: { cookie } })).status).toBe(401);
  });

  it('ends a session that has been idle too long', async () => {
    const world = await createWorld(catalogue, { security: { sessionIdleMinutes: 30 } });
    expect((await world.request('advisor', 'GET', '/api/units')).status).toBe(200);
    world.setNow(new Date(world.deps.clock().getTime() + 31 * 60_000));
    expect((await world.request('advisor', 'GET', '/api/units')).status).toBe(401);
  });

  it('refuses a disabled account both its sessions and new sign-ins', async () => {
    const world = await createWorld(catalogue);
    const user = await insertUser(world.db, { role: 'admin', password: 'a long enough password' });
    const cookie = sessionCookie(await login(world, user.email, user.password));
    expect((await world.app.request('/api/units', { headers: { cookie } })).status).toBe(200);
    world.db.$client
      .prepare('update users set disabled_at = ? where id = ?')
      .run('2026-11-01T00:00:00Z', user.id);
    expect((await world.app.request('/api/units', { headers: { cookie } })).status).toBe(401);
    expect((await login(world, user.email, user.password)).status).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state change without the session’s CSRF token, or with a wrong one', async () => {
    const world = await createWorld(catalogue);
    const body = world.referralBody();
    expect(
      (await world.request('advisor', 'POST', '/api/referrals', { body, csrf: false })).status,
    ).toBe(403);
    expect(
      (await world.request('advisor', 'POST', '/api/referrals', { body, csrf: 'x'.repeat(43) }))
        .status,
    ).toBe(403);
    expect(
      (
        await world.request('advisor', 'POST', '/api/referrals', {
          body,
          csrf: world.sessions.otherAdvisor.csrf,
        })
      ).status,
    ).toBe(403);
    expect(world.db.$client.prepare('select count(*) as n from referrals').get()).toEqual({ n: 0 });
  });

  it('accepts the token as a _csrf field of an HTML form post', async () => {
    const world = await createWorld(catalogue);
    const res = await world.request('advisor', 'POST', '/api/referrals', {
      form: true,
      csrf: false,
      body: { ...world.referralBody(), contactConsent: 'on', _csrf: world.sessions.advisor.csrf },
    });
    expect(res.status).toBe(201);
    expect((await res.json()).contactConsent).toBe(true);
  });

  it('refuses a cross-site request outright, even a sign-in', async () => {
    const world = await createWorld(catalogue);
    const res = await world.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({
        email: world.users.admin.email,
        password: world.users.admin.password,
      }),
    });
    expect(res.status).toBe(403);
    const sameSite = await world.request('advisor', 'POST', '/api/referrals', {
      body: world.referralBody(),
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(sameSite.status).toBe(403);
  });
});

describe('request hygiene', () => {
  it('puts security headers on every answer, errors and unknown routes included', async () => {
    const world = await createWorld(catalogue);
    for (const path of ['/api/health', '/api/nothing-here', '/api/services/not-a-guid']) {
      const res = await world.app.request(path);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('marks referral, figure and session answers Cache-Control: no-store', async () => {
    const world = await createWorld(catalogue);
    const code = await world.refer();
    for (const [who, path] of [
      ['advisor', `/api/referrals/${code}`],
      [null, '/api/auth/me'],
      ['providerA', `/api/provider/organizations/${catalogue.orgA}/figures`],
    ] as const) {
      const res = await world.request(who, 'GET', path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('refuses a body over the limit with 413 in the error envelope', async () => {
    const world = await createWorld(catalogue, { security: { bodyLimitBytes: 1024 } });
    const res = await world.request('advisor', 'POST', '/api/referrals', {
      body: world.referralBody({ padding: 'x'.repeat(2000) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      requestId: expect.any(String),
    });
  });
});
