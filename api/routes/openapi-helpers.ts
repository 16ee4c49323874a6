import { z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';

/** The error envelope every 4xx/5xx uses. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      requestId: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi('Error');

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const errorResponses = {
  400: jsonContent(errorSchema, 'The request is invalid; the message says what to fix'),
  404: jsonContent(errorSchema, 'Not found'),
} as const;

/**
 * A 200 response of JSON already serialised to bytes, typed as the JSON of `T` so the route keeps
 * its documented type. The caller builds the bytes to `T`'s schema (tests parse them with it).
 */
export function jsonBytes<T>(
  c: Context,
  bytes: Uint8Array<ArrayBuffer>,
): TypedResponse<T, 200, 'json'> {
  return c.body(bytes, 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<
    T,
    200,
    'json'
  >;
}
