import { z } from '@hono/zod-openapi';
import { organizationKinds } from '../../../schema/constants.ts';
import { facetNames } from '../../../search/contract.ts';
import { ageGroups } from '../../../search/match/index.ts';

/** Response shapes of /search, /suggest and /match, as /api/openapi.json documents them. */

/** How a client can use a service (search/contract `ChannelMode`). */
export const channelModes = ['visit', 'phone', 'online'] as const;

const pickSchema = z
  .object({ value: z.string(), lang: z.string(), fallback: z.boolean() })
  .openapi('LocalizedText', {
    description: 'Text in the requested language, or in another marked `fallback: true`.',
  });

export const serviceItemSchema = z.object({
  id: z.string().describe('PTV service id'),
  name: pickSchema,
  summary: pickSchema.nullable(),
  organization: z
    .object({ id: z.string(), name: pickSchema.nullable(), kind: z.enum(organizationKinds) })
    .nullable(),
  channels: z.array(z.enum(channelModes)),
  municipalities: z
    .array(z.string())
    .describe('Codes of the municipalities served; empty when nationwide'),
  nationwide: z.boolean(),
  languages: z.array(z.string()),
  free: z.boolean().nullable(),
});

const facetValueSchema = z.object({
  value: z.string(),
  count: z.number(),
  label: z.string().nullable(),
});

export const searchResponseSchema = z
  .object({
    total: z.number(),
    limit: z.number(),
    offset: z.number(),
    hits: z.array(
      serviceItemSchema.extend({
        distanceKm: z.number().optional(),
        matched: z.object({ terms: z.array(z.string()), fields: z.array(z.string()) }),
      }),
    ),
    facets: z.partialRecord(z.enum(facetNames), z.array(facetValueSchema)),
    places: z
      .array(
        z.object({
          word: z.string().describe('The word of q as typed'),
          code: z.string().describe('Municipality code'),
          label: z.string().nullable().describe('The municipality in `lang`'),
        }),
      )
      .describe('Municipalities read from q and searched in (see `place`); empty when none'),
    widenings: z
      .array(
        z.object({
          kind: z.enum([
            'neighbouring-municipalities',
            'nationwide',
            'related-themes',
            'themes-for-words',
            'without-filter',
          ]),
          total: z.number(),
          dropped: z.string().optional(),
          params: z
            .record(z.string(), z.string())
            .describe('The widened search as query parameters'),
          values: z.array(facetValueSchema).optional(),
        }),
      )
      .describe('Only when nothing was found: the nearest searches that find something'),
  })
  .openapi('SearchResult');

export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const suggestResponseSchema = z
  .object({
    suggestions: z.array(
      z.object({
        text: z.string(),
        serviceId: z.string().optional(),
        themeId: z.string().optional(),
      }),
    ),
  })
  .openapi('Suggestions');

const reasonSchema = z
  .object({
    kind: z.enum([
      'theme',
      'words',
      'service-type',
      'area',
      'language',
      'channel',
      'age-group',
      'accessible',
      'remote',
      'sector',
    ]),
    theme: z.string().optional(),
    words: z.array(z.string()).optional(),
    terms: z.array(z.string()).optional(),
    /** For `service-type`: the kind of service's id and its label in the requested language. */
    type: z.string().optional(),
    label: z.string().optional(),
    scope: z.enum(['municipality', 'nationwide']).optional(),
    municipality: z.string().optional(),
    language: z.string().optional(),
    channel: z.enum(channelModes).optional(),
    ageGroup: z.enum(ageGroups).optional(),
    sector: z.literal('non-sote').optional(),
  })
  .openapi('MatchReason');

export const matchResponseSchema = z
  .object({
    themes: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        source: z.enum(['chosen', 'words', 'age-group']),
        words: z.array(z.string()),
        total: z.number(),
      }),
    ),
    hits: z.array(
      serviceItemSchema.extend({
        theme: z.string().nullable(),
        score: z.number(),
        reasons: z.array(reasonSchema),
      }),
    ),
    next: z
      .array(
        z.object({
          type: z.string().describe('A kind of service (a service type id)'),
          label: z.string().describe('Its name in `lang`'),
          after: z
            .object({ type: z.string(), label: z.string() })
            .describe('The kind of service the text points to that this one usually follows'),
          hits: z.array(serviceItemSchema).describe("Its services in the client's area"),
        }),
      )
      .describe(
        'Service paths: kinds of service a client who needs one the text points to usually needs next ("turvakoti" → rikosuhripäivystys), with their services that are not among `hits`; at most 3, 3 services each',
      ),
  })
  .openapi('MatchResult');
