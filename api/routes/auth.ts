import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { loginInputSchema, meSchema } from '../../schema/auth/validation.ts';
import type { AppEnv } from '../app-env.ts';
import { clearSessionCookie, setSessionCookie } from '../auth/cookies.ts';
import { signIn, type LoginLimiters } from '../auth/login.ts';
import { signedIn, staffErrors } from '../auth/openapi.ts';
import { deleteSession } from '../auth/sessions.ts';
import { jsonOrFormBody, pickBody } from '../middleware/form-body.ts';
import { clientAddress } from '../middleware/rate-limit.ts';
import { requireRole } from '../middleware/require-role.ts';
import type { CurrentUser } from '../queries/users.ts';
import { jsonContent } from './openapi-helpers.ts';

const publicUser = ({ organizationIds: _ids, ...user }: CurrentUser) => user;

/** Sign-in, sign-out and "who am I". Sessions live server-side; the cookie only names one. */
export function authRoutes(limiters: LoginLimiters) {
  return new OpenAPIHono<AppEnv>()
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/login',
        tags: ['Auth'],
        summary: 'Sign in with email and password; sets the HttpOnly session cookie',
        request: { body: jsonOrFormBody(loginInputSchema) },
        responses: {
          200: jsonContent(meSchema, 'Signed in: the user and the CSRF token for state changes'),
          ...staffErrors,
        },
      }),
      async (c) => {
        const { email, password } = pickBody(c, c.req.valid('json'), c.req.valid('form'));
        const { db, clock } = c.get('deps');
        const config = c.get('security');
        const { session, user } = await signIn(
          c,
          { db, now: clock(), config, limiters },
          {
            email,
            password,
            address: clientAddress(c),
            previousSession: c.get('session')?.tokenHash,
          },
        );
        setSessionCookie(c, session.token, session.expiresAt, config);
        c.get('logger').info({ userId: user.id, role: user.role }, 'signed in');
        return c.json({ user: publicUser(user), csrfToken: session.csrfToken }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/auth/logout',
        tags: ['Auth'],
        summary: 'Sign out: the server-side session is deleted and the cookie cleared',
        security: signedIn,
        middleware: [requireRole('advisor', 'provider', 'admin')] as const,
        responses: { 204: { description: 'Signed out' }, ...staffErrors },
      }),
      (c) => {
        const session = c.get('session');
        if (session) deleteSession(c.get('deps').db, session.tokenHash);
        clearSessionCookie(c, c.get('security'));
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/auth/me',
        tags: ['Auth'],
        summary: 'The signed-in user and CSRF token, or nulls for a resident',
        responses: { 200: jsonContent(meSchema, 'The current user') },
      }),
      (c) => {
        const user = c.get('user');
        return c.json(
          { user: user && publicUser(user), csrfToken: c.get('session')?.csrfToken ?? null },
          200,
        );
      },
    );
}
