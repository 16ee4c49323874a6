import { z } from '@hono/zod-openapi';

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
