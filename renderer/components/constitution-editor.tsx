/**
 * The Monaco host element. Monaco is mounted once in an effect and never re-rendered by React
 * (the component has no props that change); the editor controller owns it.
 */
import { useEffect, useRef, type ReactElement } from 'react';
import { editorController, PROTECTED_HEAD_MESSAGE } from '../editor/editor-controller';
import { showToast } from '../state/ui-store';
import { diffEdited } from '../editor/live-diff';
import { cursorStore } from '../state/cursor-store';
import { draftStore } from '../state/draft-store';

export function ConstitutionEditor(): ReactElement {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (host.current === null) return undefined;
    return editorController.mount(host.current, {
      onChange(text) {
        // Marked at once; the measure sync that follows the diff settles it (an undo back to the saved text is clean).
        if (!draftStore.get().dirty) draftStore.set({ dirty: true });
        void diffEdited(text);
      },
      onCursorLine(line) {
        cursorStore.set({ line });
      },
      onProtectedEdit() {
        showToast(PROTECTED_HEAD_MESSAGE, 'danger');
      },
    });
  }, []);
  return <div ref={host} className="editor-host" data-testid="constitution-editor" />;
}
