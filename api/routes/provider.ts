import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ptvIdSchema } from '../../schema/catalogue/api.ts';
import { figuresQuerySchema, organizationFiguresSchema } from '../../schema/referrals/figures.ts';
import { referralViewSchema } from '../../schema/referrals/validation.ts';
import { needThemes } from '../../search/needs/index.ts';
import type { AppEnv } from '../app-env.ts';
import { signedIn, staffErrors } from '../auth/openapi.ts';
import { currentUser, requireRole } from '../middleware/require-role.ts';
import { actorOf } from '../queries/audit.ts';
import { figuresCsv, organizationFigures } from '../queries/figures.ts';
import { listArrivedReferrals } from '../queries/referrals-lines.ts';
import { jsonContent } from './openapi-helpers.ts';

const themeIds = needThemes.map((t) => t.id);

const orgParams = z.object({
  organizationId: ptvIdSchema.openapi({ param: { name: 'organizationId', in: 'path' } }),
});

const figuresRoute = (
  path: string,
  summary: string,
  content: Record<string, { schema: z.ZodType }>,
) =>
  createRoute({
    method: 'get',
    path,
    tags: ['Figures'],
    summary,
    description:
      'Counts below 5 show as "<5", with complementary suppression so no hidden count can be derived from totals.',
    security: signedIn,
    middleware: [requireRole('provider', 'admin')] as const,
    request: { params: orgParams, query: figuresQuerySchema },
    responses: { 200: { content, description: 'Figures (audited)' }, ...staffErrors },
  });

/** What a provider organisation sees: its arrived referrals to close, and its figures. */
export const providerRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/provider/referrals',
      tags: ['Referrals'],
      summary: 'The provider’s referrals whose client has arrived: still open, or closed',
      description:
        'Referrals still waiting for the client are never listed: they are reached only with the client’s code.',
      security: signedIn,
      middleware: [requireRole('provider')] as const,
      request: { query: z.object({ state: z.enum(['open', 'closed']).default('open') }) },
      responses: {
        200: jsonContent(
          z.object({ referrals: z.array(referralViewSchema) }),
          'Newest arrival first (each audited)',
        ),
        ...staffErrors,
      },
    }),
    (c) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(currentUser(c), c.get('requestId'));
      const referrals = listArrivedReferrals(db, actor, {
        open: c.req.valid('query').state === 'open',
        now: clock(),
      });
      return c.json({ referrals }, 200);
    },
  )
  .openapi(
    figuresRoute(
      '/provider/organizations/{organizationId}/figures',
      'One organisation’s referral figures by month',
      {
        'application/json': { schema: organizationFiguresSchema },
      },
    ),
    (c) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(currentUser(c), c.get('requestId'));
      const { year } = c.req.valid('query');
      return c.json(
        organizationFigures(db, actor, c.req.valid('param').organizationId, {
          year,
          now: clock(),
          themeIds,
        }),
        200,
      );
    },
  )
  .openapi(
    figuresRoute(
      '/provider/organizations/{organizationId}/figures.csv',
      'The same figures as CSV',
      {
        'text/csv': { schema: z.string() },
      },
    ),
    (c) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(currentUser(c), c.get('requestId'));
      const { organizationId } = c.req.valid('param');
      const figures = organizationFigures(db, actor, organizationId, {
        year: c.req.valid('query').year,
        now: clock(),
        themeIds,
        exporting: true,
      });
      return c.body(figuresCsv(figures.tables), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="tarjotin-${organizationId}-${figures.year}.csv"`,
      });
    },
  );
