import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin, UserConfig } from 'vite';

/**
 * The renderer's Vite config, used unchanged by electron-vite (the desktop app) and by
 * vite.web.config.ts (the browser build that e2e tests drive): one build, two hosts.
 */
export function rendererConfig(outDir: string): UserConfig {
  return {
    root: resolve(import.meta.dirname, 'renderer'),
    base: './',
    publicDir: false,
    define: { __APP_VERSION__: JSON.stringify(packageVersion()) },
    plugins: [react(), devContentSecurityPolicy()],
    resolve: {
      alias: {
        '@shared': resolve(import.meta.dirname, 'shared'),
        '@resources': resolve(import.meta.dirname, 'resources'),
      },
    },
    build: {
      outDir: resolve(import.meta.dirname, outDir),
      emptyOutDir: true,
      target: 'es2022',
      // The bundle is read from the local disk (app://) or a local server, never over a slow network.
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: resolve(import.meta.dirname, 'renderer/index.html'),
        onwarn(warning, warn) {
          // zod's sources carry comments that Rollup cannot place; harmless, and not ours to fix.
          if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
          warn(warning);
        },
      },
    },
  };
}

/**
 * index.html carries the strict production policy. The dev server needs an inline script
 * (React Fast Refresh), injected <style> tags and a websocket, so only `vite serve` loosens it.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'handbok-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html
        .replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
        .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
        .replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*");
    },
  };
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
