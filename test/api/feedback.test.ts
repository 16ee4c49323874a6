import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';
import { createWorld } from './support/world.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

describe('problem reports about services', () => {
  it('queues a resident’s report for the organisation responsible for the service, which sees and resolves it', async () => {
    const world = await createWorld(catalogue);
    const res = await world.request(null, 'POST', '/api/feedback/services', {
      form: true,
      body: {
        serviceId: catalogue.serviceA2,
        kind: 'wrong_hours',
        text: '  Ovi oli kiinni tiistaina.  ',
      },
    });
    expect(res.status).toBe(201);
    const report = await res.json();
    expect(report).toMatchObject({
      organizationId: catalogue.orgA,
      kind: 'wrong_hours',
      text: 'Ovi oli kiinni tiistaina.',
      status: 'open',
    });
    const queue = await (await world.request('providerA', 'GET', '/api/feedback/services')).json();
    expect(queue.reports.map((r: { id: number }) => r.id)).toEqual([report.id]);
    const resolved = await world.request(
      'providerA',
      'POST',
      `/api/feedback/services/${report.id}/resolve`,
      { form: true, csrf: false, body: { _csrf: world.sessions.providerA.csrf } },
    );
    expect(resolved.status).toBe(200);
    expect((await resolved.json()).status).toBe('resolved');
    expect(
      (await (await world.request('providerA', 'GET', '/api/feedback/services')).json()).reports,
    ).toEqual([]);
    const all = await (
      await world.request('admin', 'GET', '/api/feedback/services?status=resolved')
    ).json();
    expect(all.reports).toHaveLength(1);
  });

  it('keeps feedback apart from referral data: no referral table is touched', async () => {
    const world = await createWorld(catalogue);
    await world.request(null, 'POST', '/api/feedback/services', {
      body: { serviceId: catalogue.serviceB1, kind: 'service_ended', text: 'Lopetettu.' },
    });
    const n = (table: string) =>
      (world.db.$client.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    expect([n('service_reports'), n('referrals'), n('referral_services'), n('audit_log')]).toEqual([
      1, 0, 0, 0,
    ]);
  });

  it('answers a report about an unknown service with 404 and refuses unknown kinds', async () => {
    const world = await createWorld(catalogue);
    const unknown = await world.request(null, 'POST', '/api/feedback/services', {
      body: { serviceId: '0b7c3c0e-8b4a-4bd4-9b7f-2d1f0c5a1e22', kind: 'other', text: 'x' },
    });
    expect(unknown.status).toBe(404);
    const kind = await world.request(null, 'POST', '/api/feedback/services', {
      body: { serviceId: catalogue.serviceA1, kind: 'rude', text: 'x' },
    });
    expect(kind.status).toBe(400);
  });
});

describe('feedback on tarjotin', () => {
  it('takes accessibility feedback with a reply address, shows it to admins and erases the address when answered', async () => {
    const world = await createWorld(catalogue);
    const res = await world.request(null, 'POST', '/api/feedback/site', {
      body: {
        topic: 'accessibility',
        text: 'Hakukentällä ei ole nimeä ruudunlukijalle.',
        page: '/fi/haku',
        lang: 'fi',
        replyTo: 'kayttaja@example.fi',
      },
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    const inbox = await (await world.request('admin', 'GET', '/api/feedback/site')).json();
    expect(inbox.feedback).toEqual([
      expect.objectContaining({ id, topic: 'accessibility', replyTo: 'kayttaja@example.fi' }),
    ]);
    const resolved = await (
      await world.request('admin', 'POST', `/api/feedback/site/${id}/resolve`)
    ).json();
    expect(resolved).toMatchObject({ status: 'resolved', replyTo: null });
    expect(world.db.$client.prepare('select reply_to from site_feedback').get()).toEqual({
      reply_to: null,
    });
  });
});
