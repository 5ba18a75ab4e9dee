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
import { firstTextLineAfter, protectedPrefixEnd, restoringSplice, touchesPrefix } from './protected-prefix';

type Editor = MonacoApi.editor.IStandaloneCodeEditor;
type Model = MonacoApi.editor.ITextModel;
type Decorations = MonacoApi.editor.IEditorDecorationsCollection;

export interface EditorListeners {
  /** The text changed (typing, paste, undo). */
  onChange(text: string): void;
  /** The cursor moved to another line (for the outline's current entry). */
  onCursorLine(line: number): void;
  /** An edit reached into the edition's front matter or title and was undone. */
  onProtectedEdit(): void;
}

/** Shown where the caret is when a keystroke is refused in the protected head. */
export const PROTECTED_HEAD_MESSAGE =
  'The edition’s front matter and title are not amendable text. Amend the preamble, articles and sections below.';

/**
 * Longest line Monaco wraps. Wrapping lays a line out in one task, so a megabyte line would block
 * the window for seconds; a paragraph of legal text is a few thousand characters. Longer lines turn
 * wrapping off for the document (as VS Code's large-file mode does), and the caller says so.
 */
export const MAX_WRAPPED_LINE_CHARS = 20_000;

/**
 * Most lines Monaco wraps. Monaco re-wraps every line whenever the editor's width changes (a view
 * switch hides it), which for 200,000 lines takes hundreds of milliseconds; the constitution has
 * about 9,000.
 */
export const MAX_WRAPPED_LINES = 30_000;

/** Length and 1-based number of the longest line of `text`, and how many lines it has. */
export function longestLine(text: string): { readonly line: number; readonly chars: number; readonly lines: number } {
  let longest = { line: 1, chars: 0 };
  let start = 0;
  let line = 1;
  for (; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    if (stop - start > longest.chars) longest = { line, chars: stop - start };
    if (end < 0) break;
    start = end + 1;
  }
  return { ...longest, lines: line };
}

