/** What the host told us about itself (kind, platform, data folder), loaded once at start. */
import { createStore } from './store';
import type { AppInfo } from '../../src/api/contract';

export const appInfoStore = createStore<{ readonly info?: AppInfo }>({});
