import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer';

// `npm run web`: the renderer in an ordinary browser, with the browser host (downloads instead of dialogs).
export default defineConfig({
  ...rendererConfig('out/web'),
  server: { port: 5273, strictPort: false },
  preview: { port: 5274, strictPort: false },
});
