import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { suggestServices } from '../../queries/search.ts';
import { errorResponses, jsonContent } from '../openapi-helpers.ts';
import { suggestResponseSchema } from './responses.ts';
import { suggestParamsSchema } from './schemas.ts';

export const suggestRoute = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/suggest',
    tags: ['Search'],
    summary: 'Search-as-you-type: need themes and service names for the text typed so far',
    request: { query: suggestParamsSchema },
    responses: {
      200: jsonContent(suggestResponseSchema, 'Suggestions, best first'),
      400: errorResponses[400],
    },
  }),
  async (c) => c.json(await suggestServices(c.get('deps'), c.req.valid('query')), 200),
);
