/** What every service module shares: the host adapter, the stores, the event hub, the watcher. */
import type { AppInfo } from '../../api/contract';
import type { AppPaths } from '../app-paths';
import type { EventHub } from '../event-hub';
import type { FileWatcher } from '../file-watcher';
import type { HostAdapter } from '../host-adapter';
import type { RecentFiles } from '../recent-files';
import type { RecoveryStore } from '../recovery-store';

export interface ServiceContext {
  readonly host: HostAdapter;
  readonly paths: AppPaths;
  readonly info: AppInfo;
  readonly events: EventHub;
  readonly watcher: FileWatcher;
  readonly recent: RecentFiles;
  readonly recovery: RecoveryStore;
  /** Folder of the bundled example measures. */
  readonly examplesFolder: string;
}
