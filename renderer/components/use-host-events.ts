/** The one subscription to host events: menus, file changes, export progress, recovery, open-file. */
import { useEffect } from 'react';
import { studio } from '../api/studio-api';
import { runMenuCommand } from '../actions/commands';
import { openMeasurePath } from '../actions/draft-actions';
import { draftStore } from '../state/draft-store';
import { exportStore } from '../state/export-store';
import { recoveryStore } from '../state/recovery-store';
import { appInfoStore } from '../state/app-info-store';
import type { StudioEvent } from '../../src/api/contract';

function onHostEvent(event: StudioEvent): void {
  switch (event.type) {
    case 'menu-command':
      void runMenuCommand(event.command);
      return;
    case 'file-changed': {
      const draft = draftStore.get();
      if (draft.file?.path === event.path && draft.file.sha256 !== event.sha256) {
        draftStore.set({ changedOnDisk: { sha256: event.sha256 } });
      }
      return;
    }
    case 'export-progress':
      if (exportStore.get().jobId === event.jobId) {
        exportStore.set({ progress: { stage: event.stage, completed: event.completed, total: event.total } });
      }
      return;
    case 'recovery-available':
      recoveryStore.set({ items: event.items });
      return;
    case 'open-file':
      void openMeasurePath(event.path);
      return;
  }
}

export function useHostEvents(): void {
  useEffect(() => {
    const controller = new AbortController();
    studio.onEvent(onHostEvent, { signal: controller.signal });
    // The event arrives on subscribe too; ask once more so a prompt shows even if it came before we listened.
    void studio.listRecovery({}).then((result) => {
      if (result.ok && result.value.items.length > 0) recoveryStore.set({ items: result.value.items });
    });
    void studio.getAppInfo({}).then((result) => {
      if (result.ok) appInfoStore.set({ info: result.value });
    });
    return () => controller.abort();
  }, []);
}
