import { z } from '@hono/zod-openapi';
import { organizationKinds, uiLanguages } from '../../../schema/constants.ts';
import { ageGroups } from '../../../search/match/index.ts';
import { needThemes } from '../../../search/needs/index.ts';
import { facetNames } from '../../../search/contract.ts';
import { channelModes } from './responses.ts';

// The web takes its types from here (web/lib/api-types.ts), requests and responses alike.
export * from './responses.ts';

/** Request shapes of /search, /suggest and /match, with messages that say what to fix. */

const themeIds = needThemes.map((t) => t.id) as [string, ...string[]];

const municipalityCode = z.string().regex(/^\d{3}$/, {
  error: (issue) =>
    `'${String(issue.input)}' is not a municipality code: use the 3-digit code, e.g. 853 for Turku`,
});
const languageCode = z.string().regex(/^[a-z]{2}$/, {
  error: (issue) =>
    `'${String(issue.input)}' is not a language code: use ISO 639-1, e.g. fi, sv, en, ar`,
});
const themeMessage = (input: unknown) =>
  `'${String(input)}' is not a need theme; known themes: ${themeIds.join(', ')}`;
const themeId = z.enum(themeIds, { error: (issue) => themeMessage(issue.input) });
const channelMode = z.enum(channelModes, {
  error: (issue) => `'${String(issue.input)}' is not a channel: use visit, phone or online`,
});
const lang = z.enum(uiLanguages, { error: 'lang must be fi, sv or en' }).default('fi');

/** A list parameter: comma-separated (`municipality=853,202`) or repeated. */
function listParam<T extends z.ZodType>(item: T, description: string, example: string) {
  const split = (v: unknown) =>
    (Array.isArray(v) ? v : [v])
      .flatMap((s) => String(s).split(','))
      .map((s) => s.trim())
      .filter(Boolean);
  return z
    .preprocess(split, z.array(item).max(50, { error: 'at most 50 values' }))
    .optional()
    .openapi({ description: `${description} Comma-separated, or repeat the parameter.`, example });
}

function booleanParam(name: string, description: string) {
  return z
    .enum(['true', 'false'], { error: `${name} must be true or false` })
    .transform((v) => v === 'true')
    .optional()
    .openapi({ description });
}

