// Needs-based matching: a client's situation (free text, chosen themes, area, preferences) to
// ranked services grouped by need theme, each with the reasons it matched.
export {
  createThemeDetector,
  themeDetectorFor,
  type DetectedTheme,
  type ThemeDetector,
  type ThemeVocabulary,
} from './detect-themes.ts';
export {
  vocabularyWithNames,
  type ClassificationNames,
  type ThemeWithCodes,
} from './vocabulary.ts';
export { ageGroups, type AgeGroup } from './age-groups.ts';
export {
  matchNeeds,
  type MatchDeps,
  type MatchedTheme,
  type MatchHit,
  type MatchReason,
  type MatchRequest,
  type MatchResult,
  type MatchTheme,
} from './match.ts';
export { BOOST } from './rank-theme.ts';
export { bundledMatchDeps } from './deps.ts';
export { typeVocabulary, type MatchServiceType, type ServiceTypes } from './service-types.ts';
