import type { MiddlewareHandler } from 'hono';
import {
  deepContainsIdentityCode,
  identityCodeMessage,
} from '../../schema/referrals/identity-code.ts';
import type { AppEnv } from '../app-env.ts';
import { ApiError } from '../errors.ts';
import { inspectBody } from './inspect-body.ts';

/**
 * Refuses (422) any state change whose body holds something shaped like a personal identity code,
 * in any field or key, known or not, before validation could echo it back in an error message.
 */
export function rejectIdentityCodes(): MiddlewareHandler<AppEnv> {
  return async function identityCodeGuard(c, next) {
    if (
      c.req.method !== 'GET' &&
      c.req.method !== 'HEAD' &&
      deepContainsIdentityCode(await inspectBody(c))
    ) {
      throw new ApiError('UNPROCESSABLE', identityCodeMessage);
    }
    await next();
  };
}
