import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { redactIdentityCodes } from '../schema/referrals/identity-code.ts';
import type { AppDeps, AppEnv } from './app-env.ts';
import { defaultSecurityConfig } from './auth/config.ts';
import { SESSION_SCHEME } from './auth/openapi.ts';
import { ApiError, errorBody, handleError } from './errors.ts';
import { csrfProtection } from './middleware/csrf.ts';
import { rejectIdentityCodes } from './middleware/identity-code-guard.ts';
import { RateLimiter } from './middleware/rate-limit.ts';
import { requestContext } from './middleware/request-context.ts';
import { limitBody, noStore, securityHeaders } from './middleware/security-headers.ts';
import { session } from './middleware/session.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { catalogueAdminRoutes } from './routes/catalogue-admin.ts';
import { feedbackRoutes } from './routes/feedback.ts';
import { healthRoutes } from './routes/health.ts';
import { providerRoutes } from './routes/provider.ts';
import { referralLineRoutes } from './routes/referrals-lines.ts';
import { referralRoutes } from './routes/referrals.ts';
import { searchRoutes } from './routes/search/index.ts';
import { unitRoutes } from './routes/units.ts';

/** Paths (under /api) holding staff or referral data. */
const privatePaths = [
  '/auth',
  '/referrals',
  '/unmet-needs',
  '/units',
  '/provider',
  '/admin',
  '/feedback',
];
/** Paths where identity-code-shaped input is refused outright (feedback redacts it instead). */
const noIdentityCodePaths = [
  '/auth',
  '/referrals',
  '/unmet-needs',
  '/provider',
  '/admin',
  '/match',
];

/** The API as one Hono app under /api; index.ts serves it, tests call `app.request()`. */
export function createApp(deps: AppDeps) {
  const security = { ...defaultSecurityConfig, ...deps.security };
  const minute = 60_000;
  const loginWindow = security.loginWindowMinutes * minute;
  const app = new OpenAPIHono<AppEnv>({
    // Validation failures use the same envelope as every other error. Messages may quote input
    // (an unknown field's name), so identity-code shapes are redacted from them.
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({
          path: redactIdentityCodes(i.path.join('.')),
          message: redactIdentityCodes(i.message),
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
  app.use('*', securityHeaders());
  app.use('*', limitBody(security.bodyLimitBytes));
  app.use('*', session(security));
  app.use(
    '*',
    csrfProtection({
      exempt: (path) => path === '/api/auth/login',
      trustedOrigins: security.publicBaseUrl ? [new URL(security.publicBaseUrl).origin] : [],
    }),
  );
  const under = (paths: string[], middleware: MiddlewareHandler<AppEnv>) => {
    for (const path of paths) app.use(path, middleware).use(`${path}/*`, middleware);
  };
  under(privatePaths, noStore());
  under(noIdentityCodePaths, rejectIdentityCodes());
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

  const routes = app
    .route('/', healthRoutes)
    .route('/', catalogueRoutes)
    .route('/', searchRoutes)
    .route(
      '/',
      authRoutes({
        byEmail: new RateLimiter({ limit: security.loginMaxFailures, windowMs: loginWindow }),
        byAddress: new RateLimiter({
          limit: security.loginMaxFailures * 10,
          windowMs: loginWindow,
        }),
      }),
    )
    .route('/', unitRoutes)
    .route(
      '/',
      referralRoutes(new RateLimiter({ limit: security.referralsPerMinute, windowMs: minute })),
    )
    .route('/', referralLineRoutes)
    .route('/', providerRoutes)
    .route('/', feedbackRoutes)
    .route('/', adminRoutes)
    .route('/', catalogueAdminRoutes);

  app.openAPIRegistry.registerComponent('securitySchemes', SESSION_SCHEME, {
    type: 'apiKey',
    in: 'cookie',
    name: 'tarjotin_session',
    description:
      'Set by POST /api/auth/login (`__Host-tarjotin_session` over HTTPS). State changes also need X-CSRF-Token.',
  });
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
