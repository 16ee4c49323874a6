import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from './app-env.ts';
import { ApiError, errorBody, handleError } from './errors.ts';
import { requestContext } from './middleware/request-context.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { healthRoutes } from './routes/health.ts';

/** The API as one Hono app under /api; index.ts serves it, tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    // Validation failures use the same envelope as every other error.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({
          path: i.path.join('.'),
          message: i.message,
        }));
        const message = issues
          .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
          .join('; ');
        return c.json(
          errorBody(c as never, 'BAD_REQUEST', `Invalid request. ${message}`, issues),
          400,
        );
      }
    },
  }).basePath('/api');

  app.use('*', requestContext(deps));
  app.onError(handleError);
  app.notFound((c) =>
    c.json(
      errorBody(
        c,
        'NOT_FOUND',
        `No API route ${c.req.method} ${c.req.path}. See /api/openapi.json.`,
      ),
      404,
    ),
  );

  const routes = app.route('/', healthRoutes).route('/', catalogueRoutes);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'tarjotin API',
      version: '0.1.0',
      description: 'Service-catalogue search, needs-based matching and referrals over PTV data.',
    },
  });
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
export { ApiError };