/** Why word wrap is off for `text`, or undefined when it is on. */
export function noWrapReason(text: string): string | undefined {
  const { line, chars, lines } = longestLine(text);
  if (chars > MAX_WRAPPED_LINE_CHARS) {
    return `Line ${line} is ${chars.toLocaleString('en-US')} characters long: word wrap is off for this text (it wraps lines up to ${MAX_WRAPPED_LINE_CHARS.toLocaleString('en-US')} characters).`;
  }
  if (lines > MAX_WRAPPED_LINES) {
    return `The text has ${lines.toLocaleString('en-US')} lines: word wrap is off for it (it wraps texts up to ${MAX_WRAPPED_LINES.toLocaleString('en-US')} lines).`;
  }
  return undefined;
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
  /** Length of the protected head (front matter and title) of the open text; it never changes. */
  private headEnd = 0;
  /** The protected head's text. */
  private head = '';
  /** The text after the last accepted change: what a refused edit is rolled back to. */
  private accepted = '';
  private headReadOnly = false;
  /** Set while the controller itself puts a refused edit back. */
  private restoring = false;

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
      // Hidden characters (bidi controls, zero-width, NUL…) are shown in place, as the checks panel
      // reports them; ambiguous-character highlighting stays off: legal text is full of curly quotes
      // and dashes that Monaco would mark; letters from other scripts are the checks' job.
      unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true, nonBasicASCII: false },
      renderControlCharacters: true,
      accessibilitySupport: 'auto',
      ariaLabel: 'Constitution text editor',
      stickyScroll: { enabled: true },
      // Parentheses in legal text are labels, not code brackets: no pair colours or matching.
      bracketPairColorization: { enabled: false },
      matchBrackets: 'never',
      guides: { indentation: false },
      occurrencesHighlight: 'off',
      // The text has no indentation to type; Tab moves focus on (keyboard-only operation, WCAG 2.1.2).
      tabFocusMode: true,
      readOnlyMessage: { value: PROTECTED_HEAD_MESSAGE },
    });
    this.editor = editor;
    this.decorations = editor.createDecorationsCollection();
    const subscriptions = [
      editor.onDidChangeModelContent((event) => this.changed(event)),
      editor.onDidChangeCursorPosition((event) => this.listeners?.onCursorLine(event.position.lineNumber)),
      editor.onDidChangeCursorSelection(() => this.guardHead()),
      editor.onKeyDown((event) => this.refuseBackspaceIntoHead(event)),
    ];
    return () => {
      for (const subscription of subscriptions) subscription.dispose();
      this.decorations?.clear();
      editor.dispose();
      this.editor = undefined;
      this.decorations = undefined;
    };
  }

  /**
   * Replace the document. The previous model is disposed; undo history starts fresh. Word wrap is
   * off for a text with a line or a line count past the caps above; returns why, if it is.
   */
  open(text: string): string | undefined {
    const previous = this.model;
    const noWrap = noWrapReason(text);
    this.editor?.updateOptions({ wordWrap: noWrap === undefined ? 'on' : 'off' });
    this.model = monaco.editor.createModel(text, CONSTITUTION_LANGUAGE_ID);
    this.model.setEOL(monaco.editor.EndOfLineSequence.LF);
    // Bracket colours are a model option in Monaco (the editor option alone does not reach it).
    this.model.updateOptions({ bracketColorizationOptions: NO_BRACKET_COLOURS });
    this.headEnd = protectedPrefixEnd(text);
    this.head = text.slice(0, this.headEnd);
    this.accepted = text;
    this.editor?.setModel(this.model);
    // Start below the head, so focus arriving by Tab never types into the front matter at 1:1.
    this.editor?.setPosition({ lineNumber: firstTextLineAfter(text, this.headEnd), column: 1 });
    this.decorations?.clear();
    previous?.dispose();
    return noWrap;
  }

  /** Show no document (the text could not be opened); the reason is shown elsewhere. */
  clear(): void {
    const previous = this.model;
    this.model = undefined;
    this.headEnd = 0;
    this.head = '';
    this.accepted = '';
    this.editor?.setModel(null);
    this.decorations?.clear();
    previous?.dispose();
  }

  private changed(event: MonacoApi.editor.IModelContentChangedEvent): void {
    const model = this.model;
    if (model === undefined) return;
    const text = model.getValue();
    if (this.restoring || !touchesPrefix(event.changes, this.headEnd)) {
      if (text === this.accepted) return;
      this.accepted = text;
      this.listeners?.onChange(text);
      return;
    }
    // Monaco has no read-only ranges: the read-only toggle below stops most edits; anything that still
    // reaches the head (Backspace at its end, replace all, several cursors) is rolled back at once.
    queueMicrotask(() => {
      if (this.model !== model || model.isDisposed()) return;
      this.restoring = true;
      try {
        // Undo reached a roll-back: undo the refused edit under it too, so Ctrl+Z keeps going back.
        if (event.isUndoing) void model.undo();
        if (!model.getValue().startsWith(this.head)) this.rollBack(model);
      } finally {
        this.restoring = false;
      }
      if (!event.isUndoing) this.listeners?.onProtectedEdit();
    });
  }

  /** Put back the last accepted text with the smallest edit (on the undo stack, like any edit). */
  private rollBack(model: Model): void {
    const splice = restoringSplice(this.accepted, model.getValue());
    const start = model.getPositionAt(splice.start);
    const end = model.getPositionAt(splice.end);
    // A stack element of its own (not merged into the refused edit), so undo can step over both.
    model.pushStackElement();
    model.pushEditOperations(
      [],
      [{ range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: splice.text }],
      () => null,
    );
    model.pushStackElement();
  }

  /** Backspace at the first editable character would join it to the title: refuse it like a head edit. */
  private refuseBackspaceIntoHead(event: MonacoApi.IKeyboardEvent): void {
    if (event.keyCode !== monaco.KeyCode.Backspace || this.editor === undefined || this.model === undefined) return;
    const model = this.model;
    const atHeadEnd = (this.editor.getSelections() ?? []).some(
      (selection) => selection.isEmpty() && model.getOffsetAt(selection.getStartPosition()) === this.headEnd,
    );
    if (!atHeadEnd || this.headEnd === 0) return;
    event.preventDefault();
    event.stopPropagation();
    this.listeners?.onProtectedEdit();
  }

  /** Read-only while any selection starts inside the head (Monaco then says why at the caret). */
  private guardHead(): void {
    if (this.editor === undefined || this.model === undefined) return;
    const model = this.model;
    const inHead = (this.editor.getSelections() ?? []).some(
      (selection) => model.getOffsetAt(selection.getStartPosition()) < this.headEnd,
    );
    if (inHead === this.headReadOnly) return;
    this.headReadOnly = inHead;
    this.editor.updateOptions({ readOnly: inHead });
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

  /**
   * Select the next occurrence of `text` at or after `line` (a hidden character the checks named),
   * scroll it into view and focus the editor. False when the text does not hold it.
   */
  selectText(text: string, line: number): boolean {
    if (this.editor === undefined || this.model === undefined || text === '') return false;
    const match = this.model.findNextMatch(text, { lineNumber: line, column: 1 }, false, true, null, false);
    if (match === null) return false;
    this.editor.setSelection(match.range);
    this.editor.revealRangeInCenter(match.range, monaco.editor.ScrollType.Immediate);
    this.editor.focus();
    return true;
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
