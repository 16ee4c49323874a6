import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.ts';
import { getHealth } from '../queries/health.ts';
import { jsonContent } from './openapi-helpers.ts';

const countsSchema = z.object({
  fetched: z.number(),
  inserted: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  deleted: z.number(),
  quarantined: z.number(),
});

/** A sync run as the health check and the admin views show it. */
export const syncRunSchema = z.object({
  id: z.number(),
  mode: z.string(),
  status: z.string(),
  phase: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  counts: countsSchema,
  error: z.string().nullable(),
});

const healthSchema = z
  .object({
    status: z.literal('ok'),
    catalogue: z.object({ services: z.number(), organizations: z.number(), channels: z.number() }),
    lastSync: syncRunSchema.nullable(),
  })
  .openapi('Health');

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    tags: ['Operations'],
    summary: 'Liveness, catalogue size and the last sync run',
    responses: { 200: jsonContent(healthSchema, 'The service is up') },
  }),
  (c) => c.json(getHealth(c.get('deps').db), 200),
);
