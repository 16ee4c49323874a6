export { MeilisearchEngine, type MeilisearchEngineOptions } from './engine.ts';
export { meiliSettings } from './settings.ts';
