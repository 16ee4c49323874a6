import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { ptvIdSchema } from '../../schema/catalogue/api.ts';
import {
  emptyInputSchema,
  outcomeInputSchema,
  referralViewSchema,
} from '../../schema/referrals/validation.ts';
import type { AppEnv } from '../app-env.ts';
import { conflictError, signedIn, staffErrors } from '../auth/openapi.ts';
import { jsonOrFormBody, pickBody } from '../middleware/form-body.ts';
import { currentUser, requireRole } from '../middleware/require-role.ts';
import { actorOf } from '../queries/audit.ts';
import { markArrival, recordOutcome } from '../queries/referrals-lines.ts';
import { jsonContent } from './openapi-helpers.ts';
import { codeParams } from './referrals.ts';

const lineParams = codeParams.extend({
  serviceId: ptvIdSchema.openapi({ param: { name: 'serviceId', in: 'path' } }),
});

const responses = {
  200: jsonContent(referralViewSchema, 'The referral’s own lines, updated (audited)'),
  ...staffErrors,
  ...conflictError,
};

/** A provider marks its own service line: the client arrived, then how it ended. */
export const referralLineRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path: '/referrals/{code}/services/{serviceId}/arrival',
      tags: ['Referrals'],
      summary: 'Mark that the client turned up for this (own) service',
      security: signedIn,
      middleware: [requireRole('provider')] as const,
      request: { params: lineParams, body: jsonOrFormBody(emptyInputSchema) },
      responses,
    }),
    (c) => {
      const { code, serviceId } = c.req.valid('param');
      const { db, clock } = c.get('deps');
      return c.json(
        markArrival(db, actorOf(currentUser(c), c.get('requestId')), code, serviceId, clock()),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/referrals/{code}/services/{serviceId}/outcome',
      tags: ['Referrals'],
      summary: 'Close this (own) service line with an outcome',
      security: signedIn,
      middleware: [requireRole('provider')] as const,
      request: { params: lineParams, body: jsonOrFormBody(outcomeInputSchema) },
      responses,
    }),
    (c) => {
      const { code, serviceId } = c.req.valid('param');
      const { outcome } = pickBody(c, c.req.valid('json'), c.req.valid('form'));
      const { db, clock } = c.get('deps');
      return c.json(
        recordOutcome(
          db,
          actorOf(currentUser(c), c.get('requestId')),
          code,
          serviceId,
          outcome,
          clock(),
        ),
        200,
      );
    },
  );
