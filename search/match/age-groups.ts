/** Age groups an advisor can give for a client. */
export const ageGroups = ['children', 'youth', 'adults', 'older'] as const;
export type AgeGroup = (typeof ageGroups)[number];

/** PTV target groups (ptvkohderyhmat) and the need theme an age group brings along. */
export const AGE_GROUPS: Record<AgeGroup, { targetGroups: string[]; theme: string | null }> = {
  children: { targetGroups: ['KR1.2'], theme: 'family-and-parenting' },
  youth: { targetGroups: ['KR1.3'], theme: 'children-and-youth' },
  adults: { targetGroups: [], theme: null },
  older: { targetGroups: ['KR1.1'], theme: 'older-people' },
};
