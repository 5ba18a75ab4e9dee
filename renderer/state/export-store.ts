/** The running export: its job id, the host's progress events, and the outcome. */
import { createStore } from './store';
import type { ExportResponse } from '../../src/api/contract';

export interface ExportProgress {
  readonly stage: string;
  readonly completed: number;
  readonly total: number;
}

export interface ExportState {
  readonly jobId?: string;
  readonly running: boolean;
  readonly progress?: ExportProgress;
  readonly result?: ExportResponse;
  readonly error?: string;
  /** Folder named by "show in folder" (the web host cannot open a file manager). */
  readonly shownFolder?: string;
}

export const exportStore = createStore<ExportState>({ running: false });
