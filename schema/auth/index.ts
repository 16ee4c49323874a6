export * from './constants.ts';
export * from './validation.ts';
