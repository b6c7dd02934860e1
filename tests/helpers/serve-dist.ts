import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { basePath, dist } from './paths';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Address of the built site, e.g. "http://127.0.0.1:40123/"; empty when dist/ is missing. */
    siteUrl: string;
  }
}

/** Serves dist/ on 127.0.0.1 for the whole test run, when it has been built. */
export default async function setup(project: TestProject) {
  if (!existsSync(dist)) {
    project.provide('siteUrl', '');
    return undefined;
  }
  const server = await serveStatic(dist, basePath());
  project.provide('siteUrl', server.url);
  return async () => {
    await server.close();
  };
}
