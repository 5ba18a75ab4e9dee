/** Locating a Chromium for printing: `AMEND_CHROMIUM`, then the usual system install paths. */
import { accessSync, constants } from 'node:fs';

/** Checked in order when AMEND_CHROMIUM is not set. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
] as const;

/** How to get a printer, shown with every `printer-unavailable` error. */
export const INSTALL_HINT =
  'install Chromium (Debian/Ubuntu: apt-get install chromium) or set AMEND_CHROMIUM to the path of a Chromium or Chrome executable';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type ChromiumLookup =
  { readonly found: true; readonly path: string } | { readonly found: false; readonly reason: string };

/** The Chromium to use, or why none was found. */
export function findChromium(env: Readonly<Record<string, string | undefined>>): ChromiumLookup {
  const configured = env['AMEND_CHROMIUM'];
  if (configured !== undefined && configured !== '') {
    return isExecutable(configured)
      ? { found: true, path: configured }
      : { found: false, reason: `AMEND_CHROMIUM is set to ${configured}, which is not an executable file` };
  }
  const path = CHROMIUM_CANDIDATES.find(isExecutable);
  return path === undefined
    ? { found: false, reason: `no Chromium was found (looked for ${CHROMIUM_CANDIDATES.join(', ')})` }
    : { found: true, path };
}
