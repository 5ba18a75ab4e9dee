/**
 * Starts `amend serve` once for the run and hands its URL to the tests (AMEND_E2E_URL); returns the
 * teardown that stops it and removes its data folder.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, startAmendServe } from './support/amend-serve';

export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const built of ['out/cli/amend.mjs', 'out/renderer/index.html']) {
    if (!existsSync(join(PROJECT_ROOT, built))) {
      throw new Error(`${built} is missing: run \`npm run build\` before \`npm run test:e2e\`.`);
    }
  }
  const host = await startAmendServe();
  process.env['AMEND_E2E_URL'] = host.url;
  process.env['AMEND_E2E_HOME'] = host.home;
  return () => host.stop();
}
