/**
 * Autosave of unsaved work to the host's recovery store (the hook in components/use-autosave.ts runs
 * it every AUTOSAVE_INTERVAL_MS). A failed autosave is shown once (not every interval) and retried:
 * the user must learn that a crash would now lose their typing, and that saving is the way out.
 */
import { studio } from '../api/studio-api';
import { draftStore } from '../state/draft-store';
import { measureStore } from '../state/measure-store';
import { showToast } from '../state/ui-store';
import { errorText } from '../model/error-text';

/** One autosaver per window: `tick()` autosaves the draft if it is dirty and changed since the last one. */
export function createAutosaver(): { tick(): Promise<void> } {
  let lastSaved = '';
  let lastFailure: string | undefined;
  let busy = false;
  const reportFailure = (message: string): void => {
    if (message === lastFailure) return;
    lastFailure = message;
    showToast(
      `Autosave of unsaved work failed: ${message} Until it works again, a crash would lose your latest typing; ` +
        'save the measure to keep it.',
      'danger',
    );
  };
  return {
    async tick() {
      const draft = draftStore.get();
      const source = measureStore.get().source;
      if (busy || !draft.dirty || draft.file === undefined || draft.recoveryKey === undefined) return;
      const stamp = `${draft.recoveryKey}\u0000${source}`;
      if (stamp === lastSaved) return;
      busy = true;
      try {
        const result = await studio.saveRecovery({
          key: draft.recoveryKey,
          content: source,
          fileName: draft.file.fileName,
          baseSha256: draft.file.sha256,
          ...(draft.file.path === null ? {} : { path: draft.file.path }),
        });
        if (result.ok) {
          lastSaved = stamp;
          lastFailure = undefined;
        } else reportFailure(errorText(result.error));
      } catch (error) {
        reportFailure(error instanceof Error ? error.message : String(error));
      } finally {
        busy = false;
      }
    },
  };
}
