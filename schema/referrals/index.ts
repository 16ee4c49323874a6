export * from './constants.ts';
export * from './code.ts';
export * from './identity-code.ts';
export * from './validation.ts';
export * from './figures.ts';