function numberParam(name: string, min: number, max: number, description: string, int = true) {
  const message = `${name} must be ${int ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  const number = z.coerce.number({ error: message });
  return (int ? number.int({ error: message }) : number)
    .min(min, { error: message })
    .max(max, { error: message })
    .openapi({ description });
}

export const searchParamsSchema = z
  .object({
    q: z.string().max(200, { error: 'q is at most 200 characters' }).optional().openapi({
      description: 'Free text in any form people type it; empty = browse by filters.',
      example: 'velkaneuvonta',
    }),
    lang: lang.openapi({ description: 'Language of the answer and of the query text.' }),
    municipality: listParam(
      municipalityCode,
      'Services available in any of these municipalities (3-digit codes).',
      '853,202',
    ),
    place: booleanParam(
      'place',
      'A municipality named in q beside other words ("skuldrådgivning Pargas", "velkaneuvonta ' +
        'Turussa") becomes their area (with nationwide services) instead of a word to search ' +
        'for, unless municipality or lat/lon is given; false searches it as a word (default ' +
        "true). The answer's `places` says what was read.",
    ),
    nationwide: booleanParam(
      'nationwide',
      'With municipality: also services available nationwide (default true).',
    ),
    organizationKind: listParam(
      z.enum(organizationKinds, {
        error: (i) =>
          `'${String(i.input)}' is not an organisation kind; use ${organizationKinds.join(', ')}`,
      }),
      'Kind of the responsible or producing organisation.',
      'association,parish',
    ),
    language: listParam(languageCode, 'Languages the service is available in.', 'sv'),
    targetGroup: listParam(
      z.string().regex(/^KR\d+(\.\d+)*$/, {
        error: (i) => `'${String(i.input)}' is not a PTV target group code such as KR1.1`,
      }),
      'PTV target groups (ptvkohderyhmat).',
      'KR1.1',
    ),
    serviceClass: listParam(
      z.string().regex(/^P\d+(\.\d+)*$/, {
        error: (i) => `'${String(i.input)}' is not a PTV service class code such as P4.12`,
      }),
      'PTV service classes (ptvserclass2).',
      'P15.1',
    ),
    theme: listParam(themeId, 'Need themes (GET /api/openapi.json lists them).', 'debt-and-money'),
    free: booleanParam('free', 'true = free of charge only; false = chargeable only.'),
    channel: listParam(channelMode, 'How the service can be used.', 'visit,phone'),
    accessible: booleanParam(
      'accessible',
      'Only services with accessibility information for premises.',
    ),
    openNow: booleanParam('openNow', 'Only services open now (service hours, Europe/Helsinki).'),
    lat: numberParam('lat', -90, 90, 'WGS84 latitude of a point (with lon).', false).optional(),
    lon: numberParam('lon', -180, 180, 'WGS84 longitude of a point (with lat).', false).optional(),
    radius: numberParam(
      'radius',
      0.1,
      500,
      'Kilometres around lat/lon (default 25).',
      false,
    ).optional(),
    sort: z
      .enum(['relevance', 'distance', 'name'], {
        error: 'sort must be relevance, distance or name',
      })
      .default('relevance'),
    limit: numberParam('limit', 1, 100, 'Hits per page (default 20); page with offset.').default(
      20,
    ),
    offset: numberParam('offset', 0, 10_000, 'Hits to skip (default 0).').default(0),
    facets: z
      .preprocess(
        (v) => (Array.isArray(v) ? v : [v]).flatMap((s) => String(s).split(',')).filter(Boolean),
        z.array(
          z.enum([...facetNames, 'none'], {
            error: (i) =>
              `'${String(i.input)}' is not a facet; use none or any of ${facetNames.join(', ')}`,
          }),
        ),
      )
      .optional()
      .openapi({
        description:
          'Facets to count (default all); `none` when only hits are needed, e.g. search-as-you-type.',
        example: 'municipalities,themes',
      }),
  })
  .superRefine((p, ctx) => {
    if ((p.lat === undefined) !== (p.lon === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [p.lat === undefined ? 'lat' : 'lon'],
        message: 'lat and lon go together: give both (WGS84 decimal degrees), or neither',
      });
    }
    const point = p.lat !== undefined && p.lon !== undefined;
    if (p.radius !== undefined && !point) {
      ctx.addIssue({
        code: 'custom',
        path: ['radius'],
        message: 'radius needs a point: give lat and lon too',
      });
    }
    if (p.sort === 'distance' && !point) {
      ctx.addIssue({
        code: 'custom',
        path: ['sort'],
        message: 'sort=distance needs a point: give lat and lon',
      });
    }
    if (p.nationwide !== undefined && !p.municipality?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['nationwide'],
        message: 'nationwide only applies with municipality: give a municipality or leave it out',
      });
    }
  });
export type SearchParams = z.output<typeof searchParamsSchema>;

export const suggestParamsSchema = z.object({
  q: z
    .string({ error: 'q is required: the text typed so far' })
    .trim()
    .min(1, { error: 'q is required: the text typed so far' })
    .max(100, { error: 'q is at most 100 characters' })
    .openapi({ example: 'velkan' }),
  lang,
  limit: numberParam('limit', 1, 20, 'Suggestions (default 8).').default(8),
});
export type SuggestParams = z.output<typeof suggestParamsSchema>;

export const matchInputSchema = z
  .object({
    needs: z
      // Theme ids are checked below, so that an unknown one is named in the message.
      .union(
        [z.string().max(1000, { error: 'needs is at most 1000 characters' }), z.array(z.string())],
        { error: 'needs is free text, or a list of need theme ids' },
      )
      .optional()
      .openapi({
        description:
          'The situation in free text ("rahat loppuu kesken kuun, äiti on yksinäinen"), read in `lang` unless it is plainly written in another of fi, sv, en; or need theme ids.',
        example: 'rahat loppuu kesken kuun',
      }),
    themes: z
      .array(themeId)
      .max(10)
      .optional()
      .openapi({ description: 'Need theme ids chosen directly.' }),
    municipality: municipalityCode
      .optional()
      .openapi({ description: 'Home municipality.', example: '853' }),
    language: languageCode.optional().openapi({
      description: 'Language the client wants to be served in; default lang.',
      example: 'fi',
    }),
    lang: z.enum(uiLanguages, { error: 'lang must be fi, sv or en' }).optional().openapi({
      description:
        'Language of the answer, and of the text unless the text is plainly in another; default language when it is fi, sv or en, else fi.',
    }),
    ageGroup: z
      .enum(ageGroups, { error: `ageGroup must be one of ${ageGroups.join(', ')}` })
      .optional(),
    channel: channelMode.optional().openapi({ description: 'Preferred way to use a service.' }),
    mobility: z
      .enum(['limited'], { error: 'mobility must be limited, or left out' })
      .optional()
      .openapi({
        description: 'limited: prefer accessible premises and phone or online services.',
      }),
    perTheme: numberParam('perTheme', 1, 20, 'Services per theme (default 5).').default(5),
  })
  .superRefine((m, ctx) => {
    if (Array.isArray(m.needs)) {
      m.needs.forEach((id, i) => {
        if (!(themeIds as string[]).includes(id)) {
          ctx.addIssue({ code: 'custom', path: ['needs', i], message: themeMessage(id) });
        }
      });
    }
    const hasNeeds = Array.isArray(m.needs) ? m.needs.length > 0 : Boolean(m.needs?.trim());
    if (!hasNeeds && !m.themes?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['needs'],
        message: 'describe the situation in needs (free text or theme ids), or give themes',
      });
    }
  });
export type MatchInput = z.output<typeof matchInputSchema>;
