// Bundles the CLI (src/cli/main.ts) into out/cli/amend.mjs so `npx amend` works right after `npm install`
// (this runs as the `prepare` script). playwright-core stays external: it locates browsers at run time.
// Code splitting gives each lazily imported command its own chunk, so a short command loads only what it uses.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('out/cli', { recursive: true, force: true });
await build({
  entryPoints: { amend: 'src/cli/main.ts' },
  outdir: 'out/cli',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['playwright-core', 'electron'],
  banner: {
    // Some bundled CommonJS dependencies call require(); give them one in the ESM bundle.
    js: "import { createRequire as __amendCreateRequire } from 'node:module'; const require = __amendCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
  legalComments: 'none',
});
