import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import QRCode from 'qrcode';
import {
  referralCodeSchema,
  referralInputSchema,
  referralViewSchema,
  unmetNeedInputSchema,
  unmetNeedViewSchema,
} from '../../schema/referrals/validation.ts';
import { needThemes } from '../../search/needs/index.ts';
import type { AppEnv } from '../app-env.ts';
import { signedIn, staffErrors } from '../auth/openapi.ts';
import { ApiError } from '../errors.ts';
import { jsonOrFormBody, pickBody } from '../middleware/form-body.ts';
import { rateLimit, type RateLimiter } from '../middleware/rate-limit.ts';
import { currentUser, requireRole } from '../middleware/require-role.ts';
import { actorOf, type AdvisorActor } from '../queries/audit.ts';
import { createReferral, createUnmetNeed, readReferral } from '../queries/referrals.ts';
import type { CurrentUser } from '../queries/users.ts';
import { jsonContent } from './openapi-helpers.ts';

const themeIds = needThemes.map((t) => t.id);
const formShape = { arrays: ['services', 'themes'], booleans: ['contactConsent'] };

export const codeParams = z.object({
  code: referralCodeSchema.openapi({ param: { name: 'code', in: 'path' }, example: '7KQ2MX9D4R' }),
});

/** The advisor as the referral's author: an advisor without a unit cannot refer. */
function advisorActor(user: CurrentUser, requestId: string): AdvisorActor {
  if (!user.unit)
    throw new ApiError('FORBIDDEN', 'Your account has no unit: ask an administrator to set one.');
  return { ...actorOf(user, requestId), userId: user.id, unitId: user.unit.id };
}

/** Advisors record referrals and unmet needs; the advisor and the receiving providers read them. */
export function referralRoutes(creationLimiter: RateLimiter) {
  const limitCreation = rateLimit({
    limiter: creationLimiter,
    key: (c) => `user:${c.get('user')?.id}`,
    message: 'Too many referrals in a minute.',
  });
  return new OpenAPIHono<AppEnv>()
    .openapi(
      createRoute({
        method: 'post',
        path: '/referrals',
        tags: ['Referrals'],
        summary:
          'Record a referral of one client to one or more services; returns the code for the handoff',
        description:
          'No name, identity code, contact details or free text: unknown fields are refused, and anything shaped like a personal identity code anywhere in the body gives 422.',
        security: signedIn,
        middleware: [requireRole('advisor'), limitCreation] as const,
        request: { body: jsonOrFormBody(referralInputSchema(themeIds), formShape) },
        responses: {
          201: jsonContent(referralViewSchema, 'Recorded (durably) and audited'),
          ...staffErrors,
        },
      }),
      (c) => {
        const input = pickBody(c, c.req.valid('json'), c.req.valid('form'));
        const { db, clock } = c.get('deps');
        const actor = advisorActor(currentUser(c), c.get('requestId'));
        const view = createReferral(db, actor, input, {
          now: clock(),
          codeDays: c.get('security').referralCodeDays,
        });
        c.get('logger').info({ services: view.services.length }, 'referral created');
        return c.json(view, 201);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/referrals/{code}',
        tags: ['Referrals'],
        summary:
          'A referral by its code: whole for its advisor, own service lines only for a provider',
        security: signedIn,
        middleware: [requireRole('advisor', 'provider')] as const,
        request: { params: codeParams },
        responses: {
          200: jsonContent(referralViewSchema, 'The referral (audited)'),
          ...staffErrors,
        },
      }),
      (c) => {
        const { db, clock } = c.get('deps');
        const view = readReferral(
          db,
          actorOf(currentUser(c), c.get('requestId')),
          c.req.valid('param').code,
          clock(),
        );
        return c.json(view, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/referrals/{code}/qr.svg',
        tags: ['Referrals'],
        summary: 'QR code (SVG) of the web address /r/<code>, for the printed handoff',
        security: signedIn,
        middleware: [requireRole('advisor', 'provider')] as const,
        request: { params: codeParams },
        responses: {
          200: {
            content: { 'image/svg+xml': { schema: z.string() } },
            description: 'The QR code (audited as a read)',
          },
          ...staffErrors,
        },
      }),
      async (c) => {
        const { db, clock } = c.get('deps');
        const view = readReferral(
          db,
          actorOf(currentUser(c), c.get('requestId')),
          c.req.valid('param').code,
          clock(),
        );
        const base = c.get('security').publicBaseUrl ?? new URL(c.req.url).origin;
        const svg = await QRCode.toString(new URL(view.path, base).href, {
          type: 'svg',
          errorCorrectionLevel: 'M',
          margin: 2,
        });
        return c.body(svg, 200, { 'Content-Type': 'image/svg+xml; charset=utf-8' });
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/unmet-needs',
        tags: ['Referrals'],
        summary: 'Record a need no suitable service was found for (themes and place only)',
        security: signedIn,
        middleware: [requireRole('advisor')] as const,
        request: { body: jsonOrFormBody(unmetNeedInputSchema(themeIds), { arrays: ['themes'] }) },
        responses: {
          201: jsonContent(unmetNeedViewSchema, 'Recorded and audited'),
          ...staffErrors,
        },
      }),
      (c) => {
        const input = pickBody(c, c.req.valid('json'), c.req.valid('form'));
        const { db, clock } = c.get('deps');
        return c.json(
          createUnmetNeed(db, advisorActor(currentUser(c), c.get('requestId')), input, clock()),
          201,
        );
      },
    );
}
