import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countyFiguresSchema, figuresQuerySchema } from '../../schema/referrals/figures.ts';
import { needThemes } from '../../search/needs/index.ts';
import type { AppEnv } from '../app-env.ts';
import { signedIn, staffErrors } from '../auth/openapi.ts';
import { currentUser, requireRole } from '../middleware/require-role.ts';
import { actorOf, referralAccessLog, writeAudit } from '../queries/audit.ts';
import { countyFigures, figuresCsv } from '../queries/figures.ts';
import { usageStats } from '../queries/usage.ts';
import { jsonContent } from './openapi-helpers.ts';
import { codeParams } from './referrals.ts';

const themeIds = needThemes.map((t) => t.id);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date such as 2026-11-01');

const usageSchema = z.object({
  from: z.string(),
  to: z.string(),
  days: z.array(z.record(z.string(), z.unknown())),
  totals: z.record(z.string(), z.unknown()),
  zeroResultQueries: z.array(z.object({ kind: z.string(), query: z.string(), count: z.number() })),
});

const accessLogSchema = z.object({
  code: z.string(),
  entries: z.array(
    z.object({
      at: z.string(),
      action: z.string(),
      role: z.string(),
      userId: z.number().nullable(),
      email: z.string().nullable(),
      displayName: z.string().nullable(),
      organizationIds: z.array(z.string()),
      requestId: z.string().nullable(),
    }),
  ),
});

/** County-wide, aggregated views for administrators, and the referral access log. */
export const adminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/usage',
      tags: ['Admin'],
      summary:
        'Searches, suggestions and matches per day, zero-result rates and common failed queries',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      request: { query: z.object({ from: day.optional(), to: day.optional() }) },
      responses: { 200: jsonContent(usageSchema, 'Usage (no personal data)'), ...staffErrors },
    }),
    (c) => {
      const now = c.get('deps').clock();
      const query = c.req.valid('query');
      const to = query.to ?? now.toISOString().slice(0, 10);
      const from =
        query.from ?? new Date(now.getTime() - 29 * 86_400_000).toISOString().slice(0, 10);
      return c.json(usageStats(c.get('deps').db, { from, to }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/figures',
      tags: ['Figures'],
      summary:
        'Referrals to non-sote services by sector and theme, unmet needs by municipality and theme',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      request: { query: figuresQuerySchema },
      responses: {
        200: jsonContent(countyFiguresSchema, 'Suppressed county figures (audited)'),
        ...staffErrors,
      },
    }),
    (c) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(currentUser(c), c.get('requestId'));
      return c.json(
        countyFigures(db, actor, { year: c.req.valid('query').year, now: clock(), themeIds }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/figures.csv',
      tags: ['Figures'],
      summary: 'The county figures as CSV',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      request: { query: figuresQuerySchema },
      responses: {
        200: {
          content: { 'text/csv': { schema: z.string() } },
          description: 'CSV (audited as an export)',
        },
        ...staffErrors,
      },
    }),
    (c) => {
      const { db, clock } = c.get('deps');
      const actor = actorOf(currentUser(c), c.get('requestId'));
      const figures = countyFigures(db, actor, {
        year: c.req.valid('query').year,
        now: clock(),
        themeIds,
        exporting: true,
      });
      return c.body(figuresCsv(figures.tables), 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="tarjotin-county-${figures.year}.csv"`,
      });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/audit/referrals/{code}',
      tags: ['Admin'],
      summary: 'Who accessed referral X: every read, change and creation, oldest first',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      request: { params: codeParams },
      responses: {
        200: jsonContent(accessLogSchema, 'The access log (this look-up is itself logged)'),
        ...staffErrors,
      },
    }),
    (c) => {
      const { db, clock } = c.get('deps');
      const { code } = c.req.valid('param');
      const entries = referralAccessLog(db, code);
      writeAudit(
        db,
        actorOf(currentUser(c), c.get('requestId')),
        'read',
        'referral_audit',
        code,
        clock(),
      );
      return c.json({ code, entries }, 200);
    },
  );
