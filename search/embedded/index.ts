export {
  createEmbeddedEngine,
  EmbeddedSearchEngine,
  type EmbeddedEngineOptions,
} from './engine.ts';
export type { ThemeLabels } from '../theme-suggestions.ts';
