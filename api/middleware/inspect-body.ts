import type { Context } from 'hono';

const FORM = /^(application\/x-www-form-urlencoded|multipart\/form-data)/i;
const JSON_TYPE = /^application\/([\w.-]+\+)?json/i;

export const isFormRequest = (c: Context) => FORM.test(c.req.header('content-type') ?? '');
export const isJsonRequest = (c: Context) => JSON_TYPE.test(c.req.header('content-type') ?? '');

/**
 * The request body as data, for middleware that must look inside before validation: JSON as
 * parsed, a form as an object of its fields. Undefined when there is none or it does not parse
 * (the route's validator then answers 400). Hono caches the body, so validators read it again.
 */
export async function inspectBody(c: Context): Promise<unknown> {
  try {
    if (isJsonRequest(c)) return await c.req.json();
    if (isFormRequest(c)) return await c.req.parseBody({ all: true });
  } catch {
    return undefined;
  }
  return undefined;
}
