/**
 * The constitution editor, kept outside React (as Fiddle does): one Monaco editor mounted once, its
 * model replaced imperatively when another edition or draft is opened. React components call this
 * controller; they never hold the editor or the text in state (a 400 kB string per keystroke would be
 * a re-render storm).
 */
import type * as MonacoApi from 'monaco-editor/editor';
import { monaco } from './monaco-setup';
import { CONSTITUTION_LANGUAGE_ID } from './constitution-language';
import { buildRedlineDecorations, changedSectionRanges } from './redline-decorations';
import type { OutlineEntry, RedlineMark } from '../workers/diff-protocol';

type Editor = MonacoApi.editor.IStandaloneCodeEditor;
type Model = MonacoApi.editor.ITextModel;
type Decorations = MonacoApi.editor.IEditorDecorationsCollection;

export interface EditorListeners {
  /** The text changed (typing, paste, undo). */
  onChange(text: string): void;
  /** The cursor moved to another line (for the outline's current entry). */
  onCursorLine(line: number): void;
}

/** Lines of text kept visible above a heading the outline jumps to (below the sticky article heading). */
const REVEAL_CONTEXT_LINES = 3;

/** Parentheses in legal text are labels such as (a), not code brackets. */
export const NO_BRACKET_COLOURS = { enabled: false, independentColorPoolPerBracketType: false } as const;

class EditorController {
  private editor: Editor | undefined;
  private model: Model | undefined;
  private decorations: Decorations | undefined;
  private listeners: EditorListeners | undefined;

  /** Mount the editor into `host` (once; later calls move nothing). Returns an unmount function. */
  mount(host: HTMLElement, listeners: EditorListeners): () => void {
    this.listeners = listeners;
    const editor = monaco.editor.create(host, {
      model: this.model ?? null,
      automaticLayout: true,
      wordWrap: 'on',
      wrappingIndent: 'same',
      minimap: { enabled: false },
      lineNumbers: 'on',
      glyphMargin: false,
      folding: true,
      lineDecorationsWidth: 14,
      renderWhitespace: 'none',
      fontSize: 14,
      lineHeight: 22,
      scrollBeyondLastLine: false,
      unicodeHighlight: { ambiguousCharacters: false },
      accessibilitySupport: 'auto',
      ariaLabel: 'Constitution text editor',
      stickyScroll: { enabled: true },
      // Parentheses in legal text are labels, not code brackets: no pair colours or matching.
      bracketPairColorization: { enabled: false },
      matchBrackets: 'never',
      guides: { indentation: false },
      occurrencesHighlight: 'off',
    });
    this.editor = editor;
    this.decorations = editor.createDecorationsCollection();
    const subscriptions = [
      editor.onDidChangeModelContent(() => {
        if (this.model !== undefined) this.listeners?.onChange(this.model.getValue());
      }),
      editor.onDidChangeCursorPosition((event) => this.listeners?.onCursorLine(event.position.lineNumber)),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
      this.decorations?.clear();
      editor.dispose();
      this.editor = undefined;
      this.decorations = undefined;
    };
  }

  /** Replace the document. The previous model is disposed; undo history starts fresh. */
  open(text: string): void {
    const previous = this.model;
    this.model = monaco.editor.createModel(text, CONSTITUTION_LANGUAGE_ID);
    this.model.setEOL(monaco.editor.EndOfLineSequence.LF);
    // Bracket colours are a model option in Monaco (the editor option alone does not reach it).
    this.model.updateOptions({ bracketColorizationOptions: NO_BRACKET_COLOURS });
    this.editor?.setModel(this.model);
    this.decorations?.clear();
    previous?.dispose();
  }

  /** Current text, or undefined when nothing is open. */
  text(): string | undefined {
    return this.model?.getValue();
  }

  /** Show the redline of the latest diff. */
  showRedline(marks: readonly RedlineMark[], outline: readonly OutlineEntry[], changedIds: readonly string[]): void {
    if (this.model === undefined || this.decorations === undefined) return;
    const ranges = changedSectionRanges(outline, new Set(changedIds), this.model.getLineCount());
    this.decorations.set(buildRedlineDecorations(this.model, marks, ranges));
  }

  /** Scroll a heading near the top (a little context above it), put the cursor there, focus the editor. */
  revealLine(line: number, focus = true): void {
    if (this.editor === undefined) return;
    const lineHeight = this.editor.getOption(monaco.editor.EditorOption.lineHeight);
    const top = this.editor.getTopForLineNumber(line) - REVEAL_CONTEXT_LINES * lineHeight;
    this.editor.setScrollTop(Math.max(0, top), monaco.editor.ScrollType.Immediate);
    this.editor.setPosition({ lineNumber: line, column: 1 });
    if (focus) this.editor.focus();
  }

  focus(): void {
    this.editor?.focus();
  }

  /** Undo or redo in the constitution text (from a native menu). */
  trigger(command: 'undo' | 'redo'): void {
    this.editor?.trigger('menu', command, null);
  }

  /** Run an editor action by id (e.g. `actions.find`), for the app's menus and shortcuts. */
  runAction(id: string): void {
    void this.editor?.getAction(id)?.run();
  }
}

/** The one constitution editor of the window. */
export const editorController = new EditorController();
