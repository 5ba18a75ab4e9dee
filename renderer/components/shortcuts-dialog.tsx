/** The list of keyboard shortcuts (Ctrl+/). */
import type { ReactElement } from 'react';
import { SHORTCUTS, shortcutLabel } from '../model/shortcuts';
import { Modal } from './modal';

export function ShortcutsDialog({ onClose }: { readonly onClose: () => void }): ReactElement {
  return (
    <Modal title="Keyboard shortcuts" titleId="shortcuts-title" onClose={onClose}>
      <table className="shortcuts-table">
        <tbody>
          {SHORTCUTS.map((entry) => (
            <tr key={entry.command + entry.key}>
              <td>{entry.description}</td>
              <td>
                <kbd>{shortcutLabel(entry.command)}</kbd>
              </td>
            </tr>
          ))}
          <tr>
            <td>Move in the outline; expand or collapse an article; jump</td>
            <td>
              <kbd>↑</kbd> <kbd>↓</kbd> <kbd>←</kbd> <kbd>→</kbd> <kbd>Enter</kbd>
            </td>
          </tr>
          <tr>
            <td>Leave the text editor (Tab inserts a tab there)</td>
            <td>
              <kbd>Ctrl+M</kbd> then <kbd>Tab</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="modal-actions">
        <button type="button" className="button primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </Modal>
  );
}
