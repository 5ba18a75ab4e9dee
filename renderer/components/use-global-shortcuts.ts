/** The window-wide key handler: app shortcuts win over the focused control (incl. Monaco). */
import { useEffect } from 'react';
import { matchShortcut } from '../model/shortcuts';
import { runCommand } from '../actions/commands';
import { uiStore } from '../state/ui-store';

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const command = matchShortcut(event);
      if (command === undefined) return;
      // Find/replace belong to Monaco when it has focus; elsewhere they open the editor's find widget.
      if ((command === 'find' || command === 'replace') && isInMonaco(event.target)) return;
      // While a modal dialog is open, only its own keys apply.
      if (uiStore.get().dialog !== undefined && command !== 'shortcuts') return;
      event.preventDefault();
      event.stopPropagation();
      void runCommand(command);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}

function isInMonaco(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('.monaco-editor') !== null;
}
