import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env.ts';
import { matchRoute } from './match.ts';
import { searchRoute } from './search.ts';
import { suggestRoute } from './suggest.ts';

/** GET /search, GET /suggest and POST /match: one file per verb. */
export const searchRoutes = new OpenAPIHono<AppEnv>()
  .route('/', searchRoute)
  .route('/', suggestRoute)
  .route('/', matchRoute);
