/** Bars above the view: recovery of unsaved work, file changed on disk, host connection lost. */
import type { ReactElement } from 'react';
import { useStore } from '../state/store';
import { recoveryStore } from '../state/recovery-store';
import { draftStore } from '../state/draft-store';
import { hostStatusStore } from '../state/host-status-store';
import { RecoveryBar } from './recovery-bar';
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
      <RecoveryBar items={items} />
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
