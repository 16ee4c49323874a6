import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { searchServices } from '../../queries/search.ts';
import { searchResponseBytes } from '../../queries/search-json.ts';
import { errorResponses, jsonBytes, jsonContent } from '../openapi-helpers.ts';
import { searchResponseSchema, type SearchResponse } from './responses.ts';
import { searchParamsSchema } from './schemas.ts';

export const searchRoute = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/search',
    tags: ['Search'],
    summary: 'Search published services by words and filters, with facet counts',
    description:
      'Hits best first (`id` is the PTV service id), names and summaries in `lang` with a marked ' +
      'fallback. When nothing is found, `widenings` offers the nearest searches that find ' +
      'something: neighbouring municipalities, nationwide services, related themes, a filter dropped.',
    request: { query: searchParamsSchema },
    responses: {
      200: jsonContent(searchResponseSchema, 'Services found'),
      400: errorResponses[400],
    },
  }),
  async (c) =>
    jsonBytes<SearchResponse>(
      c,
      searchResponseBytes(await searchServices(c.get('deps'), c.req.valid('query'))),
    ),
);
