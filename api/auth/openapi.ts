import { errorSchema, jsonContent } from '../routes/openapi-helpers.ts';

/** OpenAPI name of the session cookie scheme, registered in app.ts. */
export const SESSION_SCHEME = 'session';

/** Routes that need a staff session (and, for state changes, the CSRF token). */
export const signedIn = [{ [SESSION_SCHEME]: [] }];

/** Errors any signed-in route may answer with, in the one envelope. */
export const staffErrors = {
  400: jsonContent(errorSchema, 'The request is invalid; the message says what to fix'),
  401: jsonContent(errorSchema, 'Not signed in'),
  403: jsonContent(errorSchema, 'Signed in, but not allowed (role, organisation or CSRF token)'),
  404: jsonContent(errorSchema, 'Not found, or not yours to see'),
  413: jsonContent(errorSchema, 'Request body too large'),
  422: jsonContent(
    errorSchema,
    'Refused content: e.g. something shaped like a personal identity code',
  ),
  429: jsonContent(errorSchema, 'Too many requests; see Retry-After'),
} as const;

export const conflictError = {
  409: jsonContent(errorSchema, 'The referral line is not in a state that allows this'),
} as const;
