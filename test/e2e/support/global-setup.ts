/** Builds the web (if stale) and starts one demo server for every browser test file. */
import type { TestProject } from 'vitest/node';
import { buildWeb, startDemoServer, type DemoServer } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demo: Omit<DemoServer, 'close'>;
  }
}

export default async function setup(project: TestProject) {
  buildWeb();
  const { close, ...demo } = await startDemoServer();
  project.provide('demo', demo);
  return close;
}
