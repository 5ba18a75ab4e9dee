/**
 * Where the app keeps its own data (editions, recovery, recent files, window state): `AMEND_HOME`
 * when set, else `~/.amendment-studio` on every platform (one place to find and back up).
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Name of the data folder under the home folder. */
export const DATA_FOLDER_NAME = '.amendment-studio';

/** The data folder for `env` (AMEND_HOME wins; relative values resolve against the working folder). */
export function resolveDataFolder(env: Readonly<Record<string, string | undefined>>, home: string = homedir()): string {
  const override = env['AMEND_HOME'];
  if (override !== undefined && override.trim() !== '') return resolve(override);
  return join(home, DATA_FOLDER_NAME);
}

/** The files and folders inside a data folder. */
export interface AppPaths {
  readonly dataFolder: string;
  readonly editions: string;
  readonly recovery: string;
  readonly recentFiles: string;
  readonly windowState: string;
}

/** The layout of `dataFolder`. */
export function appPaths(dataFolder: string): AppPaths {
  return {
    dataFolder,
    editions: join(dataFolder, 'editions'),
    recovery: join(dataFolder, 'recovery'),
    recentFiles: join(dataFolder, 'recent-files.json'),
    windowState: join(dataFolder, 'window-state.json'),
  };
}
