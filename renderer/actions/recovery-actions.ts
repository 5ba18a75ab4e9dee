/** Restore or discard unsaved work the recovery store kept from an earlier session. */
import { studio } from '../api/studio-api';
import { recoveryStore } from '../state/recovery-store';
import { showToast } from '../state/ui-store';
import { errorText } from '../model/error-text';
import { confirmDiscard, openDocument } from './draft-actions';
import type { RecoveryItem } from '../../src/api/contract';

function forget(key: string): void {
  recoveryStore.set((state) => ({ items: state.items.filter((item) => item.key !== key) }));
}

/** Open the recovered text as the draft (unsaved), attached to its file when it had one. */
export async function restoreRecovery(item: RecoveryItem): Promise<void> {
  if (!(await confirmDiscard('Restoring'))) return;
  const read = await studio.readRecovery({ key: item.key });
  if (!read.ok) return showToast(errorText(read.error), 'danger');
  const content = read.value.content;
  const fromDisk = item.path === null ? undefined : await studio.openMeasure({ path: item.path });
  if (fromDisk?.ok === true) {
    await openDocument(fromDisk.value, { workingSource: content, recoveryKey: item.key });
  } else {
    const upload = await studio.openMeasure({ fileName: item.fileName, content });
    if (!upload.ok) return showToast(errorText(upload.error), 'danger');
    // Never saved (or its file is gone): compare against nothing so it counts as unsaved.
    await openDocument({ ...upload.value, source: '' }, { workingSource: content, recoveryKey: item.key });
  }
  forget(item.key);
  showToast(`Restored unsaved work: ${item.fileName}.`, 'ok');
}

/** Drop a recovery item for good. */
export async function discardRecovery(item: RecoveryItem): Promise<void> {
  const result = await studio.discardRecovery({ key: item.key });
  if (!result.ok) return showToast(errorText(result.error), 'danger');
  forget(item.key);
}
