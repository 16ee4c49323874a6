/** Closed vocabularies of referrals; each feeds a `text({ enum })` column and a `z.enum`. */

/** How the client reached the advisor or the service. */
export const referralRoutes = ['visit', 'phone', 'chat', 'outreach', 'self_search'] as const;
export type ReferralRoute = (typeof referralRoutes)[number];

/** How a provider closes a service line. */
export const referralOutcomes = [
  'helped',
  'not_suitable',
  'no_capacity',
  'did_not_arrive',
] as const;
export type ReferralOutcome = (typeof referralOutcomes)[number];

/**
 * Where a service line stands, as figures count it: `waiting` until the client turns up (an
 * unarrived line past its code's expiry counts as `did_not_arrive`), `arrived`, then an outcome.
 */
export const lineStatuses = ['waiting', 'arrived', ...referralOutcomes] as const;
export type LineStatus = (typeof lineStatuses)[number];

export const ageBands = ['under_18', '18_29', '30_64', '65_79', '80_plus'] as const;
export type AgeBand = (typeof ageBands)[number];
