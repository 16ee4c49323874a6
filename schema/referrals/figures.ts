import { z } from 'zod';

/** A published count: a number of at least 5, or `<5` (hidden, including zero). */
export const figureCellSchema = z.union([z.number().int(), z.literal('<5')]);

/** A rate as the published cells bound it (each `<5` may be 0 to 4). */
const rateRangeSchema = z.object({ low: z.number(), high: z.number() });

export const figureTableSchema = z.object({
  dimension: z.string().describe('route, unit_type, municipality, status, theme or sector'),
  unit: z
    .enum(['referral_lines', 'theme_mentions', 'unmet_needs', 'unmet_theme_mentions'])
    .describe(
      'What is counted: one per service line, one per theme on a line, one per unmet need or its theme',
    ),
  columns: z.array(z.string()),
  rows: z.array(
    z.object({ month: z.string(), cells: z.array(figureCellSchema), total: figureCellSchema }),
  ),
  totals: z.object({ cells: z.array(figureCellSchema), total: figureCellSchema }),
});

export const organizationFiguresSchema = z.object({
  organizationId: z.string(),
  year: z.number(),
  months: z.array(z.string()).describe('Ended months only'),
  threshold: z.number(),
  tables: z.array(figureTableSchema),
  rates: z
    .array(
      z.object({
        month: z.string(),
        arrivalRate: rateRangeSchema.nullable(),
        helpedRate: rateRangeSchema.nullable(),
      }),
    )
    .describe('Per month and for the year (month "total"); null where the month total is hidden'),
});

export const countyFiguresSchema = z.object({
  year: z.number(),
  months: z.array(z.string()),
  threshold: z.number(),
  tables: z.array(figureTableSchema),
});

export const figuresQuerySchema = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2020)
    .max(2100)
    .optional()
    .describe('Calendar year; default: that of the last ended month'),
});
