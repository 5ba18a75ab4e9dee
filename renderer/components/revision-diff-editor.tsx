/**
 * Monaco's side-by-side DiffEditor for two measure revisions (the revision layer only: never mixed
 * with the constitution redline). Mounted once; its two models are replaced when the texts change.
 */
import { useEffect, useRef, type ReactElement } from 'react';
import type * as MonacoApi from 'monaco-editor/editor';
import { monaco } from '../editor/monaco-setup';
import { NO_BRACKET_COLOURS } from '../editor/editor-controller';

type DiffEditor = MonacoApi.editor.IStandaloneDiffEditor;

interface Props {
  readonly original: string;
  readonly modified: string;
  readonly originalLabel: string;
  readonly modifiedLabel: string;
}

export function RevisionDiffEditor({ original, modified, originalLabel, modifiedLabel }: Props): ReactElement {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<DiffEditor | undefined>(undefined);

  useEffect(() => {
    if (host.current === null) return undefined;
    const diffEditor = monaco.editor.createDiffEditor(host.current, {
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      originalEditable: false,
      readOnly: true,
      automaticLayout: true,
      wordWrap: 'on',
      diffWordWrap: 'on',
      minimap: { enabled: false },
      renderOverviewRuler: true,
      scrollBeyondLastLine: false,
      accessibilityVerbose: true,
      bracketPairColorization: { enabled: false },
      matchBrackets: 'never',
      guides: { indentation: false },
      fontSize: 13,
      // A partner's revision may hide a bidi control or a zero-width character: show them in place.
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
      renderControlCharacters: true,
    });
    editor.current = diffEditor;
    return () => {
      const model = diffEditor.getModel();
      diffEditor.dispose();
      model?.original.dispose();
      model?.modified.dispose();
      editor.current = undefined;
    };
  }, []);

  useEffect(() => {
    const diffEditor = editor.current;
    if (diffEditor === undefined) return;
    const previous = diffEditor.getModel();
    const models = {
      original: monaco.editor.createModel(original, 'markdown'),
      modified: monaco.editor.createModel(modified, 'markdown'),
    };
    models.original.updateOptions({ bracketColorizationOptions: NO_BRACKET_COLOURS });
    models.modified.updateOptions({ bracketColorizationOptions: NO_BRACKET_COLOURS });
    diffEditor.setModel(models);
    diffEditor.getOriginalEditor().updateOptions({ ariaLabel: `${originalLabel} (older revision, read only)` });
    diffEditor.getModifiedEditor().updateOptions({ ariaLabel: `${modifiedLabel} (newer revision, read only)` });
    previous?.original.dispose();
    previous?.modified.dispose();
  }, [original, modified, originalLabel, modifiedLabel]);

  return (
    <div className="revision-diff">
      <div className="revision-diff-labels" aria-hidden="true">
        <span>{originalLabel}</span>
        <span>{modifiedLabel}</span>
      </div>
      <div ref={host} className="revision-diff-host" data-testid="revision-diff-editor" />
    </div>
  );
}
