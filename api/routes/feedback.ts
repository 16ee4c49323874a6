import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ptvIdSchema } from '../../schema/catalogue/api.ts';
import { feedbackStatuses } from '../../schema/feedback/constants.ts';
import {
  serviceReportInputSchema,
  serviceReportViewSchema,
  siteFeedbackInputSchema,
  siteFeedbackViewSchema,
} from '../../schema/feedback/validation.ts';
import type { AppEnv } from '../app-env.ts';
import { signedIn, staffErrors } from '../auth/openapi.ts';
import { jsonOrFormBody, pickBody } from '../middleware/form-body.ts';
import { currentUser, requireRole } from '../middleware/require-role.ts';
import { actorOf } from '../queries/audit.ts';
import {
  createServiceReport,
  createSiteFeedback,
  listServiceReports,
  listSiteFeedback,
  resolveServiceReport,
  resolveSiteFeedback,
} from '../queries/feedback.ts';
import { jsonContent } from './openapi-helpers.ts';

const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const status = z.enum(feedbackStatuses).default('open');
const anonymousErrors = { 400: staffErrors[400], 404: staffErrors[404], 413: staffErrors[413] };

/**
 * Anyone reports a problem with a service (to its PTV organisation's queue) or gives feedback on
 * tarjotin; identity-code-shaped text is redacted before it is stored (docs/privacy.md).
 */
export const feedbackRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path: '/feedback/services',
      tags: ['Feedback'],
      summary: 'Report a problem with a service (wrong hours, phone, address, ended, other)',
      request: { body: jsonOrFormBody(serviceReportInputSchema) },
      responses: {
        201: jsonContent(serviceReportViewSchema, 'Queued for the responsible organisation'),
        ...anonymousErrors,
      },
    }),
    (c) => {
      const input = pickBody(c, c.req.valid('json'), c.req.valid('form'));
      return c.json(createServiceReport(c.get('deps').db, input, c.get('deps').clock()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/feedback/site',
      tags: ['Feedback'],
      summary: 'Feedback on tarjotin itself, accessibility feedback included',
      request: { body: jsonOrFormBody(siteFeedbackInputSchema) },
      responses: { 201: jsonContent(siteFeedbackViewSchema, 'Received'), ...anonymousErrors },
    }),
    (c) => {
      const input = pickBody(c, c.req.valid('json'), c.req.valid('form'));
      return c.json(createSiteFeedback(c.get('deps').db, input, c.get('deps').clock()), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/feedback/services',
      tags: ['Feedback'],
      summary:
        'Service problem reports: a provider’s own organisations’ queue, or all for an admin',
      security: signedIn,
      middleware: [requireRole('provider', 'admin')] as const,
      request: { query: z.object({ organizationId: ptvIdSchema.optional(), status }) },
      responses: {
        200: jsonContent(z.object({ reports: z.array(serviceReportViewSchema) }), 'Newest first'),
        ...staffErrors,
      },
    }),
    (c) => {
      const actor = actorOf(currentUser(c), c.get('requestId'));
      return c.json(
        { reports: listServiceReports(c.get('deps').db, actor, c.req.valid('query')) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/feedback/services/{id}/resolve',
      tags: ['Feedback'],
      summary: 'Mark a report handled (own organisation’s only, for a provider)',
      security: signedIn,
      middleware: [requireRole('provider', 'admin')] as const,
      request: { params: idParams },
      responses: { 200: jsonContent(serviceReportViewSchema, 'Resolved'), ...staffErrors },
    }),
    (c) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(currentUser(c), c.get('requestId'));
      return c.json(resolveServiceReport(db, actor, c.req.valid('param').id, clock()), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/feedback/site',
      tags: ['Feedback'],
      summary: 'Feedback on tarjotin, for admins',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      request: { query: z.object({ status }) },
      responses: {
        200: jsonContent(z.object({ feedback: z.array(siteFeedbackViewSchema) }), 'Newest first'),
        ...staffErrors,
      },
    }),
    (c) =>
      c.json({ feedback: listSiteFeedback(c.get('deps').db, c.req.valid('query').status) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/feedback/site/{id}/resolve',
      tags: ['Feedback'],
      summary: 'Mark site feedback answered; its reply address is erased',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      request: { params: idParams },
      responses: { 200: jsonContent(siteFeedbackViewSchema, 'Resolved'), ...staffErrors },
    }),
    (c) => {
      const { db, clock } = c.get('deps');
      return c.json(
        resolveSiteFeedback(
          db,
          actorOf(currentUser(c), c.get('requestId')),
          c.req.valid('param').id,
          clock(),
        ),
        200,
      );
    },
  );
