import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './app-env.ts';

/** The closed set of error codes the API answers with. */
export const errorCodes = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const satisfies Record<string, ContentfulStatusCode>;
export type ErrorCode = keyof typeof errorCodes;

/** An error the edge renders as `{ error: { code, message, requestId } }` with its status. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export class NotFoundError extends ApiError {
  constructor(entity: string, id: string) {
    super(
      'NOT_FOUND',
      `No published ${entity} with id '${id}'. Check the id, or search for the ${entity}.`,
    );
  }
}

export function errorBody(c: Context<AppEnv>, code: ErrorCode, message: string, details?: unknown) {
  return {
    error: {
      code,
      message,
      requestId: c.get('requestId'),
      ...(details === undefined ? {} : { details }),
    },
  };
}

/** The one place errors become responses: 5xx are logged and their internals hidden. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof ApiError) {
    return c.json(errorBody(c, error.code, error.message, error.details), errorCodes[error.code]);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code =
      (Object.entries(errorCodes).find(
        ([, status]) => status === error.status,
      )?.[0] as ErrorCode) ?? 'BAD_REQUEST';
    return c.json(
      errorBody(c, code, error.message || 'Bad request'),
      error.status as ContentfulStatusCode,
    );
  }
  c.get('logger').error({ err: error }, 'unhandled error');
  return c.json(
    errorBody(c, 'INTERNAL', 'Something went wrong on our side. Try again in a moment.'),
    500,
  );
}
