/** Who signs in. Residents never do: they use tarjotin anonymously. */
export const userRoles = ['advisor', 'provider', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

/** Kinds of county unit or team an advisor works in; referrals are counted by them. */
export const unitTypes = [
  'health_station',
  'social_work',
  'family_services',
  'elderly_services',
  'outreach',
] as const;
export type UnitType = (typeof unitTypes)[number];
