/**
 * Autosave of unsaved work to the host's recovery store, every AUTOSAVE_INTERVAL_MS while the draft
 * is dirty and has changed since the last autosave. A crash loses at most one interval of typing.
 */
import { useEffect } from 'react';
import { studio } from '../api/studio-api';
import { AUTOSAVE_INTERVAL_MS } from '../../src/api/contract';
import { draftStore } from '../state/draft-store';
import { measureStore } from '../state/measure-store';

export function useAutosave(): void {
  useEffect(() => {
    let lastSaved = '';
    let busy = false;
    const timer = setInterval(() => {
      const draft = draftStore.get();
      const source = measureStore.get().source;
      if (busy || !draft.dirty || draft.file === undefined || draft.recoveryKey === undefined) return;
      const stamp = `${draft.recoveryKey}\u0000${source}`;
      if (stamp === lastSaved) return;
      busy = true;
      void studio
        .saveRecovery({
          key: draft.recoveryKey,
          content: source,
          fileName: draft.file.fileName,
          baseSha256: draft.file.sha256,
          ...(draft.file.path === null ? {} : { path: draft.file.path }),
        })
        .then((result) => {
          if (result.ok) lastSaved = stamp;
        })
        .finally(() => {
          busy = false;
        });
    }, AUTOSAVE_INTERVAL_MS);
    return () => clearInterval(timer);
  }, []);
}
