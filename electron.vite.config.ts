import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // Bundled: main uses little (zod), and the installer then carries no node_modules at all.
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    // No externalized dependencies: a sandboxed preload can require only 'electron' and a few Node
    // built-ins, so everything it uses is bundled into the one file.
    resolve: { alias },
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot `require` our own chunks: emit one self-contained CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: rendererConfig('out/renderer'),
});
