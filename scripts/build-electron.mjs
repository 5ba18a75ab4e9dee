// Bundles the Electron main process and the preload. The preload must be one CommonJS file because a
// sandboxed preload can require only `electron`; main is bundled so app.asar needs no node_modules.
// The print font (Tinos, a devDependency) is copied beside main: app.asar holds no node_modules.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['electron', 'playwright-core'],
  logLevel: 'warning',
  legalComments: 'none',
};
await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  outfile: 'out/electron/main.cjs',
  format: 'cjs',
  // Bundled ESM sources read import.meta.url; in CommonJS it is the bundle's own file URL.
  define: { 'import.meta.url': '__amendImportMetaUrl' },
  banner: { js: 'const __amendImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/electron/preload.cjs', format: 'cjs' });

const tinos = dirname(createRequire(import.meta.url).resolve('@fontsource/tinos/package.json'));
const fonts = 'out/electron/fonts/tinos';
mkdirSync(join(fonts, 'files'), { recursive: true });
for (const sheet of ['400.css', '400-italic.css', '700.css', '700-italic.css'])
  cpSync(join(tinos, sheet), join(fonts, sheet));
for (const file of readdirSync(join(tinos, 'files')).filter((name) => name.endsWith('.woff2'))) {
  cpSync(join(tinos, 'files', file), join(fonts, 'files', file));
}
