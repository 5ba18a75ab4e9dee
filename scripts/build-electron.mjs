// Bundles the Electron main process and the preload. The preload must be one CommonJS file because a
// sandboxed preload can require only `electron`; main is bundled so app.asar needs no node_modules.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['electron', 'playwright-core'],
  logLevel: 'warning',
  legalComments: 'none',
};
await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/electron/main.cjs', format: 'cjs' });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/electron/preload.cjs', format: 'cjs' });
