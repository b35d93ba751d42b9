import { resolve } from 'node:path';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Builds the renderer's browser build once and serves it, exactly as `npm run build:web` and a
 * static server would, so the e2e tests drive what users get rather than a dev server.
 */
export default async function setup(project: TestProject) {
  const configFile = resolve(import.meta.dirname, '../../../vite.web.config.ts');
  if (!process.env.HANDBOK_E2E_SKIP_BUILD) await buildForProduction(configFile);
  const server = await preview({ configFile, logLevel: 'warn', preview: { port: 5274, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The preview server did not report its address');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}

/**
 * Vitest runs with NODE_ENV=test, and Vite respects it: built from here, React and its kin would be
 * their development builds, several times slower than what users run, and every timing measured
 * against them would be wrong. The build is made as `npm run build:web` makes it.
 */
async function buildForProduction(configFile: string) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile, logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
