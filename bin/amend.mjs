#!/usr/bin/env node
// Entry point of the `amend` CLI. The bundle is built by `npm install` (prepare) or `npm run build:cli`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../out/cli/amend.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'amend: the CLI is not built yet (missing out/cli/amend.mjs). Run `npm run build:cli` in the project folder.\n',
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
