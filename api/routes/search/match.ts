import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { matchServices } from '../../queries/match.ts';
import { errorResponses, errorSchema, jsonContent } from '../openapi-helpers.ts';
import { matchResponseSchema } from './responses.ts';
import { matchInputSchema } from './schemas.ts';

export const matchRoute = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'post',
    path: '/match',
    tags: ['Search'],
    summary: 'Match a client’s situation to services, grouped by need theme with reasons',
    description:
      'Free text ("rahat loppuu kesken kuun") and chosen themes become need themes; each is ' +
      'searched in the client’s municipality and nationwide. Within a theme, services matching the ' +
      'words and the client’s preferences, and those of associations, parishes and municipalities, ' +
      'come first. `hits` lists the chosen themes’ services theme by theme, then the rest best ' +
      'first across themes; each hit’s `theme` names its group (null: found by the words alone). ' +
      'Nothing about the client is stored.',
    request: {
      body: { content: { 'application/json': { schema: matchInputSchema } }, required: true },
    },
    responses: {
      200: jsonContent(matchResponseSchema, 'Services by theme'),
      400: errorResponses[400],
      422: jsonContent(errorSchema, 'The request holds a personal identity code; remove it'),
    },
  }),
  async (c) => c.json(await matchServices(c.get('deps'), c.req.valid('json')), 200),
);
