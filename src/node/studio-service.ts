/**
 * The StudioApi implemented for Node hosts (the web host and Electron's main process): the pure core
 * plus the file store, recovery store, recent files, edition library and file watcher. Host
 * differences (dialogs, file manager, printer) come in through `HostAdapter` and `printer`.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { AppInfo, StudioEvent, StudioService } from '../api/contract';
import { AUTOSAVE_INTERVAL_MS, MAX_DOCUMENT_BYTES } from '../api/contract';
import { appPaths } from './app-paths';
import { cleanStaleTempFiles } from './atomic-write';
import { EditionLibrary, type EditionConverter } from './edition-library';
import { convertEdition } from './edition-import';
import { EventHub } from './event-hub';
import { FileWatcher } from './file-watcher';
import type { HostAdapter } from './host-adapter';
import { RecentFiles } from './recent-files';
import { RecoveryStore } from './recovery-store';
import type { ServiceContext } from './service/context';
import { exportMethods, type ExportSetup } from './service/export';
import { hostMethods } from './service/host-methods';
import { libraryMethods } from './service/library';
import { measureFileMethods } from './service/measure-files';
import { newMeasureMethods } from './service/new-measures';
import { recoveryMethods } from './service/recovery';

export interface StudioServiceOptions extends ExportSetup {
  readonly host: HostAdapter;
  readonly dataFolder: string;
  /** Folder of the bundled example measures (resources/examples). */
  readonly examplesFolder: string;
  readonly version: string;
  readonly platform?: string;
  /** Edition importer (default: the real one); tests may pass another. */
  readonly convertEdition?: EditionConverter;
}

/** The running service: the API, its events, and what hosts need to drive it. */
export interface RunningStudioService extends StudioService {
  /** Emit an event to every subscriber (menus, OS "open file"). */
  emit(event: StudioEvent): void;
  /** Stop watchers (and anything else holding the process open). */
  close(): void;
  /** Stale temp files removed at start (from saves killed mid-write). */
  readonly cleanedTempFiles: number;
}

/** Create the service over `options.dataFolder` (created if missing; stale temp files cleaned). */
export async function createStudioService(options: StudioServiceOptions): Promise<RunningStudioService> {
  const paths = appPaths(options.dataFolder);
  await mkdir(paths.dataFolder, { recursive: true });
  const recovery = new RecoveryStore(paths.recovery);
  const library = new EditionLibrary(paths.editions, options.convertEdition ?? convertEdition);
  const recent = new RecentFiles(paths.recentFiles);
  // Saves killed mid-write leave temp files beside the user's files too: sweep the recent folders.
  const recentFolders = new Set((await recent.list()).map((file) => dirname(file.path)));
  let cleanedTempFiles =
    (await cleanStaleTempFiles(paths.dataFolder)) + (await recovery.cleanUp()) + (await library.cleanUp());
  for (const folder of recentFolders) cleanedTempFiles += await cleanStaleTempFiles(folder);

  // Unsaved work found at start is offered to each window that subscribes (until discarded).
  const recoverable = new Set((await recovery.list()).map((item) => item.key));
  const events = new EventHub(async () => {
    const items = (await recovery.list()).filter((item) => recoverable.has(item.key));
    return items.length === 0 ? [] : [{ type: 'recovery-available', items }];
  });
  const info: AppInfo = {
    name: 'Amendment Studio',
    version: options.version,
    host: options.host.kind,
    platform: options.platform ?? process.platform,
    dataFolder: paths.dataFolder,
    autosaveIntervalMs: AUTOSAVE_INTERVAL_MS,
    maxDocumentBytes: MAX_DOCUMENT_BYTES,
  };
  const context: ServiceContext = {
    host: options.host,
    paths,
    info,
    events,
    watcher: new FileWatcher((event) => events.emit(event)),
    recent,
    recovery,
    examplesFolder: options.examplesFolder,
  };
  const recoveryApi = recoveryMethods(context);
  return {
    ...libraryMethods(library),
    ...measureFileMethods(context),
    ...newMeasureMethods(context, library),
    ...recoveryApi,
    async discardRecovery(request) {
      recoverable.delete(request.key);
      return recoveryApi.discardRecovery(request);
    },
    ...exportMethods(context, library, options),
    ...hostMethods(context),
    subscribe: (listener) => events.subscribe(listener),
    emit: (event) => events.emit(event),
    close: () => context.watcher.close(),
    cleanedTempFiles,
  };
}
