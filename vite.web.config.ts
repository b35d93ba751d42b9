import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { rendererConfig } from './vite.renderer';

const SERVICE_WORKER = 'sw.js';

// `npm run web`: the renderer in an ordinary browser, with the browser host (downloads instead of dialogs).
export default defineConfig(({ command }) => {
  const renderer = rendererConfig('out/web');
  return {
    ...renderer,
    define: {
      ...renderer.define,
      // Only a build has a service worker to register (see renderer/src/app/offline-updates.tsx).
      ...(command === 'build' ? { 'import.meta.env.HANDBOK_SERVICE_WORKER': JSON.stringify(`./${SERVICE_WORKER}`) } : {}),
    },
    plugins: [...(renderer.plugins ?? []), offline(), sharedLibraryConnections()],
    server: { port: 5273, strictPort: false },
    preview: { port: 5274, strictPort: false },
  };
});

/**
 * The browser build may talk to a shared library's server (`handbok serve`), which the user names in the
 * settings: over TLS anywhere, and without it only on this computer (a server started for a test or a
 * trial). Scripts stay 'self' only, so no injected script can run to use this. The desktop app gets no
 * such wildcard: its page allows exactly the server it is connected to.
 */
function sharedLibraryConnections(): Plugin {
  return {
    name: 'handbok-web-shared-library-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace("connect-src 'self'", "connect-src 'self' https: wss: http://127.0.0.1:* ws://127.0.0.1:* http://localhost:* ws://localhost:*"),
  };
}

/**
 * The browser build works without a network once it has loaded: a Workbox service worker precaches
 * every built file. The desktop app (electron.vite.config.ts) has no such plugin: its files are on disk.
 */
function offline() {
  return VitePWA({
    strategies: 'generateSW',
    filename: SERVICE_WORKER,
    // A new version waits until the user reloads from the notice, never mid-edit.
    registerType: 'prompt',
    // Registered by the app itself, and only in the browser host: no script is injected into index.html,
    // whose Content-Security-Policy allows no inline script anyway.
    injectRegister: false,
    // No web app manifest: the aim is a page that reloads offline, not an installable app.
    manifest: false,
    workbox: {
      // Everything the build writes: the app, its styles, the export fonts (woff2), the Word-import and
      // PDF-reading workers (.js, .mjs).
      globPatterns: ['**/*.{html,js,mjs,css,woff2,woff,ttf,svg,png,ico,json,wasm}'],
      // The main bundle is about 1.8 MB; Workbox leaves out files over 2 MB unless told.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first worker takes the open page at once, so it works offline without a second load;
      // later ones wait (registerType 'prompt').
      clientsClaim: true,
      skipWaiting: false,
    },
  });
}
