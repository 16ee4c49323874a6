import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { unitSchema } from '../../schema/auth/validation.ts';
import type { AppEnv } from '../app-env.ts';
import { signedIn, staffErrors } from '../auth/openapi.ts';
import { requireRole } from '../middleware/require-role.ts';
import { listUnits } from '../queries/users.ts';
import { jsonContent } from './openapi-helpers.ts';

export const unitRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/units',
    tags: ['Referrals'],
    summary: 'County units and teams advisors refer from',
    security: signedIn,
    middleware: [requireRole('advisor', 'admin')] as const,
    responses: {
      200: jsonContent(z.object({ units: z.array(unitSchema) }), 'Every unit'),
      ...staffErrors,
    },
  }),
  (c) => c.json({ units: listUnits(c.get('deps').db) }, 200),
);
