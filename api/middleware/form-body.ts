import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { ApiError } from '../errors.ts';
import { isFormRequest, isJsonRequest } from './inspect-body.ts';

interface FormShape {
  /** Fields that may repeat (`services=a&services=b` or `services[]=a`): always arrays. */
  arrays?: readonly string[];
  /** Checkbox fields: absent or `false`/`0`/`off` is false, anything else true. */
  booleans?: readonly string[];
}

/**
 * An HTML form's fields in the shape the JSON schema expects: repeated fields as arrays, checkboxes
 * as booleans, empty fields absent, the `_csrf` field (checked by the CSRF middleware) dropped.
 */
function fromForm(raw: unknown, shape: FormShape): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of Object.entries(raw)) {
    const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey;
    if (key === '_csrf' || value === '') continue;
    if (shape.arrays?.includes(key)) out[key] = [value].flat().filter((v) => v !== '');
    else if (shape.booleans?.includes(key))
      out[key] = !['false', '0', 'off'].includes(String(value));
    else out[key] = value;
  }
  for (const key of shape.booleans ?? []) out[key] ??= false;
  return out;
}

/**
 * A createRoute `request.body` taking the same fields as JSON or as a form post
 * (`application/x-www-form-urlencoded`), so server-rendered pages work without JavaScript.
 */
export function jsonOrFormBody<T extends z.ZodType>(
  schema: T,
  shape: FormShape = {},
  description?: string,
) {
  return {
    description,
    content: {
      'application/json': { schema },
      'application/x-www-form-urlencoded': {
        schema: z.preprocess((raw) => fromForm(raw, shape), schema),
      },
    },
  };
}

/** The validated body of a `jsonOrFormBody` route, whichever way it came. */
export function pickBody<T>(c: Context, json: T, form: T): T {
  if (isFormRequest(c)) return form;
  if (isJsonRequest(c)) return json;
  throw new ApiError(
    'BAD_REQUEST',
    'Send the fields as JSON (Content-Type: application/json) or as a form post.',
  );
}
