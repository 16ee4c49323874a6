import type { MiddlewareHandler } from 'hono';
import type { UserRole } from '../../schema/auth/constants.ts';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';
import type { CurrentUser } from '../queries/users.ts';

/** 401 without a session, 403 when the signed-in user has none of `roles`. */
export function requireRole(...roles: UserRole[]): MiddlewareHandler<AppEnv> {
  return async function requireRoleMiddleware(c, next) {
    const user = c.get('user');
    if (!user)
      throw new ApiError(
        'UNAUTHORIZED',
        'Sign in first: this needs a staff account (POST /api/auth/login).',
      );
    if (!roles.includes(user.role)) {
      throw new ApiError(
        'FORBIDDEN',
        `This is for ${roles.join(' or ')} accounts; you are signed in as ${user.role}.`,
      );
    }
    await next();
  };
}

/** The signed-in user, for handlers behind `requireRole`. */
export function currentUser(c: { get(key: 'user'): CurrentUser | null }): CurrentUser {
  const user = c.get('user');
  if (!user) throw new ApiError('UNAUTHORIZED', 'Sign in first.');
  return user;
}
