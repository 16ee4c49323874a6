import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { localizedSchema } from '../../schema/localized.ts';
import type { AppEnv } from '../app-env.ts';
import { signedIn, staffErrors } from '../auth/openapi.ts';
import { requireRole } from '../middleware/require-role.ts';
import { listMunicipalities, qualityReport, syncRunsReport } from '../queries/catalogue-admin.ts';
import { syncRunSchema } from './health.ts';
import { jsonContent } from './openapi-helpers.ts';

const syncRunsSchema = z.object({
  runs: z.array(syncRunSchema),
  quarantine: z.array(
    z.object({ entityType: z.string(), id: z.string(), runId: z.number(), reason: z.string() }),
  ),
});

const qualitySchema = z.object({
  organizations: z.array(
    z.object({
      id: z.string(),
      name: localizedSchema,
      services: z.number(),
      missing: z.object({
        description: z.number(),
        hours: z.number(),
        languages: z.number(),
        targetGroups: z.number(),
        channels: z.number(),
      }),
    }),
  ),
});

/** The catalogue as the county's administrators look after it: imports and data quality. */
export const catalogueAdminRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/sync-runs',
      tags: ['Admin'],
      summary: 'The latest PTV sync runs with their counts, and the quarantined records',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      responses: { 200: jsonContent(syncRunsSchema, 'Newest first'), ...staffErrors },
    }),
    (c) => c.json(syncRunsReport(c.get('deps').db), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/admin/quality',
      tags: ['Admin'],
      summary:
        'Per organisation, published services missing descriptions, hours, languages, target groups or channels',
      security: signedIn,
      middleware: [requireRole('admin')] as const,
      responses: { 200: jsonContent(qualitySchema, 'Largest organisations first'), ...staffErrors },
    }),
    (c) => c.json(qualityReport(c.get('deps').db), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/municipalities',
      tags: ['Catalogue'],
      summary: 'Municipalities that published services are available in',
      responses: {
        200: jsonContent(
          z.object({
            municipalities: z.array(z.object({ code: z.string(), name: localizedSchema })),
          }),
          'By code',
        ),
      },
    }),
    (c) => c.json({ municipalities: listMunicipalities(c.get('deps').db) }, 200),
  );
