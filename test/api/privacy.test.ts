import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSearch } from '../../schema/usage/record.ts';
import {
  findIdentityCodes,
  hasValidCheckCharacter,
  redactIdentityCodes,
} from '../../schema/referrals/identity-code.ts';
import { prepareCatalogue, type Catalogue } from './support/catalogue.ts';
import { createWorld, type CallOptions, type Who } from './support/world.ts';

let catalogue: Catalogue;
beforeAll(async () => void (catalogue = await prepareCatalogue()));
afterAll(() => catalogue.cleanup());

/** Real-looking codes: valid check characters in old and 2023 century signs, and a wrong one. */
const VALID = '131052-308T';
const NEW_SIGN = '010594Y9032';
const BAD_CHECK = '010190-123A';
const PLUS = '150499+1234';

describe('identity code detection', () => {
  it('checks the check character of real codes, with the new century signs too', () => {
    expect(hasValidCheckCharacter(VALID)).toBe(true);
    expect(hasValidCheckCharacter(NEW_SIGN)).toBe(true);
    expect(hasValidCheckCharacter(BAD_CHECK)).toBe(false);
  });

  it('finds anything shaped like a code, valid or not, but not codes inside longer tokens', () => {
    const found = findIdentityCodes(
      `hetu ${VALID}, ${BAD_CHECK.toLowerCase()} ja ${PLUS} sekä 131052 -308T`,
    );
    expect(found.map((f) => [f.text, f.validCheck])).toEqual([
      [VALID, true],
      [BAD_CHECK.toLowerCase(), false],
      [PLUS, false],
      ['131052 -308T', true],
    ]);
    expect(
      findIdentityCodes('0000beef-0000-4000-8000-000000000001 7KQ2MX9D4R 1310523-08T'),
    ).toEqual([]);
    expect(redactIdentityCodes(`Asiakas ${VALID} soitti`)).toBe('Asiakas [redacted] soitti');
  });
});

describe('no identity code gets through', () => {
  it('never echoes, logs or stores a submitted identity code anywhere', async () => {
    const logLines: string[] = [];
    const logger = pino({ level: 'trace' }, { write: (line: string) => void logLines.push(line) });
    const world = await createWorld(catalogue, { logger });
    const responses: string[] = [];
    const send = async (who: Who, method: string, path: string, call: CallOptions = {}) => {
      const res = await world.request(who, method, path, call);
      responses.push(
        `${res.status} ${[...res.headers].map((h) => h.join(': ')).join('\n')}\n${await res.text()}`,
      );
      return res.status;
    };

    const refused = [
      world.referralBody({ language: VALID }),
      world.referralBody({ municipalityCode: NEW_SIGN }),
      world.referralBody({ themes: ['loneliness', BAD_CHECK] }),
      world.referralBody({ hetu: VALID }),
      world.referralBody({ [VALID]: true }),
      world.referralBody({ notes: `asiakas ${PLUS}` }),
    ];
    for (const body of refused)
      expect(await send('advisor', 'POST', '/api/referrals', { body })).toBe(422);
    expect(
      await send('advisor', 'POST', '/api/referrals', {
        form: true,
        body: { ...world.referralBody(), route: VALID },
      }),
    ).toBe(422);
    expect(
      await send('advisor', 'POST', '/api/unmet-needs', {
        body: { themes: ['gambling'], municipalityCode: '853', language: 'fi', x: VALID },
      }),
    ).toBe(422);
    const code = await world.refer({ services: [catalogue.serviceA1] });
    expect(
      await send(
        'providerA',
        'POST',
        `/api/referrals/${code}/services/${catalogue.serviceA1}/outcome`,
        { body: { outcome: VALID } },
      ),
    ).toBe(422);
    expect(
      await send(null, 'POST', '/api/auth/login', { body: { email: VALID, password: VALID } }),
    ).toBe(422);
    expect(await send('advisor', 'GET', `/api/referrals/${VALID}`)).toBe(404);
    expect(await send(null, 'GET', `/api/services/${VALID}`)).toBe(400);
    expect(await send('providerA', 'GET', `/api/provider/referrals?state=${VALID}`)).toBe(400);

    // Feedback keeps the words and redacts the code.
    expect(
      await send(null, 'POST', '/api/feedback/services', {
        body: {
          serviceId: catalogue.serviceA1,
          kind: 'other',
          text: `Soitin, hetu ${VALID}, ei vastattu`,
        },
      }),
    ).toBe(201);
    expect(
      await send(null, 'POST', '/api/feedback/site', {
        form: true,
        body: { topic: 'accessibility', text: `${NEW_SIGN} ei näe`, page: `/fi/r/${BAD_CHECK}` },
      }),
    ).toBe(201);
    expect(
      await send(null, 'POST', '/api/feedback/site', {
        body: { topic: 'general', text: 'kiitos', replyTo: `${VALID.toLowerCase()}@example.fi` },
      }),
    ).toBe(400);
    expect(
      await send(null, 'POST', '/api/feedback/site', {
        body: { topic: 'general', text: 'kiitos', [PLUS]: 1 },
      }),
    ).toBe(400);
    recordSearch(world.db, {
      kind: 'search',
      zeroResults: true,
      lang: 'fi',
      day: '2026-11-23',
      query: `velkaneuvonta ${VALID} 0401234567`,
    });

    const leaks = (text: string) => findIdentityCodes(text).map((f) => f.text);
    expect(responses.flatMap(leaks)).toEqual([]);
    expect(logLines.length).toBeGreaterThan(0);
    expect(logLines.flatMap(leaks)).toEqual([]);
    const tables = world.db.$client
      .prepare("select name from sqlite_master where type = 'table'")
      .all() as { name: string }[];
    const stored = tables.flatMap(({ name }) =>
      (
        world.db.$client.prepare(`select * from "${name}"`).all() as Record<string, unknown>[]
      ).flatMap((row) => Object.values(row).filter((v): v is string => typeof v === 'string')),
    );
    expect(stored.length).toBeGreaterThan(100);
    expect(stored.flatMap(leaks)).toEqual([]);
    expect(stored).toContain('Soitin, hetu [redacted], ei vastattu');
    expect(stored).toContain('velkaneuvonta');
    expect(world.db.$client.prepare('select count(*) as n from referrals').get()).toEqual({ n: 1 });
  });

  it('says clearly why identity-code-shaped input is refused', async () => {
    const world = await createWorld(catalogue);
    const res = await world.request('advisor', 'POST', '/api/referrals', {
      body: world.referralBody({ hetu: BAD_CHECK }),
    });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({
      code: 'UNPROCESSABLE',
      message: expect.stringMatching(/personal identity code \(henkilötunnus\)/),
    });
  });
});
