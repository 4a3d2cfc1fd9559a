import type { TestProject } from 'vitest/node';
import { detectTestTarget, type TestTarget } from './database-target.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testTarget: TestTarget;
  }
}

/** Decides once per run which database the integration tests use and hands it to every test file. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('testTarget', await detectTestTarget());
}
