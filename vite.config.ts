import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Packages whose "browser" build touches the DOM, which a Web Worker does not have. In the worker
 * bundle they resolve to their "worker" build instead (remark, used by the constitution parser in the
 * diff worker, decodes character references through `document.createElement` in its browser build).
 */
const WORKER_BUILDS: Readonly<Record<string, string>> = {
  'decode-named-character-reference': fileURLToPath(
    new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
  ),
};

function workerBuilds(): Plugin {
  return {
    name: 'amend-worker-builds',
    enforce: 'pre',
    resolveId: (id) => WORKER_BUILDS[id] ?? null,
  };
}

/**
 * The renderer build. `base: './'` so the output works from the Electron custom protocol and from the
 * local web host alike. Monaco is bundled locally (no CDN); its worker and the diff worker are
 * emitted as ES workers.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  worker: { format: 'es', plugins: () => [workerBuilds()] },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
    sourcemap: false,
  },
});
