import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  channelSchema,
  organizationDetailSchema,
  ptvIdSchema,
  serviceDetailSchema,
} from '../../schema/catalogue/api.ts';
import type { AppEnv } from '../app-env.ts';
import { NotFoundError } from '../errors.ts';
import { getChannel, getOrganization, getService } from '../queries/catalogue.ts';
import { errorResponses, jsonContent } from './openapi-helpers.ts';

const params = z.object({
  id: ptvIdSchema.openapi({
    param: { name: 'id', in: 'path' },
    example: '0b7c3c0e-8b4a-4bd4-9b7f-2d1f0c5a1e22',
  }),
});

const byId = <T extends z.ZodType>(path: string, tag: string, schema: T, summary: string) =>
  createRoute({
    method: 'get',
    path,
    tags: [tag],
    summary,
    request: { params },
    responses: { 200: jsonContent(schema, 'Found and published'), ...errorResponses },
  });

export const catalogueRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    byId('/services/{id}', 'Catalogue', serviceDetailSchema, 'A published service by its PTV id'),
    (c) => {
      const { id } = c.req.valid('param');
      const service = getService(c.get('deps').db, id);
      if (!service) throw new NotFoundError('service', id);
      return c.json(service, 200);
    },
  )
  .openapi(
    byId(
      '/organizations/{id}',
      'Catalogue',
      organizationDetailSchema,
      'A published organisation by its PTV id',
    ),
    (c) => {
      const { id } = c.req.valid('param');
      const org = getOrganization(c.get('deps').db, id);
      if (!org) throw new NotFoundError('organization', id);
      return c.json(org, 200);
    },
  )
  .openapi(
    byId('/channels/{id}', 'Catalogue', channelSchema, 'A published service channel by its PTV id'),
    (c) => {
      const { id } = c.req.valid('param');
      const channel = getChannel(c.get('deps').db, id);
      if (!channel) throw new NotFoundError('channel', id);
      return c.json(channel, 200);
    },
  );
