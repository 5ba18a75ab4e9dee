// Bundles the CLI (src/cli/main.ts) into out/cli/amend.mjs so `npx amend` works right after `npm install`
// (this runs as the `prepare` script). playwright-core stays external: it locates browsers at run time.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'out/cli/amend.mjs',
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
