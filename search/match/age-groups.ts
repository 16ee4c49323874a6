/** Age groups an advisor can give for a client. */
export const ageGroups = ['children', 'youth', 'adults', 'older'] as const;
export type AgeGroup = (typeof ageGroups)[number];

interface AgeGroupCodes {
  /** PTV target groups (ptvkohderyhmat) of services for the age group. */
  targetGroups: string[];
  /** Target groups of services for other ages: one listing these and none of `fits` does not fit. */
  otherAges: string[];
  /** Target groups besides KR1 (everyone) that keep a service fit whatever else it lists. */
  fits: string[];
  /** The need theme the age group brings along. */
  theme: string | null;
}

/**
 * KR1.1 older people, KR1.2 children and families with children, KR1.3 young people. Families
 * suit an adult client (a parent), so they are not another age for adults; nor for young people,
 * who are a family's children until 18 (a family counselling clinic sees a parent about their
 * 14-year-old).
 */
export const AGE_GROUPS: Record<AgeGroup, AgeGroupCodes> = {
  children: {
    targetGroups: ['KR1.2'],
    otherAges: ['KR1.1', 'KR1.3'],
    fits: ['KR1.2'],
    theme: 'family-and-parenting',
  },
  youth: {
    targetGroups: ['KR1.3'],
    otherAges: ['KR1.1'],
    fits: ['KR1.3'],
    theme: 'children-and-youth',
  },
  adults: { targetGroups: [], otherAges: ['KR1.1', 'KR1.3'], fits: ['KR1.2'], theme: null },
  older: {
    targetGroups: ['KR1.1'],
    otherAges: ['KR1.2', 'KR1.3'],
    fits: ['KR1.1'],
    theme: 'older-people',
  },
};

/**
 * Services for young people only, when the client's age is not known: an advisor's client is
 * most often an adult. Services for older people are not among them when the text speaks of a
 * parent, a grandparent or old age: adult children ask for them (elder-words.ts `mentionsElder`).
 */
export const UNKNOWN_AGE: Pick<AgeGroupCodes, 'otherAges' | 'fits'> = {
  otherAges: ['KR1.3'],
  fits: ['KR1.1', 'KR1.2'],
};

/**
 * The same when nothing in the text speaks of an older person (a parent, a grandparent, old age):
 * services for older people only fit as little as those for young people only.
 */
export const UNKNOWN_AGE_NO_ELDER: Pick<AgeGroupCodes, 'otherAges' | 'fits'> = {
  otherAges: ['KR1.3', 'KR1.1'],
  fits: ['KR1.2'],
};
