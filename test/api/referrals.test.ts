import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_CODE_ALPHABET } from '../../schema/referrals/code.ts';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';
import { createWorld } from './support/world.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

const auditRows = (world: Awaited<ReturnType<typeof createWorld>>, code: string) =>
  world.db.$client
    .prepare(
      "select action, role, user_id from audit_log where object_type = 'referral' and object_id = ? order by id",
    )
    .all(code);

describe('recording a referral', () => {
  it('records a referral from the advisor’s unit with a 10-character code and exactly one audit row', async () => {
    const world = await createWorld(catalogue);
    const res = await world.request('advisor', 'POST', '/api/referrals', {
      body: world.referralBody({
        themes: ['loneliness', 'debt-and-money', 'loneliness'],
        ageBand: '65_79',
      }),
    });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.code).toMatch(new RegExp(`^[${REFERRAL_CODE_ALPHABET}]{10}$`));
    expect(body).toMatchObject({
      displayCode: `${body.code.slice(0, 5)}-${body.code.slice(5)}`,
      path: `/r/${body.code}`,
      unit: { name: 'Kupittaan terveysasema', type: 'health_station' },
      themes: ['debt-and-money', 'loneliness'],
      expiresAt: '2027-01-22T10:00:00.000Z',
      expired: false,
    });
    expect(
      body.services.map((s: { serviceId: string; status: string }) => [s.serviceId, s.status]),
    ).toEqual([
      [catalogue.serviceA1, 'waiting'],
      [catalogue.serviceB1, 'waiting'],
    ]);
    expect(body.services[0].organization).toMatchObject({
      id: catalogue.orgA,
      kind: 'association',
    });
    expect(auditRows(world, body.code)).toEqual([
      { action: 'create', role: 'advisor', user_id: world.users.advisor.id },
    ]);
  });

  it('refuses unknown fields such as a name or notes with a message saying why', async () => {
    const world = await createWorld(catalogue);
    for (const extra of [
      { name: 'Matti Meikäläinen' },
      { notes: 'asuu yksin' },
      { phone: '0401234567' },
    ]) {
      const res = await world.request('advisor', 'POST', '/api/referrals', {
        body: world.referralBody(extra),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(
        /Unknown field.*tarjotin stores no client name/,
      );
    }
    expect(world.db.$client.prepare('select count(*) as n from referrals').get()).toEqual({ n: 0 });
  });

  it('refuses unpublished services and unknown need themes', async () => {
    const world = await createWorld(catalogue);
    const archived = await world.request('advisor', 'POST', '/api/referrals', {
      body: world.referralBody({ services: [catalogue.serviceArchived] }),
    });
    expect(archived.status).toBe(422);
    expect((await archived.json()).error.message).toContain(catalogue.serviceArchived);
    const theme = await world.request('advisor', 'POST', '/api/referrals', {
      body: world.referralBody({ themes: ['not-a-theme'] }),
    });
    expect(theme.status).toBe(400);
    expect((await theme.json()).error.message).toMatch(/Unknown need theme/);
  });

  it('limits how many referrals an advisor creates per minute with 429 in the envelope', async () => {
    const world = await createWorld(catalogue, { security: { referralsPerMinute: 3 } });
    for (let i = 0; i < 3; i++) await world.refer();
    const res = await world.request('advisor', 'POST', '/api/referrals', {
      body: world.referralBody(),
    });
    expect(res.status).toBe(429);
    expect((await res.json()).error.code).toBe('TOO_MANY_REQUESTS');
    expect(
      (
        await world.request('otherAdvisor', 'POST', '/api/referrals', {
          body: world.referralBody(),
        })
      ).status,
    ).toBe(201);
  });

  it('records an unmet need with themes and place only', async () => {
    const world = await createWorld(catalogue);
    const res = await world.request('advisor', 'POST', '/api/unmet-needs', {
      form: true,
      body: { themes: ['gambling', 'legal-aid'], municipalityCode: '202', language: 'sv' },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      unitType: 'health_station',
      themes: ['gambling', 'legal-aid'],
      municipalityCode: '202',
    });
    expect(world.db.$client.prepare('select action, object_type from audit_log').all()).toEqual([
      { action: 'create', object_type: 'unmet_need' },
    ]);
  });
});

describe('the client arrives at the provider', () => {
  it('shows a provider only its own service lines, and lets it mark arrival and close with an outcome', async () => {
    const world = await createWorld(catalogue);
    const code = await world.refer({
      services: [catalogue.serviceA1, catalogue.serviceA2, catalogue.serviceB1],
    });
    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const seen = await (await world.request('providerA', 'GET', `/api/referrals/${typed}`)).json();
    expect(seen.services.map((s: { serviceId: string }) => s.serviceId)).toEqual([
      catalogue.serviceA1,
      catalogue.serviceA2,
    ]);
    const arrived = await world.request(
      'providerA',
      'POST',
      `/api/referrals/${code}/services/${catalogue.serviceA1}/arrival`,
    );
    expect(arrived.status).toBe(200);
    expect((await arrived.json()).services[0]).toMatchObject({
      status: 'arrived',
      arrivedAt: '2026-11-23T10:00:00.000Z',
    });
    const again = await world.request(
      'providerA',
      'POST',
      `/api/referrals/${code}/services/${catalogue.serviceA1}/arrival`,
    );
    expect(again.status).toBe(409);
    const closed = await world.request(
      'providerA',
      'POST',
      `/api/referrals/${code}/services/${catalogue.serviceA1}/outcome`,
      {
        form: true,
        body: { outcome: 'helped' },
      },
    );
    expect(closed.status).toBe(200);
    expect((await closed.json()).services[0]).toMatchObject({
      status: 'helped',
      outcome: 'helped',
    });
    const other = await world.request('providerB', 'GET', `/api/referrals/${code}`);
    expect((await other.json()).services.map((s: { status: string }) => s.status)).toEqual([
      'waiting',
    ]);
  });

  it('writes exactly one audit row for every access to a referral', async () => {
    const world = await createWorld(catalogue);
    const code = await world.refer({ services: [catalogue.serviceA1] });
    await world.request('advisor', 'GET', `/api/referrals/${code}`);
    await world.request('advisor', 'GET', `/api/referrals/${code}/qr.svg`);
    await world.request('providerA', 'GET', `/api/referrals/${code}`);
    await world.request(
      'providerA',
      'POST',
      `/api/referrals/${code}/services/${catalogue.serviceA1}/arrival`,
    );
    await world.request('providerA', 'GET', '/api/provider/referrals');
    await world.request(
      'providerA',
      'POST',
      `/api/referrals/${code}/services/${catalogue.serviceA1}/outcome`,
      { body: { outcome: 'no_capacity' } },
    );
    const { advisor, providerA } = world.users;
    expect(auditRows(world, code)).toEqual([
      { action: 'create', role: 'advisor', user_id: advisor.id },
      { action: 'read', role: 'advisor', user_id: advisor.id },
      { action: 'read', role: 'advisor', user_id: advisor.id },
      { action: 'read', role: 'provider', user_id: providerA.id },
      { action: 'update', role: 'provider', user_id: providerA.id },
      { action: 'read', role: 'provider', user_id: providerA.id },
      { action: 'update', role: 'provider', user_id: providerA.id },
    ]);
  });

  it('answers "who accessed referral X" for an admin, and logs that question too', async () => {
    const world = await createWorld(catalogue);
    const code = await world.refer();
    await world.request('providerB', 'GET', `/api/referrals/${code}`);
    const res = await world.request('admin', 'GET', `/api/admin/audit/referrals/${code}`);
    expect(res.status).toBe(200);
    const { entries } = await res.json();
    expect(
      entries.map((e: { action: string; email: string; organizationIds: string[] }) => [
        e.action,
        e.email,
        e.organizationIds,
      ]),
    ).toEqual([
      ['create', world.users.advisor.email, []],
      ['read', world.users.providerB.email, [catalogue.orgB]],
    ]);
    expect(
      world.db.$client
        .prepare("select object_type, user_id from audit_log where object_type = 'referral_audit'")
        .all(),
    ).toEqual([{ object_type: 'referral_audit', user_id: world.users.admin.id }]);
  });

  it('lists to a provider only referrals whose client has arrived, never waiting ones', async () => {
    const world = await createWorld(catalogue);
    const waiting = await world.refer({ services: [catalogue.serviceA1] });
    const came = await world.refer({ services: [catalogue.serviceA2, catalogue.serviceB1] });
    await world.request(
      'providerA',
      'POST',
      `/api/referrals/${came}/services/${catalogue.serviceA2}/arrival`,
    );
    const open = await (await world.request('providerA', 'GET', '/api/provider/referrals')).json();
    expect(open.referrals.map((r: { code: string }) => r.code)).toEqual([came]);
    expect(open.referrals[0].services.map((s: { serviceId: string }) => s.serviceId)).toEqual([
      catalogue.serviceA2,
    ]);
    expect(JSON.stringify(open)).not.toContain(waiting);
    const closed = await (
      await world.request('providerA', 'GET', '/api/provider/referrals?state=closed')
    ).json();
    expect(closed.referrals).toEqual([]);
  });

  it('stops a code working for arrival once it has expired, counting the line as did-not-arrive', async () => {
    const world = await createWorld(catalogue, { security: { referralCodeDays: 10 } });
    const code = await world.refer({ services: [catalogue.serviceA1] });
    world.travel(new Date('2026-12-04T10:00:00Z'));
    expect((await world.request('providerA', 'GET', `/api/referrals/${code}`)).status).toBe(404);
    expect(
      (
        await world.request(
          'providerA',
          'POST',
          `/api/referrals/${code}/services/${catalogue.serviceA1}/arrival`,
        )
      ).status,
    ).toBe(404);
    const advisorView = await (
      await world.request('advisor', 'GET', `/api/referrals/${code}`)
    ).json();
    expect(advisorView).toMatchObject({
      expired: true,
      services: [{ status: 'did_not_arrive', arrivedAt: null }],
    });
  });

  it('serves the QR code as SVG pointing at /r/<code>', async () => {
    const world = await createWorld(catalogue, {
      security: { publicBaseUrl: 'https://tarjotin.example' },
    });
    const code = await world.refer();
    const res = await world.request('advisor', 'GET', `/api/referrals/${code}/qr.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const svg = await res.text();
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.length).toBeGreaterThan(500);
  });
});

describe('the audit log', () => {
  it('cannot be changed or emptied, even with direct SQL', async () => {
    const world = await createWorld(catalogue);
    await world.refer();
    expect(() => world.db.$client.prepare("update audit_log set role = 'admin'").run()).toThrow(
      /append-only/,
    );
    expect(() => world.db.$client.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(world.auditCount()).toBe(1);
  });
});

describe('API description', () => {
  it('documents the referral, figure, feedback and admin endpoints with the session cookie scheme', async () => {
    const world = await createWorld(catalogue);
    const doc = await (await world.app.request('/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/login',
        '/api/auth/me',
        '/api/referrals',
        '/api/referrals/{code}/qr.svg',
        '/api/referrals/{code}/services/{serviceId}/outcome',
        '/api/provider/organizations/{organizationId}/figures.csv',
        '/api/feedback/services',
        '/api/admin/audit/referrals/{code}',
      ]),
    );
    expect(doc.components.securitySchemes.session).toMatchObject({ type: 'apiKey', in: 'cookie' });
    expect(doc.paths['/api/referrals'].post.requestBody.content).toHaveProperty(
      'application/x-www-form-urlencoded',
    );
  });
});
