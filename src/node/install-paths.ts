/**
 * Where the installed app's files are, for Node hosts: the built renderer, the bundled examples and
 * package.json. The CLI runs as a bundle (`out/cli/amend.mjs`) and, in tests, from source
 * (`src/...`); both layouts are looked up, and environment overrides win.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the nearest folder above this module holding package.json. */
export function findProjectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  let folder = resolve(from);
  for (;;) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'resources'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

export interface InstallPaths {
  readonly rendererDir: string;
  readonly examplesFolder: string;
  readonly version: string;
}

/** The install's paths; `AMEND_RENDERER_DIR` overrides the renderer folder. */
export function installPaths(
  env: Readonly<Record<string, string | undefined>>,
  root = findProjectRoot(),
): InstallPaths {
  const base = root ?? process.cwd();
  let version = '0.0.0';
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(base, 'package.json'), 'utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
      version = parsed.version;
    }
  } catch {
    // A missing package.json only loses the version number.
  }
  return {
    rendererDir: resolve(env['AMEND_RENDERER_DIR'] ?? join(base, 'out', 'renderer')),
    examplesFolder: join(base, 'resources', 'examples'),
    version,
  };
}
