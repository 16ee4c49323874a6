/**
 * Response and request shapes of the API as the web uses them. Where the API exports a zod schema
 * the type is inferred from it (types only); where its route module keeps the schema private, the
 * shape is written out here to match it.
 */
import type { z } from 'zod';
import type { CurrentUserView } from '../../schema/auth/validation.ts';
import type { UnitView } from '../../schema/auth/validation.ts';
import type { matchInputSchema } from '../../api/routes/search/schemas.ts';
import type {
  matchResponseSchema,
  searchResponseSchema,
} from '../../api/routes/search/responses.ts';
import type {
  serviceReportViewSchema,
  siteFeedbackViewSchema,
} from '../../schema/feedback/validation.ts';
import type {
  countyFiguresSchema,
  figureTableSchema,
  organizationFiguresSchema,
} from '../../schema/referrals/figures.ts';
import type {
  ReferralInput,
  ReferralView,
  UnmetNeedInput,
} from '../../schema/referrals/validation.ts';
import type { ServiceReportInput, SiteFeedbackInput } from '../../schema/feedback/validation.ts';
import type { Localized } from '../../schema/localized.ts';

export type {
  ReferralInput,
  ReferralView,
  UnmetNeedInput,
  ServiceReportInput,
  SiteFeedbackInput,
  UnitView,
};
export type ServiceReport = z.infer<typeof serviceReportViewSchema>;
export type SiteFeedback = z.infer<typeof siteFeedbackViewSchema>;
export type OrganizationFigures = z.infer<typeof organizationFiguresSchema>;
export type CountyFigures = z.infer<typeof countyFiguresSchema>;
export type FigureTable = z.infer<typeof figureTableSchema>;

export interface RunCounts {
  fetched: number;
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
  quarantined: number;
}

export interface SyncRun {
  id: number;
  mode: string;
  status: string;
  phase: string;
  startedAt: string;
  finishedAt: string | null;
  counts: RunCounts;
  error: string | null;
}

/** GET /api/health. */
export interface Health {
  status: 'ok';
  catalogue: { services: number; organizations: number; channels: number };
  lastSync: SyncRun | null;
}

/** GET /api/auth/me with a signed-in user (the web treats `user: null` as no session). */
export interface Session {
  user: CurrentUserView;
  /** Sent back as `X-CSRF-Token` on every state change. */
  csrfToken: string;
}

/** GET /api/search: hits with names already picked in the asked language, facets, widenings. */
export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type SearchHitView = SearchResponse['hits'][number];
export type FacetValue = NonNullable<
  SearchResponse['facets'][keyof SearchResponse['facets']]
>[number];
export type Widening = SearchResponse['widenings'][number];
/** POST /api/match. */
export type MatchRequest = z.input<typeof matchInputSchema>;
export type MatchResponse = z.infer<typeof matchResponseSchema>;
export type MatchHit = MatchResponse['hits'][number];
export type MatchReason = MatchHit['reasons'][number];
/** A service path's next step: a kind of service usually needed next, with its services. */
export type MatchNextStep = MatchResponse['next'][number];
/** A service as a list shows it, from search, match or a next step. */
export type ServiceItemView = MatchNextStep['hits'][number];

/** GET /api/admin/usage. */
export interface Usage {
  from: string;
  to: string;
  totals: Record<string, { requests: number; zeroResults: number }> & {
    zeroResultRate?: Record<string, number | null>;
  };
  zeroResultQueries: { kind: string; query: string; count: number }[];
}

/** GET /api/admin/sync-runs: the latest runs, newest first, and what is in quarantine. */
export interface SyncRuns {
  runs: SyncRun[];
  quarantine: { entityType: string; id: string; runId: number; reason: string }[];
}

/** GET /api/admin/quality: per organisation, how many published services lack each piece. */
export interface QualityReport {
  organizations: {
    id: string;
    name: Localized;
    services: number;
    missing: {
      description: number;
      hours: number;
      languages: number;
      targetGroups: number;
      channels: number;
    };
  }[];
}

export type QualityRow = QualityReport['organizations'][number];

/** GET /api/municipalities: where published services are available, by code. */
export interface Municipality {
  code: string;
  name: Localized;
}

/** GET /api/admin/audit/referrals/{code}: every read, change and creation, oldest first. */
export interface ReferralAccessLog {
  code: string;
  entries: {
    at: string;
    action: string;
    role: string;
    userId: number | null;
    email: string | null;
    displayName: string | null;
    organizationIds: string[];
    requestId: string | null;
  }[];
}
