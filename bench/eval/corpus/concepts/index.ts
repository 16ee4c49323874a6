import type { Concept } from '../types.ts';
import { careConcepts } from './care.ts';
import { communityConcepts } from './community.ts';
import { everydayConcepts } from './everyday.ts';
import { familyConcepts } from './family.ts';
import { healthConcepts } from './health.ts';
import { moneyConcepts } from './money.ts';

/** Every concept of the eval corpus; keys are unique (checked by the builder). */
export const concepts: readonly Concept[] = [
  ...moneyConcepts,
  ...healthConcepts,
  ...careConcepts,
  ...communityConcepts,
  ...familyConcepts,
  ...everydayConcepts,
];
