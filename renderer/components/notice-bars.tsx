/** Bars above the view: recovery of unsaved work, file changed on disk, host connection lost. */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { recoveryStore } from '../state/recovery-store';
import { draftStore } from '../state/draft-store';
import { hostStatusStore } from '../state/host-status-store';
import { restoreRecovery, discardRecovery } from '../actions/recovery-actions';
import { reloadFromDisk, keepMine } from '../actions/draft-actions';

export function NoticeBars(): ReactElement {
  const items = useStore(recoveryStore, (state) => state.items);
  const changedOnDisk = useStore(draftStore, (state) => state.changedOnDisk);
  const fileName = useStore(draftStore, (state) => state.file?.fileName);
  const host = useStore(hostStatusStore, (state) => state.problem);
  return (
    <>
      {host !== undefined && (
        <div className="notice notice-danger notice-bar" role="alert">
          <span className="grow">{host}</span>
        </div>
      )}
      {items.map((item) => (
        <div key={item.key} className="notice notice-info notice-bar" role="region" aria-label="Recover unsaved work">
          <span className="grow">
            Unsaved work from an earlier session: <strong>{item.fileName}</strong>, autosaved{' '}
            {new Date(item.savedAt).toLocaleString()}.
          </span>
          <button type="button" className="button primary" onClick={() => void restoreRecovery(item)}>
            Restore {item.fileName}
          </button>
          <button type="button" className="button" onClick={() => void discardRecovery(item)}>
            Discard
          </button>
        </div>
      ))}
      {changedOnDisk !== undefined && (
        <div className="notice notice-warning notice-bar" role="alert">
          <span className="grow">
            {changedOnDisk.sha256 === null
              ? `${fileName ?? 'The file'} was deleted or moved on disk. Save to write it again.`
              : `${fileName ?? 'The file'} was changed on disk by another program.`}
          </span>
          {changedOnDisk.sha256 !== null && (
            <button type="button" className="button" onClick={() => void reloadFromDisk()}>
              Reload from disk
            </button>
          )}
          <button type="button" className="button" onClick={() => keepMine()}>
            Keep my version
          </button>
        </div>
      )}
    </>
  );
}
